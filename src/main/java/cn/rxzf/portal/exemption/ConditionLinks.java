package cn.rxzf.portal.exemption;

import cn.rxzf.portal.exemption.Questions.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How an item's own conditions relate to the law's questions, so the check asks a fact once. Only wording that states
 * the statute's own element is linked, and only in the direction the words allow:
 * <ul>
 *   <li>{@link Kind#SAME}: the condition is the law's element in the law's words (初次违法, 及时改正, 违法行为轻微;
 *       没有造成危害后果; 危害后果轻微; the law's own gloss of 及时改正). Its answer gives the law's answer both ways;
 *       when that answer is a single value either way the law's question is not asked at all.</li>
 *   <li>{@link Kind#WHEN_MET}: the condition contains the element with a qualifier of the list's own (for example
 *       “在责令改正期限内改正违法行为，危害后果轻微”, or a gloss narrower than the law's). Met, it settles the law's answer;
 *       not met, it settles nothing (another part may have failed), so the law's question is asked.</li>
 *   <li>{@link Kind#DIFFERENT}: the condition speaks of a similar thing that is not the statute's element (首次被发现,
 *       首查, 首次发生清单中所列事项 are not 初次违法). Both are asked, and the law's question says why.</li>
 * </ul>
 * A condition is never equated with a statutory element it only resembles (docs/legal-readings.md, reading 16).
 */
public final class ConditionLinks {
    public enum Kind { SAME, WHEN_MET, DIFFERENT }

    /**
     * One link: the law's question, the (0-based) condition, and the law's answers the condition allows when met and
     * when not met (null: any answer).
     */
    public record Link(Question question, int condition, Kind kind, Set<String> ifMet, Set<String> ifUnmet,
                       String note) {
        /** The law's answers allowed by the condition's answer (null: any). */
        public Set<String> allowed(boolean met) {
            return met ? ifMet : ifUnmet;
        }

        /** The law's answer settled by the condition's answer, or null when it leaves a choice. */
        public String settled(boolean met) {
            Set<String> a = allowed(met);
            return a != null && a.size() == 1 ? a.iterator().next() : null;
        }

        /** Whether the law's question need not be asked at all: the condition settles it whichever way it is answered. */
        public boolean replacesQuestion() {
            return settled(true) != null && settled(false) != null;
        }
    }

    private static final String NUM = "^(?:[（(]?[0-9一二三四五六七八九十]{1,2}[）)．.、]\\s*)?";
    private static final String END = "[。；;，,的]*$";

    private static Pattern whole(String body) {
        return Pattern.compile(NUM + "(?:" + body + ")" + END);
    }

    private static final Pattern FIRST_SAME = whole("(?:属于)?(?:(?:近)?[一二两三1-3]年内)?(?:属于)?(?:初次|首次)违法(?:行为)?");
    private static final Pattern CORRECTED_SAME = whole("(?:(?:能够|已经?|违法行为)?及时(?:改正|纠正)(?:违法行为)?"
            + "|(?:立即(?:自行)?改正|在[^，。；]{0,12}发现前主动改正)(?:或者?|、)在[^，。；]{0,12}?责令(?:限期)?改正的?期限内改正)");
    private static final Pattern MINOR_SAME = whole("违法行为(?:情节)?轻微");
    private static final Pattern NO_HARM_SAME = whole("(?:没有|未)造成(?:危害)?后果|没有危害后果");
    private static final Pattern SLIGHT_HARM_SAME = whole("危害后果轻微");

    private static final Pattern FIRST_WORDS = Pattern.compile("首次|初次|首违|第一次|首查");
    private static final Pattern CORRECTED_WORDS = Pattern.compile("改正|纠正|整改");
    private static final Pattern CORRECTED_IN = Pattern.compile("(?:及时|期限内|期内|立即|当场)(?:自行)?(?:主动)?(?:改正|纠正|整改)");
    private static final Pattern NO_HARM_IN = Pattern.compile("(?:没有|未)造成(?:危害)?后果");
    private static final Pattern SLIGHT_HARM_IN = Pattern.compile("危害后果轻微");
    private static final Pattern GLOSS = Pattern.compile("（[^（）]*）|\\([^()]*\\)");
    private static final Pattern NEGATION = Pattern.compile("未(?:及时|在)|不(?:及时|能)|拒不|逾期");

    static final Set<String> YES = Set.of("yes");
    static final Set<String> NO = Set.of("no");
    static final Set<String> NONE = Set.of("none");
    static final Set<String> SOME = Set.of("minor", "serious");
    static final Set<String> AT_MOST_SLIGHT = Set.of("none", "minor");
    static final Set<String> SERIOUS = Set.of("serious");

    private ConditionLinks() {}

    /** The links of an item's conditions to the law's questions, at most one per question (the first condition wins). */
    public static List<Link> of(List<String> conditions) {
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            String c = conditions.get(i).strip();
            String n = "清单条件 " + (i + 1) + "“" + c + "”";
            // A list's own gloss in brackets only narrows its words (what it says may not count is still excluded).
            String bare = GLOSS.matcher(c).replaceAll("");
            if (FIRST_SAME.matcher(c).matches()) {
                add(links, new Link(Questions.FIRST, i, Kind.SAME, YES, NO, n + "与法律的“初次违法”是同一件事，只问一次。"));
            } else if (FIRST_WORDS.matcher(c).find()) {
                add(links, new Link(Questions.FIRST, i, Kind.DIFFERENT, null, null, n + "与这里问的不是同一件事，所以分开问："
                        + "清单条件说的是第一次被发现或者查处，法律的“初次违法”问的是在规定期限内有没有因同类违法行为受过处罚或者处理。"
                        + "两者的回答可能不同。"));
            }
            if (CORRECTED_SAME.matcher(c).matches()) {
                add(links, new Link(Questions.CORRECTED, i, Kind.SAME, YES, NO, n + "与法律的“及时改正”是同一件事，只问一次。"));
            } else if (CORRECTED_IN.matcher(bare).find() && !NEGATION.matcher(bare).find()) {
                add(links, new Link(Questions.CORRECTED, i, Kind.WHEN_MET, YES, null, n + "包含及时改正：符合该条件的，本题不必再答；"
                        + "不符合的，可能是条件的其他部分不符合，请回答本题。"));
            } else if (CORRECTED_WORDS.matcher(c).find()) {
                add(links, new Link(Questions.CORRECTED, i, Kind.DIFFERENT, null, null, n + "也说到改正，但要求与法律的“及时改正”"
                        + "不完全相同，所以分开问。"));
            }
            if (MINOR_SAME.matcher(c).matches()) {
                add(links, new Link(Questions.MINOR, i, Kind.SAME, YES, NO, n + "与法律的“违法行为轻微”是同一件事，只问一次。"));
            }
            if (NO_HARM_SAME.matcher(c).matches()) {
                add(links, new Link(Questions.HARM, i, Kind.SAME, NONE, SOME, n + "已回答是否造成危害后果：符合的，本题不必再答；"
                        + "不符合的，请选择危害后果是轻微还是较重。"));
            } else if (SLIGHT_HARM_SAME.matcher(c).matches()) {
                add(links, new Link(Questions.HARM, i, Kind.SAME, AT_MOST_SLIGHT, SERIOUS, n + "已回答危害后果是否较重："
                        + "不符合的，本题不必再答；符合的，请选择没有危害后果还是危害后果轻微（法律对两者的规定不同）。"));
            } else if (NO_HARM_IN.matcher(bare).find() && !NEGATION.matcher(bare).find()) {
                add(links, new Link(Questions.HARM, i, Kind.WHEN_MET, NONE, null, n + "包含没有造成危害后果：符合该条件的，"
                        + "本题不必再答；不符合的，请回答本题。"));
            } else if (SLIGHT_HARM_IN.matcher(bare).find() && !NEGATION.matcher(bare).find()) {
                add(links, new Link(Questions.HARM, i, Kind.WHEN_MET, AT_MOST_SLIGHT, null, n + "包含危害后果轻微：符合该条件的，"
                        + "请选择没有危害后果还是危害后果轻微；不符合的，请回答本题。"));
            }
        }
        return List.copyOf(links);
    }

    private static void add(List<Link> links, Link link) {
        if (links.stream().noneMatch(l -> l.question() == link.question())) links.add(link);
    }

    /** The link of {@code q}, or null. */
    public static Link find(List<Link> links, Question q) {
        for (Link l : links) if (l.question() == q) return l;
        return null;
    }
}
