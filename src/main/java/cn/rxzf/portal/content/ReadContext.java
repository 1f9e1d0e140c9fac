package cn.rxzf.portal.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Shared context for the per-type readers: the file, its fields, the Markdown renderer and the references it
 * makes. The readers are small functions over this.
 */
final class ReadContext {
    final SourceFile source;
    final Fields fields;
    final String body;
    /** The file's line the body starts on. */
    final int bodyLine;
    final Markdown markdown;
    final List<Reference> references = new ArrayList<>();

    ReadContext(SourceFile source, Fields fields, String body, int bodyLine, Markdown markdown) {
        this.source = source;
        this.fields = fields;
        this.body = body;
        this.bodyLine = bodyLine;
        this.markdown = markdown;
    }

    /** The body as HTML; a link or image whose target is not allowed is a problem on its line. */
    String bodyHtml() {
        return markdown.toHtml(body, (line, target) -> fields.problem(bodyLine + line - 1,
                "链接或图片地址“" + shorten(target) + "”不允许：只能使用 http、https、mailto、tel 或本站路径（如 /items/…）"));
    }

    private static String shorten(String target) {
        String t = target.replaceAll("\\p{Cntrl}", " ");
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }

    /** Reads 部门 and checks it against the folder the file is in (path ownership on the git host). */
    String department(String folderCode) {
        String code = fields.text("部门", true);
        if (code != null && !code.equals(folderCode)) {
            fields.problem(fields.line("部门"), "“部门”为“" + code + "”，但文件位于部门文件夹“" + folderCode
                    + "”：文件只能放在本部门的文件夹中");
        }
        return folderCode;
    }

    void refer(Reference.Kind kind, String id, String key) {
        if (id != null) references.add(new Reference(kind, id, source.displayPath(), fields.line(key)));
    }

    void referAll(Reference.Kind kind, List<String> ids, String key) {
        for (String id : ids) refer(kind, id, key);
    }
}
