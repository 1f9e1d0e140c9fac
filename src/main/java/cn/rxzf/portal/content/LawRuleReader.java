package cn.rxzf.portal.content;

import cn.rxzf.portal.content.model.Law;
import cn.rxzf.portal.content.model.Law.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one {@code 规则} entry of a law provision (docs/content-format.md, law section): 出处, 条件, 危害后果, 周岁,
 * 精神状态, 领域, 结果, 期限, 免罚清单依据. Every name must be of the fixed vocabulary ({@link Law#FACTS} …), the
 * 出处 must be found in the provision's text (its verbatim quote is what the check's trace shows).
 */
final class LawRuleReader {
    private static final String DIGITS = "一二三四五六七八九十";
    static final Pattern SOURCE = Pattern.compile("全条|(?:第([一二三四五六七八九十]+)款)?(?:第([一二三四五六七八九十]+)句|第（([一二三四五六七八九十]+)）项)?");
    private static final Pattern AGE = Pattern.compile("不满(\\d{1,2})|(\\d{1,2})至(\\d{1,2})|已满(\\d{1,2})");
    private static final Pattern YEARS = Pattern.compile("([一二三四五六七八九十]|\\d{1,2})年");

    private LawRuleReader() {}

    static Rule read(Fields r, List<String> paragraphs) {
        String source = r.text("出处", true);
        List<String> facts = r.texts("条件", false);
        List<String> harms = r.texts("危害后果", false);
        String age = r.text("周岁", false);
        String capacity = r.oneOf("精神状态", Law.CAPACITIES, false);
        String field = r.oneOf("领域", Law.FIELDS, false);
        String outcome = r.oneOf("结果", Law.OUTCOMES, true);
        String period = r.text("期限", false);
        String basis = r.oneOf("免罚清单依据", List.of("是", "否"), false);
        r.finish();
        for (String f : facts) {
            if (!Law.FACTS.contains(f)) {
                r.problem(r.line("条件"), "未知的条件“" + f + "”（可用：" + String.join("、", Law.FACTS) + "）");
            }
        }
        for (String h : harms) {
            if (!Law.HARMS.contains(h)) r.problem(r.line("危害后果"), "“危害后果”应为 没有、轻微、较重 中的若干项，实为“" + h + "”");
        }
        Integer minAge = null;
        Integer maxAge = null;
        if (age != null) {
            Matcher m = AGE.matcher(age);
            if (!m.matches()) {
                r.problem(r.line("周岁"), "“周岁”应写作 不满14、14至18（已满14不满18）或 已满18，实为“" + age + "”");
            } else if (m.group(1) != null) {
                maxAge = Integer.parseInt(m.group(1));
            } else if (m.group(2) != null) {
                minAge = Integer.parseInt(m.group(2));
                maxAge = Integer.parseInt(m.group(3));
                if (maxAge <= minAge) r.problem(r.line("周岁"), "“周岁”的范围为空：“" + age + "”");
            } else {
                minAge = Integer.parseInt(m.group(4));
            }
        }
        Integer years = null;
        if (period != null) {
            Matcher m = YEARS.matcher(period);
            if (m.matches()) {
                String n = m.group(1);
                years = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : DIGITS.indexOf(n) + 1;
                if (years < 1) r.problem(r.line("期限"), "“期限”至少为一年");
            } else {
                r.problem(r.line("期限"), "“期限”应写作 二年、五年 或 2年，实为“" + period + "”");
            }
        }
        if (Law.TIME_BARRED.equals(outcome) && period == null) {
            r.problem(r.line("结果"), "结果“不再处罚”是追责期限的规则，须写“期限”");
        } else if (outcome != null && !Law.TIME_BARRED.equals(outcome) && period != null) {
            r.problem(r.line("期限"), "只有结果为“不再处罚”的规则才写“期限”");
        }
        String quote = source == null ? null : quote(source, paragraphs);
        if (source != null && quote == null) {
            r.problem(r.line("出处"), "“出处”“" + source + "”在本条的“款”中找不到（应写作 全条、第一款、第一款第二句、第（一）项 等）");
        }
        return new Rule(source, quote, facts, harms, minAge, maxAge, capacity, field, outcome, years,
                "是".equals(basis), r.line());
    }

    /**
     * The verbatim words of {@code source} in the provision: 全条 is the whole text; 第n款 a paragraph; 第m句 a sentence
     * (of the first paragraph when no 款 is named); 第（m）项 the paragraph's lead-in and that item. Null when absent.
     */
    static String quote(String source, List<String> paragraphs) {
        Matcher m = SOURCE.matcher(source);
        if (source.isEmpty() || !m.matches() || paragraphs.isEmpty()) return null;
        if (source.equals("全条")) return String.join("", paragraphs);
        int p = m.group(1) == null ? 1 : DIGITS.indexOf(m.group(1)) + 1;
        if (p < 1 || p > paragraphs.size()) return null;
        String text = paragraphs.get(p - 1);
        if (m.group(2) != null) {
            List<String> sentences = sentences(text);
            int s = DIGITS.indexOf(m.group(2)) + 1;
            return s >= 1 && s <= sentences.size() ? sentences.get(s - 1) : null;
        }
        if (m.group(3) != null) {
            String label = "（" + m.group(3) + "）";
            int at = text.indexOf(label);
            int lead = text.indexOf('：');
            if (at < 0 || lead < 0 || lead > at) return null;
            int end = text.indexOf('（', at + label.length());
            String item = (end < 0 ? text.substring(at) : text.substring(at, end)).replaceAll("[；。]$", "");
            return text.substring(0, lead + 1) + item + "。";
        }
        return text;
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '。') {
                out.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < text.length()) out.add(text.substring(from));
        return out;
    }
}
