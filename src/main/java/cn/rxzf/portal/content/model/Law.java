package cn.rxzf.portal.content.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A law (or one version of it) as data, {@code content/law/<id>.yaml}: its name, the dates it is in force, where its
 * official text is, and the provisions the check and credit repair apply, each verbatim, with the general provisions
 * it displaces (a special law's "另有规定", as {@code law-id#provision-id}). Published at {@link #url()}; a
 * provision is {@code url()#provision-id}.
 */
public record Law(String id, String name, LocalDate effective, LocalDate until, String source,
                  List<Provision> provisions, String path) {

    /**
     * @param number     as cited, e.g. 第三十三条
     * @param paragraphs the 款, verbatim
     * @param displaces  the provisions of other laws this one displaces ({@code law-id#provision-id})
     * @param line       the line of the provision in its file, for problems
     */
    public record Provision(String id, String number, List<String> paragraphs, List<String> displaces, String note,
                            int line) {
        public String text() {
            return String.join("", paragraphs);
        }
    }

    public Law {
        provisions = List.copyOf(provisions);
    }

    public String url() {
        return "/law/" + id + "/";
    }

    public Provision provision(String provisionId) {
        for (Provision p : provisions) if (p.id().equals(provisionId)) return p;
        return null;
    }
}
