package cn.rxzf.portal.questionnaires;

import cn.rxzf.portal.content.model.Questionnaire;
import cn.rxzf.portal.content.model.Questionnaire.Question;
import cn.rxzf.portal.content.model.Questionnaire.Type;
import cn.rxzf.portal.web.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One answer checked against its questionnaire, all questions at once: the options chosen (numbers the question
 * offers, one for a single choice or a scale), the texts within their limits, every required question answered.
 */
public final class AnswerForm {
    /** What was sent, as received: the values of each question's field (several for a multiple choice). */
    public record Sent(Map<String, List<String>> chosen, Map<String, String> texts) {}

    /** A complete answer: option numbers by question, non-empty texts by question. */
    public record Checked(Map<String, List<Integer>> choices, Map<String, String> texts) {}

    public record Result(Checked checked, List<FieldError> errors) {}

    private AnswerForm() {}

    public static Result check(Questionnaire questionnaire, Sent sent) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, List<Integer>> choices = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Question q : questionnaire.questions()) {
            if (q.type() == Type.TEXT) {
                String text = sent.texts().getOrDefault(q.id(), "");
                if (text.isEmpty() && q.required()) errors.add(new FieldError(q.id(), "请回答第 " + number(questionnaire, q) + " 题"));
                else if (text.codePointCount(0, text.length()) > q.maxLength()) {
                    errors.add(new FieldError(q.id(), "第 " + number(questionnaire, q) + " 题的回答不能超过 " + q.maxLength() + " 字"));
                } else if (!text.isEmpty()) texts.put(q.id(), text);
                continue;
            }
            Set<Integer> picked = new LinkedHashSet<>();
            boolean unknown = false;
            for (String v : sent.chosen().getOrDefault(q.id(), List.of())) {
                Integer n = option(v, q);
                if (n == null) unknown = true;
                else picked.add(n);
            }
            if (unknown) errors.add(new FieldError(q.id(), "第 " + number(questionnaire, q) + " 题请从列出的选项中选择"));
            else if (picked.isEmpty() && q.required()) errors.add(new FieldError(q.id(), "请回答第 " + number(questionnaire, q) + " 题"));
            else if (picked.size() > 1 && q.type() != Type.MULTIPLE) {
                errors.add(new FieldError(q.id(), "第 " + number(questionnaire, q) + " 题只能选择一项"));
            } else if (picked.size() > 1 && picked.stream().anyMatch(q::isExclusive)) {
                int alone = picked.stream().filter(q::isExclusive).findFirst().orElseThrow();
                errors.add(new FieldError(q.id(), "第 " + number(questionnaire, q) + " 题选择“" + q.label(alone)
                        + "”时，不能同时选择其他选项"));
            } else if (!picked.isEmpty()) choices.put(q.id(), List.copyOf(picked));
        }
        return errors.isEmpty() ? new Result(new Checked(choices, texts), List.of()) : new Result(null, errors);
    }

    private static Integer option(String value, Question q) {
        if (value == null || !value.matches("[1-9][0-9]?")) return null;
        int n = Integer.parseInt(value);
        return n <= q.choices() ? n : null;
    }

    private static int number(Questionnaire questionnaire, Question q) {
        return questionnaire.questions().indexOf(q) + 1;
    }
}
