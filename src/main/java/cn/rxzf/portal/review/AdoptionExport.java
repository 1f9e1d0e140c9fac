package cn.rxzf.portal.review;

import cn.rxzf.portal.comments.Comment;
import cn.rxzf.portal.content.model.Draft;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a draft's 采纳情况 as the Markdown content file the department commits
 * ({@code content/departments/<code>/adoption/<draft-id>.md}): counts, and per comment its tracking number, outcome
 * and reason. Comment texts, names and contacts are left out.
 */
public final class AdoptionExport {
    private AdoptionExport() {}

    public static String markdown(Draft draft, List<Comment> comments, LocalDate published) {
        long adopted = comments.stream().filter(c -> "adopted".equals(c.outcome())).count();
        long partly = comments.stream().filter(c -> "partly_adopted".equals(c.outcome())).count();
        long not = comments.stream().filter(c -> "not_adopted".equals(c.outcome())).count();
        StringBuilder sb = new StringBuilder();
        sb.append("---\n")
                .append("部门: ").append(draft.department()).append('\n')
                .append("征求意见稿: ").append(draft.id()).append('\n')
                .append("公布日期: ").append(published).append('\n')
                .append("意见总数: ").append(comments.size()).append('\n')
                .append("采纳: ").append(adopted).append('\n')
                .append("部分采纳: ").append(partly).append('\n')
                .append("未采纳: ").append(not).append('\n')
                .append("---\n\n")
                .append("| 意见编号 | 处理结果 | 理由 |\n|---|---|---|\n");
        for (Comment c : comments) {
            sb.append("| ").append(c.trackingNo()).append(" | ").append(c.outcomeLabel()).append(" | ")
                    .append(cell(c.reason())).append(" |\n");
        }
        return sb.toString();
    }

    /** One table cell: no line breaks, no column separators, no Markdown or HTML markup that could change the page. */
    static String cell(String text) {
        if (text == null || text.isBlank()) return "—";
        return text.replaceAll("\\s+", " ").replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")
                .replace("`", "\\`").strip();
    }
}
