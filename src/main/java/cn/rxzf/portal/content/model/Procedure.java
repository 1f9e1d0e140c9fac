package cn.rxzf.portal.content.model;

import java.util.List;

/**
 * A method (执法方式, site-wide, {@code department} null) or a department's procedure implementing one
 * ({@code methodId}); both are numbered steps.
 */
public record Procedure(String id, String department, String name, String summary, String methodId, String basis,
                        List<Step> steps, List<String> formIds, String bodyHtml, String path) {

    public boolean isMethod() {
        return department == null;
    }

    public String url() {
        return (isMethod() ? "/methods/" : "/procedures/") + id + "/";
    }
}
