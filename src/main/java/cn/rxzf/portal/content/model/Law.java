package cn.rxzf.portal.content.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A law (or one version of it) as data, {@code content/law/<id>.yaml}: its name, the dates it is in force, where its
 * official text is, and the provisions the check and credit repair apply, each verbatim, with the general provisions
 * it displaces (a special law's "另有规定", as {@code law-id#provision-id}) and its {@link Rule rules}: which facts
 * give which outcome. An earlier version names the current one ({@code revisedAs}, 修订后); versions of one law do
 * not overlap in time ({@code datesLine}: the line of 施行日期, for problems). Published at {@link #url()}; a provision is {@code url()#provision-id}.
 */
public record Law(String id, String name, LocalDate effective, LocalDate until, String revisedAs, String source,
                  List<Provision> provisions, String path, int datesLine) {

    /** The facts a rule may require (条件): the check's questions, docs/content-format.md. */
    public static final List<String> FACTS = List.of("轻微", "初次违法", "及时改正", "无主观过错", "进货查验", "说明进货来源",
            "主动消除或者减轻危害后果", "受胁迫或者诱骗", "主动供述", "立功表现", "生命健康金融");
    /** 危害后果 as the check asks it. */
    public static final List<String> HARMS = List.of("没有", "轻微", "较重");
    /** 精神状态 (art. 31). */
    public static final List<String> CAPACITIES = List.of("不能辨认或者控制", "尚未完全丧失辨认或者控制能力");
    /** 领域: the fields where a special law applies. */
    public static final List<String> FIELDS = List.of("税收", "食品", "产品");
    /** 结果, most favourable first; 不再处罚 is a limitation period's and needs 期限. */
    public static final List<String> OUTCOMES = List.of("不再处罚", "应当不予", "可以不予", "可以免予", "应当从轻或者减轻",
            "可以从轻或者减轻");
    public static final String TIME_BARRED = "不再处罚";
    /** The facts in the words of the law page. */
    private static final java.util.Map<String, String> PLAIN = java.util.Map.ofEntries(
            java.util.Map.entry("轻微", "违法行为轻微"), java.util.Map.entry("初次违法", "初次违法"),
            java.util.Map.entry("及时改正", "及时改正"), java.util.Map.entry("无主观过错", "有证据足以证明没有主观过错"),
            java.util.Map.entry("进货查验", "履行了进货查验等义务"), java.util.Map.entry("说明进货来源", "能如实说明进货来源"),
            java.util.Map.entry("主动消除或者减轻危害后果", "主动消除或者减轻违法行为危害后果"),
            java.util.Map.entry("受胁迫或者诱骗", "受他人胁迫或者诱骗实施违法行为"),
            java.util.Map.entry("主动供述", "主动供述行政机关尚未掌握的违法行为"),
            java.util.Map.entry("立功表现", "配合行政机关查处违法行为有立功表现"),
            java.util.Map.entry("生命健康金融", "涉及公民生命健康安全、金融安全"));

    /**
     * @param number     as cited, e.g. 第三十三条
     * @param paragraphs the 款, verbatim
     * @param displaces  the provisions of other laws this one displaces ({@code law-id#provision-id})
     * @param rules      what the provision gives, on which facts
     * @param line       the line of the provision in its file, for problems
     */
    public record Provision(String id, String number, List<String> paragraphs, List<String> displaces, String note,
                            List<Rule> rules, int line) {
        public Provision {
            rules = List.copyOf(rules);
        }

        public String text() {
            return String.join("", paragraphs);
        }
    }

    /**
     * One rule of a provision: the part of the text it comes from ({@code source}, e.g. 第一款第二句, 第（一）项, 全条)
     * and its verbatim {@code quote}, the facts it requires (all of them), the outcome, and for a limitation rule
     * the period in years.
     *
     * @param harms    the 危害后果 answers that meet it (empty: any)
     * @param minAge   周岁 at least (null: any; a rule with an age applies to natural persons only)
     * @param maxAge   周岁 below (null: any)
     * @param capacity 精神状态 required, or null
     * @param field    领域 the rule is limited to, or null for every act
     * @param listBasis whether a list's 不予处罚 item rests on it (免罚清单依据)
     */
    public record Rule(String source, String quote, List<String> facts, List<String> harms, Integer minAge,
                       Integer maxAge, String capacity, String field, String outcome, Integer years,
                       boolean listBasis, int line) {
        public Rule {
            facts = List.copyOf(facts);
            harms = List.copyOf(harms);
        }

        public boolean limitation() {
            return TIME_BARRED.equals(outcome);
        }

        /** The rule in plain words for the law page: “违法行为轻微、已及时改正、没有造成危害后果：应当不予处罚”. */
        public String plain() {
            List<String> when = new java.util.ArrayList<>();
            if (field != null) when.add(field + "领域的违法行为");
            if (minAge != null && maxAge != null) when.add("违法时已满" + chinese(minAge) + "周岁不满" + chinese(maxAge) + "周岁");
            else if (maxAge != null) when.add("违法时不满" + chinese(maxAge) + "周岁");
            else if (minAge != null) when.add("违法时已满" + chinese(minAge) + "周岁");
            if (capacity != null) when.add("精神病人、智力残疾人" + (capacity.equals(CAPACITIES.get(0))
                    ? "违法时不能辨认或者不能控制自己的行为" : "尚未完全丧失辨认或者控制自己行为的能力"));
            for (String f : facts) when.add(PLAIN.getOrDefault(f, f));
            if (!harms.isEmpty()) {
                when.add(harms.equals(List.of("没有")) ? "没有造成危害后果" : harms.equals(List.of("没有", "轻微"))
                        ? "危害后果轻微（或者没有危害后果）" : harms.equals(List.of("轻微", "较重")) ? "有危害后果"
                        : "危害后果" + String.join("或者", harms));
            }
            String then = limitation() ? "在" + chinese(years) + "年内未被发现的，不再给予行政处罚"
                    : outcome.replace("不予", "不予处罚").replace("免予", "免予处罚").replace("减轻", "减轻处罚");
            return (when.isEmpty() ? "" : String.join("，", when) + "：") + then + "。";
        }
    }

    public Law {
        provisions = List.copyOf(provisions);
    }

    /** 14 → 十四, 2 → 二: numbers as the law writes ages and periods (0–99; larger ones in digits). */
    public static String chinese(int n) {
        String d = "零一二三四五六七八九";
        if (n < 0 || n >= 100) return String.valueOf(n);
        if (n < 10) return String.valueOf(d.charAt(n));
        String tens = n < 20 ? "十" : d.charAt(n / 10) + "十";
        return tens + (n % 10 == 0 ? "" : String.valueOf(d.charAt(n % 10)));
    }

    public String url() {
        return "/law/" + id + "/";
    }

    /** The law this file is a version of: the current version's id. */
    public String family() {
        return revisedAs != null ? revisedAs : id;
    }

    public boolean inForce(LocalDate day) {
        return !day.isBefore(effective) && (until == null || day.isBefore(until));
    }

    public Provision provision(String provisionId) {
        for (Provision p : provisions) if (p.id().equals(provisionId)) return p;
        return null;
    }
}
