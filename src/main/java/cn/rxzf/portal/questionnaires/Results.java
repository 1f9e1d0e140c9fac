package cn.rxzf.portal.questionnaires;

import cn.rxzf.portal.content.model.Questionnaire;
import cn.rxzf.portal.content.model.Questionnaire.Question;
import cn.rxzf.portal.content.model.Questionnaire.Type;
import cn.rxzf.portal.site.publish.DataFiles;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A questionnaire's published figures: for every choice and scale question the number who answered it (n) and, per
 * option, the count and — from {@link #MIN_SHARE} answers up — the share of n; for every free-text question the
 * answers a reviewer of the department approved (sorted by their text), with how many answered it and how many are
 * undecided or not published. The answers of a question that asks personal data are never published. The page, the
 * CSV and the JSON are made from this one object.
 */
public record Results(int total, int minShare, List<QuestionResult> questions, List<TextResult> texts) {
    /** No share (nor mean) is computed from fewer answers than this. */
    public static final int MIN_SHARE = 5;

    public record OptionCount(int value, String label, int count, String share) {}

    /** {@code mean} (scales only) and every {@code share} are null when {@code n} is below {@link #MIN_SHARE}. */
    public record QuestionResult(Question question, int n, List<OptionCount> options, String mean) {}

    /**
     * A free-text question: {@code n} answered it; {@code published} the approved answers (none for a personal-data
     * question), {@code undecided} still with the reviewers, {@code rejected} not published.
     */
    public record TextResult(Question question, int n, List<String> published, int undecided, int rejected) {}

    static Results of(Questionnaire questionnaire, QuestionnaireStore.Counts counts) {
        List<QuestionResult> out = new ArrayList<>();
        List<TextResult> texts = new ArrayList<>();
        for (Question q : questionnaire.questions()) {
            if (q.type() == Type.TEXT) {
                QuestionnaireStore.TextTally t = counts.texts().getOrDefault(q.id(), QuestionnaireStore.TextTally.NONE);
                texts.add(q.personal() ? new TextResult(q, t.answered(), List.of(), 0, t.answered())
                        : new TextResult(q, t.answered(), t.approved(), t.undecided(), t.rejected()));
                continue;
            }
            int n = counts.answered().getOrDefault(q.id(), 0);
            Map<Integer, Integer> chosen = counts.chosen().getOrDefault(q.id(), Map.of());
            List<OptionCount> options = new ArrayList<>();
            long sum = 0;
            for (int v = 1; v <= q.choices(); v++) {
                int c = chosen.getOrDefault(v, 0);
                sum += (long) v * c;
                options.add(new OptionCount(v, q.label(v), c, n < MIN_SHARE ? null : percent(c, n)));
            }
            String mean = q.type() == Type.SCALE && n >= MIN_SHARE
                    ? BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP).toPlainString() : null;
            out.add(new QuestionResult(q, n, List.copyOf(options), mean));
        }
        return new Results(counts.total(), MIN_SHARE, List.copyOf(out), List.copyOf(texts));
    }

    static String percent(int count, int n) {
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static final List<String> CSV_HEADER = List.of("问卷编号", "问题编号", "问题", "类型", "选项编号", "选项", "人数",
            "回答该题人数n", "比例");

    /**
     * One row per option (UTF-8 with BOM, CRLF); 比例 is empty where n is below {@link #MIN_SHARE}. Then one row per
     * published free-text answer: 类型 填空, 选项编号 its number, 选项 the answer, 人数 and 比例 empty.
     */
    byte[] csv(Questionnaire questionnaire) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        DataFiles.row(sb, CSV_HEADER);
        for (QuestionResult r : questions) {
            for (OptionCount o : r.options()) {
                DataFiles.row(sb, List.of(questionnaire.id(), r.question().id(), r.question().text(),
                        r.question().type().word, Integer.toString(o.value()), o.label(), Integer.toString(o.count()),
                        Integer.toString(r.n()), o.share() == null ? "" : o.share()));
            }
        }
        for (TextResult t : texts) {
            for (int i = 0; i < t.published().size(); i++) {
                DataFiles.row(sb, List.of(questionnaire.id(), t.question().id(), t.question().text(),
                        t.question().type().word, Integer.toString(i + 1), t.published().get(i), "",
                        Integer.toString(t.n()), ""));
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    Map<String, Object> json(Questionnaire questionnaire, String baseUrl) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", questionnaire.id());
        m.put("title", questionnaire.title());
        m.put("department", questionnaire.department());
        m.put("url", baseUrl + questionnaire.url());
        m.put("opens", questionnaire.opens().toString());
        m.put("closes", questionnaire.closes().toString());
        m.put("answers", total);
        m.put("minAnswersForShare", minShare);
        List<Map<String, Object>> qs = new ArrayList<>();
        for (QuestionResult r : questions) {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("id", r.question().id());
            q.put("text", r.question().text());
            q.put("type", r.question().type().word);
            q.put("n", r.n());
            if (r.mean() != null) q.put("mean", r.mean());
            List<Map<String, Object>> os = new ArrayList<>();
            for (OptionCount o : r.options()) {
                Map<String, Object> om = new LinkedHashMap<>();
                om.put("value", o.value());
                om.put("label", o.label());
                om.put("count", o.count());
                om.put("share", o.share());
                os.add(om);
            }
            q.put("options", os);
            qs.add(q);
        }
        m.put("questions", qs);
        List<Map<String, Object>> ts = new ArrayList<>();
        for (TextResult t : texts) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("id", t.question().id());
            tm.put("text", t.question().text());
            tm.put("type", t.question().type().word);
            tm.put("n", t.n());
            tm.put("personalData", t.question().personal());
            tm.put("undecided", t.undecided());
            tm.put("notPublished", t.rejected());
            tm.put("published", t.published());
            ts.add(tm);
        }
        m.put("textQuestions", ts);
        // Kept for earlier readers: the free-text questions of which no answer is published (yet).
        m.put("unpublishedTextQuestions", texts.stream().filter(t -> t.published().isEmpty()).map(t -> t.question().id()).toList());
        return m;
    }
}
