package cn.rxzf.portal.content.model;

/** A 文书 template a department publishes (告知承诺书, 行政提示函 …). */
public record FormTemplate(String id, String department, String title, String formType, String methodId,
                           String bodyHtml, String path) {

    public String url() {
        return "/forms/" + id + "/";
    }
}
