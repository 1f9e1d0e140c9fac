package cn.rxzf.portal.content.citations;

import cn.rxzf.portal.content.model.EnforcementList;
import cn.rxzf.portal.content.model.Item;
import cn.rxzf.portal.content.model.Law;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every item's provision keys, read once at build time from its 违反条款 and 处罚依据, and the provisions they make:
 * for each article at least one item rests on, the items citing it with their list, outcome and key conditions.
 * Also what could not be read (a warning each, with the item's line) and the parse rate.
 */
public final class Provisions {
    /** Outcome groups in the order pages show them. */
    public static final List<String> OUTCOME_GROUPS = List.of(Item.NO_PENALTY, EnforcementList.FIRST_VIOLATION,
            Item.LIGHTER, Item.REDUCED, Item.NO_COERCION);

    /** A citation the parser could not read: where, and what. */
    public record Failure(String path, int line, String itemId, String field, String text) {}

    /** One item on a provision's page: its list, how it cites the article, the outcome group and key conditions. */
    public record Entry(Item item, EnforcementList list, String cited, String role, String outcomeGroup,
                        KeyConditions conditions, String level) {}

    /**
     * An article at least one item rests on.
     *
     * @param byList the first entry of each list, in entry order (computed once: item pages ask for it per item)
     */
    public record Provision(LawEntry law, int article, int suffix, List<Entry> entries, Law.Provision text,
                            Map<String, Entry> byList) {
        Provision(LawEntry law, int article, int suffix, List<Entry> entries, Law.Provision text) {
            this(law, article, suffix, entries, text, firstOfEachList(entries));
        }

        private static Map<String, Entry> firstOfEachList(List<Entry> entries) {
            Map<String, Entry> m = new LinkedHashMap<>();
            for (Entry e : entries) m.putIfAbsent(e.list().id(), e);
            return java.util.Collections.unmodifiableMap(m);
        }

        public String key() {
            return law.id() + "/" + slug();
        }

        public String slug() {
            return suffix == 0 ? String.valueOf(article) : article + "-" + suffix;
        }

        public String url() {
            return "/provisions/" + key() + "/";
        }

        /** 第126条 (or 第44条之1) of the law, as headings show it. */
        public String label() {
            return "第" + article + "条" + (suffix == 0 ? "" : "之" + suffix);
        }

        public String title() {
            return "《" + law.shortName() + "》" + label();
        }

        public boolean isGeneral() {
            return suffix == 0 && law.isGeneral(article);
        }

        /**
         * “3 份清单、2 个地区：2 份不予处罚，1 份首违不罚” (each list counted once, by its first item), and how many of
         * them are no longer or not yet in force — a reader must not rely on a repealed list's leniency.
         */
        public String overview() {
            Set<String> regions = new LinkedHashSet<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String g : OUTCOME_GROUPS) counts.put(g, 0);
            int superseded = 0;
            int drafts = 0;
            for (Entry e : byList.values()) {
                regions.add(e.list().region() == null ? e.list().id() : e.list().region());
                counts.merge(e.outcomeGroup(), 1, Integer::sum);
                if (e.list().isSuperseded()) superseded++;
                else if (e.list().isDraft()) drafts++;
            }
            List<String> parts = new ArrayList<>();
            counts.forEach((g, n) -> {
                if (n > 0) parts.add(n + " 份" + g);
            });
            List<String> notInForce = new ArrayList<>();
            if (superseded > 0) notInForce.add(superseded + " 份已废止或已修订");
            if (drafts > 0) notInForce.add(drafts + " 份为征求意见稿");
            return byList.size() + " 份清单、" + regions.size() + " 个地区：" + String.join("，", parts)
                    + (notInForce.isEmpty() ? "" : "（其中 " + String.join("，", notInForce) + "）");
        }

        /** The distinct lists of the entries. */
        public int listCount() {
            return byList.size();
        }

        /** The entries of one outcome group. */
        public List<Entry> group(String outcomeGroup) {
            List<Entry> out = new ArrayList<>();
            for (Entry e : entries) if (e.outcomeGroup().equals(outcomeGroup)) out.add(e);
            return out;
        }

        /** The outcome groups present, in {@link #OUTCOME_GROUPS} order. */
        public List<String> groups() {
            List<String> out = new ArrayList<>();
            for (String g : OUTCOME_GROUPS) if (!group(g).isEmpty()) out.add(g);
            return out;
        }
    }

    /** A provision of an item as its page's block shows it: the other lists citing it and their outcomes. */
    public record Neighbour(Provision provision, int otherLists, Map<String, Integer> outcomes) {
        /** “另有 3 份清单：2 份不予处罚，1 份首违不罚”, or that no other list cites it. */
        public String summary() {
            if (otherLists == 0) return "暂无其他清单引用此条款";
            List<String> parts = new ArrayList<>();
            outcomes.forEach((g, n) -> parts.add(n + " 份" + g));
            return "另有 " + otherLists + " 份清单：" + String.join("，", parts);
        }
    }

    private final Map<String, List<Citation>> byItem = new LinkedHashMap<>();
    private final Map<String, Provision> byKey = new LinkedHashMap<>();
    private final Map<String, List<Provision>> ofItem = new LinkedHashMap<>();
    private final List<Failure> failures = new ArrayList<>();
    private final LawTable table;
    private int parsed;
    private int lawOnly;
    private int marked;

    /** Reads the citations of every item of {@code lists} (in their order), once. */
    public Provisions(LawTable table, Collection<EnforcementList> lists, Map<String, Law> laws) {
        this.table = table;
        CitationParser parser = new CitationParser(table);
        // Lists repeat their 依据 texts (4,194 distinct 处罚依据 among 10,000 items of the synthetic site): each
        // distinct text is parsed once. A parse depends on the text alone and its result is immutable.
        Map<String, CitationParser.Result> parses = new java.util.HashMap<>();
        Map<String, List<Entry>> entries = new TreeMap<>();
        for (EnforcementList l : lists) {
            for (Item i : l.items()) {
                List<Citation> all = new ArrayList<>();
                Map<String, Map<String, String>> cited = new LinkedHashMap<>(); // key → role → labels
                read(parser, parses, l, i, "违反条款", i.violatedProvisions(), all, cited);
                read(parser, parses, l, i, "处罚依据", i.penaltyBasis(), all, cited);
                byItem.put(i.id(), List.copyOf(all));
                String group = outcomeGroup(l, i);
                KeyConditions conditions = KeyConditions.of(i.conditions(), group.equals(EnforcementList.FIRST_VIOLATION));
                String level = Regions.level(l.region());
                for (var c : cited.entrySet()) {
                    List<String> parts = new ArrayList<>();
                    c.getValue().forEach((role, labels) -> parts.add(role + " " + labels));
                    entries.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(new Entry(i, l,
                            String.join("；", parts), String.join("、", c.getValue().keySet()), group, conditions, level));
                }
            }
        }
        Map<String, Integer> lawOrder = new java.util.HashMap<>();
        for (LawEntry e : table.entries()) lawOrder.put(e.id(), lawOrder.size());
        List<String> keys = new ArrayList<>(entries.keySet());
        keys.sort(Comparator.comparingInt((String k) -> lawOrder.get(k.substring(0, k.indexOf('/'))))
                .thenComparingInt(k -> articleOf(k)[0]).thenComparingInt(k -> articleOf(k)[1]));
        for (String k : keys) {
            LawEntry law = table.byId(k.substring(0, k.indexOf('/')));
            int[] a = articleOf(k);
            List<Entry> es = entries.get(k);
            es.sort(Comparator.comparingInt((Entry e) -> OUTCOME_GROUPS.indexOf(e.outcomeGroup()))
                    .thenComparing(e -> e.list().isSuperseded())
                    .thenComparing(e -> e.list().region() == null ? "" : e.list().region())
                    .thenComparing(e -> e.item().id()));
            Provision p = new Provision(law, a[0], a[1], List.copyOf(es), text(law, a[0], a[1], laws));
            byKey.put(k, p);
            // One entry per item and key (the reader merges an item's citations of one article), so no duplicates.
            for (Entry e : es) ofItem.computeIfAbsent(e.item().id(), x -> new ArrayList<>()).add(p);
        }
    }

    private void read(CitationParser parser, Map<String, CitationParser.Result> parses, EnforcementList l, Item i,
                      String field, String text, List<Citation> all, Map<String, Map<String, String>> cited) {
        if (text == null || text.isBlank()) return;
        CitationParser.Result r = parses.computeIfAbsent(text, parser::parse);
        parsed += r.parsed();
        lawOnly += r.lawOnly();
        marked += r.marked();
        for (String f : r.failures()) failures.add(new Failure(l.path(), i.line(), i.id(), field, f));
        for (Citation c : r.citations()) {
            if (c.law() == null) continue;
            all.add(c);
            Map<String, String> roles = cited.computeIfAbsent(c.key(), k -> new LinkedHashMap<>());
            String label = c.label();
            String before = roles.get(field);
            if (before == null) roles.put(field, label);
            else if (!("、" + before + "、").contains("、" + label + "、")) roles.put(field, before + "、" + label);
        }
    }

    private static int[] articleOf(String key) {
        String a = key.substring(key.indexOf('/') + 1);
        int dash = a.indexOf('-');
        return dash < 0 ? new int[] {Integer.parseInt(a), 0}
                : new int[] {Integer.parseInt(a.substring(0, dash)), Integer.parseInt(a.substring(dash + 1))};
    }

    /** The verbatim article, when the table names a law text that holds it. */
    private static Law.Provision text(LawEntry law, int article, int suffix, Map<String, Law> laws) {
        Law l = law.text() == null ? null : laws.get(law.text());
        if (l == null || suffix != 0) return null;
        for (Law.Provision p : l.provisions()) {
            String n = p.number().replaceFirst("^第", "").replaceFirst("条$", "");
            if (Numerals.number(n) == article) return p;
        }
        return null;
    }

    /** 不予处罚 (also 可以不予处罚), 首违不罚 (by the list's type), 从轻处罚, 减轻处罚, 不予行政强制. */
    static String outcomeGroup(EnforcementList l, Item i) {
        boolean noPenalty = i.outcome().equals(Item.NO_PENALTY) || i.outcome().equals(Item.MAY_NO_PENALTY);
        if (l.type().equals(EnforcementList.FIRST_VIOLATION) && noPenalty) return EnforcementList.FIRST_VIOLATION;
        if (noPenalty) return Item.NO_PENALTY;
        return i.outcome();
    }

    public LawTable table() {
        return table;
    }

    /** Every provision, by law (in the table's order) and article. */
    public Collection<Provision> all() {
        return byKey.values();
    }

    public Provision get(String key) {
        return byKey.get(key);
    }

    /** The provisions an item rests on (none when it cites none the table holds). */
    public List<Provision> ofItem(String itemId) {
        return ofItem.getOrDefault(itemId, List.of());
    }

    /**
     * The provisions of an item (leaving out the general articles every list may cite) with the other lists that
     * cite each: how many, and the outcomes they give (one per list, in {@link #OUTCOME_GROUPS} order).
     */
    public List<Neighbour> neighbours(Item item) {
        List<Neighbour> out = new ArrayList<>();
        for (Provision p : ofItem(item.id())) {
            if (p.isGeneral()) continue;
            Map<String, Integer> outcomes = new LinkedHashMap<>();
            for (String g : OUTCOME_GROUPS) outcomes.put(g, 0);
            int others = 0;
            for (Entry e : p.byList().values()) {
                if (e.list().id().equals(item.listId())) continue;
                others++;
                outcomes.merge(e.outcomeGroup(), 1, Integer::sum);
            }
            outcomes.values().removeIf(n -> n == 0);
            out.add(new Neighbour(p, others, outcomes));
        }
        return out;
    }

    /** The item's citations as read, in the order written. */
    public List<Citation> citationsOf(String itemId) {
        return byItem.getOrDefault(itemId, List.of());
    }

    /** The provisions of each law, in the table's order; laws without provisions left out. */
    public Map<LawEntry, List<Provision>> byLaw() {
        Map<LawEntry, List<Provision>> out = new LinkedHashMap<>();
        for (Provision p : byKey.values()) out.computeIfAbsent(p.law(), k -> new ArrayList<>()).add(p);
        return out;
    }

    /** Provisions with items of two or more lists. */
    public List<Provision> shared() {
        List<Provision> out = new ArrayList<>();
        for (Provision p : byKey.values()) if (p.listCount() >= 2) out.add(p);
        return out;
    }

    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    /** Citations read to a provision of a law in the table. */
    public int parsed() {
        return parsed;
    }

    /** Laws named without any article (no provision to read; not counted in the rate). */
    public int lawOnly() {
        return lawOnly;
    }

    /** Parsed citations where the list marks a number its source lost ({@code 第[…]项}), read without it. */
    public int marked() {
        return marked;
    }

    /** Parsed share of all citations that name an article, 0–100 (100 when there are none). */
    public double parseRate() {
        int total = parsed + failures.size();
        return total == 0 ? 100.0 : 100.0 * parsed / total;
    }
}
