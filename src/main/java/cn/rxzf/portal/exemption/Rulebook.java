package cn.rxzf.portal.exemption;

import cn.rxzf.portal.content.model.Law;
import cn.rxzf.portal.content.model.Law.Provision;
import cn.rxzf.portal.content.model.Law.Rule;
import cn.rxzf.portal.exemption.Situation.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The rules of {@code content/law/*.yaml} as the check applies them: each {@link Entry} is a rule with its law, its
 * provision and its {@link Article} (citation to the sentence, verbatim quote, link). Entries are in the order of
 * the law: the general laws' provisions as filed, a special provision's rules right after the provision it displaces
 * (排除适用). Which rules are in force on a day comes from each version's 施行日期 and 失效日期.
 */
public final class Rulebook {
    /** One rule, where it comes from and how it is cited. */
    public record Entry(Law law, Provision provision, Rule rule, Article article) {
        boolean inScope(Field field) {
            return rule.field() == null || rule.field().equals(fieldName(field));
        }

        /** The rule of a special law that replaces {@code general} for this act (its 领域 and at least its facts). */
        boolean displaces(Entry general, Field field) {
            return provision.displaces().contains(general.law.id() + "#" + general.provision.id()) && inScope(field)
                    && rule.limitation() == general.rule.limitation() && rule.facts().containsAll(general.rule.facts());
        }
    }

    private final List<Entry> entries;
    private final java.util.Map<String, Law> laws;

    private Rulebook(List<Entry> entries, java.util.Map<String, Law> laws) {
        this.entries = List.copyOf(entries);
        this.laws = laws;
    }

    public static Rulebook of(Collection<Law> laws) {
        List<Entry> general = new ArrayList<>();
        List<Entry> special = new ArrayList<>();
        java.util.Map<String, Law> byId = new java.util.LinkedHashMap<>();
        for (Law law : laws) {
            byId.put(law.id(), law);
            for (Provision p : law.provisions()) {
                for (Rule r : p.rules()) {
                    Entry e = new Entry(law, p, r, article(law, p, r.source(), r.quote()));
                    (p.displaces().isEmpty() ? general : special).add(e);
                }
            }
        }
        List<Entry> ordered = new ArrayList<>(general);
        for (Entry s : special) {
            int at = ordered.size();
            for (int i = 0; i < ordered.size(); i++) {
                Entry g = ordered.get(i);
                if (s.provision.displaces().contains(g.law.id() + "#" + g.provision.id())) at = i + 1;
            }
            ordered.add(at, s);
        }
        return new Rulebook(ordered, byId);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The rules of the versions in force on {@code day}. */
    List<Entry> inForce(LocalDate day) {
        return entries.stream().filter(e -> e.law.inForce(day)).toList();
    }

    /**
     * A provision cited outside the rules (art. 37, art. 33 ¶3, 《行政强制法》第二条第二款), or null when the law
     * data does not have it.
     */
    public Article article(String lawId, String provisionId, String source) {
        Law law = laws.get(lawId);
        Provision p = law == null ? null : law.provision(provisionId);
        if (p == null) return null;
        String quote = source.equals("全条") ? p.text() : quote(p, source);
        return quote == null ? null : article(law, p, source, quote);
    }

    /** The current version of a law family. */
    Law current(String family) {
        return laws.get(family);
    }

    private static String quote(Provision p, String source) {
        for (Rule r : p.rules()) if (r.source().equals(source)) return r.quote();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("第([一二三四五六七八九十])款").matcher(source);
        if (m.matches()) {
            int n = "一二三四五六七八九十".indexOf(m.group(1));
            return n < p.paragraphs().size() ? p.paragraphs().get(n) : null;
        }
        return null;
    }

    /** 《name》第n条 + source; a version's note in brackets goes after the title: 《…》（2017年修正）. */
    static Article article(Law law, Provision p, String source, String quote) {
        String name = law.name();
        String edition = "";
        int bracket = name.indexOf('（');
        if (bracket > 0 && name.endsWith("）")) {
            edition = name.substring(bracket);
            name = name.substring(0, bracket);
        }
        String cite = "《" + name + "》" + edition + p.number() + ("全条".equals(source) ? "" : source);
        return new Article(cite, quote, false, law.url() + "#" + p.id());
    }

    static String fieldName(Field field) {
        return switch (field) {
            case TAX -> "税收";
            case FOOD -> "食品";
            case PRODUCT -> "产品";
            case GENERAL -> "";
        };
    }

    /** 2 → 二年: the way the law writes periods. */
    static String years(int n) {
        return Law.chinese(n) + "年";
    }
}
