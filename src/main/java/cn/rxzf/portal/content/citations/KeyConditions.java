package cn.rxzf.portal.content.citations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conditions of an item that decide whether two lists treat an act alike, read from its 适用条件: 首次 (a first
 * violation), 危害后果 (no harmful consequence), 改正期限 (corrected in time, or within N days) and 金额门槛 (an amount,
 * e.g. 货值不超过5000元). Empty strings where the item sets none.
 */
public record KeyConditions(boolean firstTime, boolean noHarm, String correction, String amount) {
    private static final List<String> FIRST = List.of("首次", "初次", "第一次", "首违");
    private static final List<String> HARM = List.of("危害后果", "危害结果", "社会危害");
    private static final List<String> CORRECT = List.of("改正", "纠正", "整改", "补办", "补正", "消除");
    private static final List<String> PROMPT = List.of("及时", "主动", "立即", "当场");
    private static final List<String> DEADLINE = List.of("限期", "期限内", "规定期限", "责令改正");
    private static final Pattern DAYS = Pattern.compile("([0-9一二三四五六七八九十]+)\\s*个?(工作)?(日|天)");
    private static final Pattern AMOUNT = Pattern.compile("[0-9][0-9.,]*\\s*万?元|[一二三四五六七八九十百千两]+万?元");

    /** The key conditions of an item; {@code firstViolation} when its list is a 首违不罚 list (首次 is then implied). */
    public static KeyConditions of(List<String> conditions, boolean firstViolation) {
        boolean first = firstViolation;
        boolean harm = false;
        String correction = "";
        String amount = "";
        for (String c : conditions) {
            if (!first && containsAny(c, FIRST)) first = true;
            if (!harm && containsAny(c, HARM)) harm = true;
            if (containsAny(c, CORRECT)) {
                Matcher d = c.indexOf('日') >= 0 || c.indexOf('天') >= 0 ? DAYS.matcher(c) : null;
                if (d != null && d.find()) correction = d.group(1) + (d.group(2) == null ? "" : "个工作") + "日内改正";
                else if (correction.isEmpty() && containsAny(c, PROMPT)) correction = "及时改正";
                else if (correction.isEmpty() && containsAny(c, DEADLINE)) correction = "限期改正";
                else if (correction.isEmpty()) correction = "改正";
            }
            if (amount.isEmpty() && c.indexOf('元') >= 0) {
                Matcher a = AMOUNT.matcher(c);
                if (a.find()) amount = clause(c, a.start(), a.end());
            }
        }
        return new KeyConditions(first, harm, correction, amount);
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String w : words) if (text.contains(w)) return true;
        return false;
    }

    /** The clause around an amount: from the last separator before it to the first after it. */
    private static String clause(String text, int start, int end) {
        int from = start;
        while (from > 0 && "，,；;。（(".indexOf(text.charAt(from - 1)) < 0) from--;
        int to = end;
        while (to < text.length() && "，,；;。）)".indexOf(text.charAt(to)) < 0) to++;
        String s = text.substring(from, to).strip();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** The conditions as short labels (须首次, 须无危害后果, 须及时改正, 货值…元以下), for tables and summaries. */
    public List<String> labels() {
        List<String> out = new ArrayList<>();
        if (firstTime) out.add("须首次");
        if (noHarm) out.add("须无危害后果");
        if (!correction.isEmpty()) out.add("须" + correction);
        if (!amount.isEmpty()) out.add("金额：" + amount);
        return out;
    }
}
