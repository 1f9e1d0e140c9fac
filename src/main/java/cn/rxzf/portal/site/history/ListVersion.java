package cn.rxzf.portal.site.history;

/**
 * A committed version of a list file: the commit that wrote it, its path then, its number (1 = first) and its
 * parsed text (null when that version could not be read).
 */
public record ListVersion(String listId, int number, Commit commit, String path, ListSnapshot snapshot) {

    public String department() {
        return new FileChange('M', path, null, null).department();
    }
}
