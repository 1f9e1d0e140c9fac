package cn.rxzf.portal.site.history;

import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.model.Department;
import cn.rxzf.portal.content.model.EnforcementList;
import java.util.List;

/**
 * The history as templates use it: joined with the current content, so that a changed file links to its page when
 * that page still exists, and a department code shows as its name.
 */
public final class HistoryView {
    /** The 更新记录 page and the feeds show at most this many commits. */
    public static final int PAGE_COMMITS = 200;
    public static final int FEED_COMMITS = 50;

    private final History history;
    private final Content content;

    public HistoryView(History history, Content content) {
        this.history = history;
        this.content = content;
    }

    public History history() {
        return history;
    }

    public boolean available() {
        return history.available();
    }

    /** Why history is missing or incomplete; empty when it is complete. */
    public String note() {
        return history.note() == null ? "" : history.note();
    }

    public List<Commit> commits(long n) {
        return history.recentCommits(n);
    }

    public long commitCount() {
        return history.commits().size();
    }

    /** The changes of a list's file, newest first. */
    public List<Change> ofList(EnforcementList list) {
        return history.ofPath(relative(list));
    }

    public List<ItemChange> ofItem(String itemId) {
        return history.ofItem(itemId);
    }

    public List<Commit> ofDepartment(String code) {
        return history.ofDepartment(code);
    }

    /** The page a content file is published as, when it exists now; null otherwise. */
    public String urlOf(String path) {
        String[] p = path.split("/");
        String name = p[p.length - 1];
        String id = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        if (p.length == 4 && p[0].equals("departments")) {
            return switch (p[2]) {
                case "lists" -> content.lists.containsKey(id) ? "/lists/" + id + "/" : null;
                case "cases" -> content.cases.containsKey(id) ? "/cases/" + id + "/" : null;
                case "procedures" -> content.procedures.containsKey(id) ? "/procedures/" + id + "/" : null;
                case "forms" -> content.forms.containsKey(id) ? "/forms/" + id + "/" : null;
                case "drafts" -> content.drafts.containsKey(id) ? "/drafts/" + id + "/" : null;
                case "statistics" -> "/statistics/";
                default -> null;
            };
        }
        if (p.length == 3 && p[0].equals("departments") && name.equals("department.md")) {
            return content.departments.containsKey(p[1]) ? "/departments/" + p[1] + "/" : null;
        }
        if (p.length == 2 && p[0].equals("methods")) return content.methods.containsKey(id) ? "/methods/" + id + "/" : null;
        if (p.length == 2 && p[0].equals("pages")) return content.pages.containsKey(id) ? "/pages/" + id + "/" : null;
        return null;
    }

    /** What a file is, in words: the title of the list, case … it holds now, else its path. */
    public String titleOf(String path) {
        String url = urlOf(path);
        if (url == null) return path;
        String[] u = url.split("/");
        String id = u.length > 2 ? u[2] : "";
        return switch (u.length > 1 ? u[1] : "") {
            case "lists" -> content.lists.get(id).title();
            case "cases" -> content.cases.get(id).title();
            case "procedures" -> content.procedures.get(id).name();
            case "forms" -> content.forms.get(id).title();
            case "drafts" -> content.drafts.get(id).title();
            case "departments" -> content.departments.get(id).name();
            case "methods" -> content.methods.get(id).name();
            case "pages" -> content.pages.get(id).title();
            default -> path;
        };
    }

    /** A department's short name, or 站点 for site-wide files (code null), or the code of a department now gone. */
    public String departmentLabel(String code) {
        if (code == null) return "站点";
        Department d = content.departments.get(code);
        return d == null ? code : d.name();
    }

    /** The departments a commit changed, by label, joined with 、. */
    public String departmentsOf(Commit c) {
        java.util.LinkedHashSet<String> labels = new java.util.LinkedHashSet<>();
        for (FileChange f : c.files()) labels.add(departmentLabel(f.department()));
        return String.join("、", labels);
    }

    /** The comparison page of the list version a commit wrote, if any: for links from the 更新记录 page. */
    public String diffUrlOf(Commit c, FileChange f) {
        for (Change ch : history.ofPath(lineagePath(f))) {
            if (ch.commit().equals(c) && ch.file().equals(f)) return ch.diffUrl();
        }
        return null;
    }

    private String lineagePath(FileChange f) {
        String id = f.listId();
        if (id != null && content.lists.containsKey(id)) return relative(content.lists.get(id));
        return f.path();
    }

    static String relative(EnforcementList l) {
        return "departments/" + l.department() + "/lists/" + l.id() + ".md";
    }
}
