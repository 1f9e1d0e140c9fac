package cn.rxzf.portal.site.history;

/**
 * One file change as a page shows it: the commit (date, message), the file and its department; for a list version,
 * what changed since the version before ({@code diff}, null for other files or unreadable versions), and the
 * comparison pages with the version before and with the latest version (null where there is no such page).
 */
public record Change(Commit commit, FileChange file, ListVersion version, ListDiff diff, String diffUrl,
                     String toLatestUrl) {

    public String department() {
        return file.department();
    }

    public String action() {
        return file.action();
    }
}
