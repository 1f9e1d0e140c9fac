package cn.rxzf.portal.importer;

/** The file cannot be imported at all (unreadable, hostile, or no list table in it); nothing is written. */
public final class ImportException extends Exception {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
