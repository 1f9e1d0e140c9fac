package cn.rxzf.portal.content;

import cn.rxzf.portal.content.model.Questionnaire;
import cn.rxzf.portal.content.model.Questionnaire.Question;
import cn.rxzf.portal.content.model.Questionnaire.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a department's questionnaire ({@code questionnaires/<id>.md}): its window, its questions and their limits. */
final class QuestionnaireReader {
    /** Question ids are form field names: short, lower case, no hyphen at the end. */
    static final Pattern QUESTION_ID = Pattern.compile("[a-z][a-z0-9_]{0,29}");
    static final int DEFAULT_MAX_LENGTH = 500;
    static final int MAX_MAX_LENGTH = 2000;
    static final int MAX_OPTIONS = 20;
    static final int MAX_QUESTIONS = 50;
    private static final List<String> YES_NO = List.of("是", "否");

    private QuestionnaireReader() {}

    static Questionnaire read(ReadContext r, String folderCode) {
        Fields f = r.fields;
        String department = r.department(folderCode);
        String title = f.text("标题", true);
        String purpose = f.text("目的", true);
        LocalDate opens = f.date("开始日期", true);
        LocalDate closes = f.date("截止日期", true);
        if (opens != null && closes != null && closes.isBefore(opens)) {
            f.problem(f.line("截止日期"), "“截止日期”" + closes + " 早于“开始日期”" + opens);
        }
        String personalData = f.text("个人信息说明", false);
        List<Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Fields> entries = f.objects("问题", true);
        if (entries.size() > MAX_QUESTIONS) {
            f.problem(f.line("问题"), "问题不能超过 " + MAX_QUESTIONS + " 个，实有 " + entries.size() + " 个");
        }
        boolean satisfaction = false;
        for (Fields q : entries) {
            Question question = question(q, personalData != null);
            if (question == null) continue;
            if (question.satisfaction() && satisfaction) {
                q.problem(q.line("满意度"), "一份问卷只能有一道题计入满意度");
            }
            satisfaction |= question.satisfaction();
            if (!ids.add(question.id())) q.problem(q.line("id"), "问题 id“" + question.id() + "”重复：同一问卷中每个问题的 id 须不同");
            else questions.add(question);
        }
        Questionnaire questionnaire = new Questionnaire(r.source.id(), department, title, purpose, opens, closes,
                personalData, List.copyOf(questions), r.bodyHtml(), r.source.displayPath());
        f.finish();
        return opens == null || closes == null || title == null ? null : questionnaire;
    }

    private static Question question(Fields q, boolean personalDataExplained) {
        String id = q.text("id", true);
        if (id != null && !QUESTION_ID.matcher(id).matches()) {
            q.problem(q.line("id"), "问题 id 应以小写英文字母开头，只用小写字母、数字和下划线，不超过 30 个字符（如 q1、manyi），实为“" + id + "”");
            id = null;
        }
        String text = q.text("题目", true);
        String typeWord = q.text("类型", true);
        Type type = typeWord == null ? null : Type.of(typeWord);
        if (typeWord != null && type == null) {
            q.problem(q.line("类型"), "未知的问题类型“" + typeWord + "”：应为 单选、多选、评分、填空 之一");
        }
        List<String> options = q.texts("选项", false);
        if (type == Type.SINGLE || type == Type.MULTIPLE) {
            if (options.size() < 2) {
                q.problem(q.has("选项") ? q.line("选项") : q.line(), "“" + type.word + "”题须在“选项”中列出至少 2 个选项");
            } else if (options.size() > MAX_OPTIONS) {
                q.problem(q.line("选项"), "选项不能超过 " + MAX_OPTIONS + " 个");
            }
            Set<String> seen = new HashSet<>();
            for (String o : options) {
                if (!seen.add(o)) q.problem(q.line("选项"), "选项“" + o + "”重复");
            }
        } else if (type != null && !options.isEmpty()) {
            q.problem(q.line("选项"), "“" + type.word + "”题不需要“选项”" + (type == Type.SCALE
                    ? "（评分题固定为 1 至 5 分，两端的含义写在“两端说明”中）" : ""));
        }
        List<String> exclusive = q.texts("单独选项", false);
        if (!exclusive.isEmpty() && type != null && type != Type.MULTIPLE) {
            q.problem(q.line("单独选项"), "只有“多选”题可以写“单独选项”");
        } else if (type == Type.MULTIPLE) {
            for (String o : exclusive) {
                if (!options.contains(o)) q.problem(q.line("单独选项"), "“单独选项”中的“" + o + "”不是本题“选项”之一");
            }
        }
        List<String> ends = q.texts("两端说明", false);
        if (!ends.isEmpty() && (type != Type.SCALE || ends.size() != 2)) {
            q.problem(q.line("两端说明"), type == Type.SCALE ? "“两端说明”应为两项：1 分和 5 分各表示什么（如 非常不满意、非常满意）"
                    : "只有“评分”题可以写“两端说明”");
        }
        Integer max = q.integer("字数上限");
        if (max != null && type != null && type != Type.TEXT) {
            q.problem(q.line("字数上限"), "只有“填空”题可以写“字数上限”");
        } else if (max != null && (max < 1 || max > MAX_MAX_LENGTH)) {
            q.problem(q.line("字数上限"), "“字数上限”应在 1 至 " + MAX_MAX_LENGTH + " 之间，实为 " + max);
            max = null;
        }
        String required = q.oneOf("必答", YES_NO, false);
        String personal = q.oneOf("个人信息", YES_NO, false);
        String satisfaction = q.oneOf("满意度", YES_NO, false);
        if ("是".equals(satisfaction) && type != null && type != Type.SCALE) {
            q.problem(q.line("满意度"), "只有“评分”题可以计入满意度");
        }
        boolean asksPersonal = "是".equals(personal);
        if (asksPersonal && type != null && type != Type.TEXT) {
            q.problem(q.line("个人信息"), "只有“填空”题可以收集个人信息");
        } else if (asksPersonal && !personalDataExplained) {
            q.problem(q.line("个人信息"), "该问题收集个人信息，但问卷没有“个人信息说明”：请写明收集哪些个人信息、为什么需要、如何使用和保存");
        }
        q.finish();
        if (id == null || text == null || type == null) return null;
        boolean isRequired = required == null ? type != Type.TEXT : required.equals("是");
        return new Question(id, text, type, type == Type.SINGLE || type == Type.MULTIPLE ? options : List.of(),
                isRequired, type == Type.TEXT ? (max == null ? DEFAULT_MAX_LENGTH : max) : 0, asksPersonal,
                type == Type.SCALE && ends.size() == 2 ? ends : List.of(), q.line(),
                type == Type.SCALE && "是".equals(satisfaction), type == Type.MULTIPLE ? exclusive : List.of());
    }
}
