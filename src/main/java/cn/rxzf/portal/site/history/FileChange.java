package cn.rxzf.portal.site.history;

/**
 * One file a commit changed, as {@code git log --raw} reports it: status A (added), M (modified), D (deleted) or
 * R (renamed from {@code oldPath}); {@code blob} is the new content's object id (null when deleted).
 */
public record FileChange(char status, String path, String oldPath, String blob) {

    /** The action in the words the pages use. */
    public String action() {
        return switch (status) {
            case 'A' -> "新增";
            case 'D' -> "删除";
            case 'R' -> "更名";
            default -> "修改";
        };
    }

    /** The department folder the file is in, or null for site-wide files. */
    public String department() {
        String[] parts = path.split("/");
        return parts.length > 2 && parts[0].equals("departments") ? parts[1] : null;
    }

    /** The list id when the file is a list ({@code departments/<code>/lists/<id>.md}), else null. */
    public String listId() {
        return listIdOf(path);
    }

    static String listIdOf(String path) {
        String[] parts = path.split("/");
        if (parts.length == 4 && parts[0].equals("departments") && parts[2].equals("lists") && parts[3].endsWith(".md")) {
            return parts[3].substring(0, parts[3].length() - 3);
        }
        return null;
    }
}
