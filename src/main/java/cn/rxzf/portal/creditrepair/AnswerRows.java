package cn.rxzf.portal.creditrepair;

import cn.rxzf.portal.content.Content;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows of the check-your-answers page: one per question, in the order the applicant answered them
 * ({@link ApplicationForm#ORDER}, eligibility first), each with the question's own label and a link back to its page.
 * Built from the steps' field definitions, so a question moved or added there moves or appears here too.
 */
public final class AnswerRows {
    /**
     * One answer: its field (the row's id, which the page's error summary links to), the question, the answer in
     * words, and the page that asks it (its {@code ?from=check} link).
     */
    public record Row(String field, String label, String value, String change) {}

    static final String NOT_GIVEN = "未填写";

    private AnswerRows() {}

    public static List<Row> of(RepairApplication a, Content content) {
        Map<String, String> values = ApplicationForm.values(a);
        List<Row> rows = new ArrayList<>();
        for (String step : ApplicationForm.ORDER) {
            String change = "/credit/apply/" + step + "?from=check";
            switch (step) {
                case "check" -> { }
                case "files" -> rows.add(new Row("files", "证明材料", a.files().isEmpty() ? NOT_GIVEN
                        : String.join("、", a.files().stream().map(RepairApplication.StoredFile::name).toList()), change));
                case "commitment" -> rows.add(new Row("commit", "信用承诺", a.commitmentAt() == null ? "未同意" : "已同意", change));
                default -> {
                    for (ApplicationForm.Field f : ApplicationForm.step(step, content).fields()) {
                        rows.add(new Row(f.name(), f.label(), words(f, values.getOrDefault(f.name(), "")), change));
                    }
                }
            }
        }
        return rows;
    }

    /** A choice's label instead of its value; a blank answer as 未填写. */
    private static String words(ApplicationForm.Field f, String value) {
        if (value.isEmpty()) return NOT_GIVEN;
        return f.options().stream().filter(o -> o.value().equals(value)).map(ApplicationForm.Option::label).findFirst()
                .orElse(value);
    }
}
