package cn.rxzf.portal.content.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A public questionnaire a department publishes (征集问卷): answered without an account between {@code opens} and
 * {@code closes} (both days included); its counts are published once it has closed. {@code personalData} says what
 * personal data it asks and why; null when it asks none (the default), and then no question may ask any.
 */
public record Questionnaire(String id, String department, String title, String purpose, LocalDate opens,
                            LocalDate closes, String personalData, List<Question> questions, String bodyHtml,
                            String path) {
    public static final String NOT_OPEN = "未开始";
    public static final String OPEN = "征集中";
    public static final String CLOSED = "已截止";

    /**
     * A question: its id (the form field), text, type, options (for the choices), and limits; {@code satisfaction}: a
     * scale whose answers count in the published 满意度 (4 or 5 = satisfied); {@code exclusive}: the options of a
     * multiple choice that must be chosen alone (such as "none of these"), empty when none.
     */
    public record Question(String id, String text, Type type, List<String> options, boolean required, int maxLength,
                           boolean personal, List<String> scaleEnds, int line, boolean satisfaction,
                           List<String> exclusive) {
        /** Whether option {@code n} (1-based) must be chosen alone. */
        public boolean isExclusive(int n) {
            return type == Type.MULTIPLE && n >= 1 && n <= options.size() && exclusive.contains(options.get(n - 1));
        }

        /** The values a person may send for this question: option numbers 1..n, or 1..5 for a scale. */
        public int choices() {
            return type == Type.SCALE ? 5 : options.size();
        }

        public boolean isChoice() {
            return type != Type.TEXT;
        }

        /** What the form and the results show for value {@code n} (1-based). */
        public String label(int n) {
            if (type != Type.SCALE) return options.get(n - 1);
            if (n == 1 && scaleEnds.size() == 2) return "1 分（" + scaleEnds.get(0) + "）";
            if (n == 5 && scaleEnds.size() == 2) return "5 分（" + scaleEnds.get(1) + "）";
            return n + " 分";
        }

        /** The choices as the form offers them: value ("1", "2", …) and label. */
        public List<Choice> choiceList() {
            List<Choice> out = new java.util.ArrayList<>();
            for (int n = 1; n <= choices(); n++) out.add(new Choice(Integer.toString(n), label(n), isExclusive(n)));
            return out;
        }
    }

    /** One choice of a question as the form offers it. */
    public record Choice(String value, String label, boolean exclusive) {}

    /** The question types, with the words editors write in 类型. */
    public enum Type {
        SINGLE("单选"), MULTIPLE("多选"), SCALE("评分"), TEXT("填空");

        public final String word;

        Type(String word) {
            this.word = word;
        }

        public static Type of(String word) {
            for (Type t : values()) if (t.word.equals(word)) return t;
            return null;
        }

        public String getWord() {
            return word;
        }
    }

    public String url() {
        return "/questionnaires/" + id + "/";
    }

    /** 未开始, 征集中 or 已截止 on the given day. */
    public String phase(LocalDate today) {
        if (today.isBefore(opens)) return NOT_OPEN;
        return today.isAfter(closes) ? CLOSED : OPEN;
    }

    /** The scale question that counts in 满意度, or null when none does. */
    public Question satisfactionQuestion() {
        for (Question q : questions) if (q.satisfaction()) return q;
        return null;
    }

    public Question question(String questionId) {
        for (Question q : questions) if (q.id().equals(questionId)) return q;
        return null;
    }
}
