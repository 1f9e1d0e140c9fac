package cn.rxzf.portal.content.citations;

import java.time.LocalDate;
import java.util.List;

/**
 * One law or regulation of the reviewed table ({@code content/law/fagui-minglu.yaml}): the id its provision pages
 * are published under, its full name, the short and former names citations use, its 文号 and level, its versions,
 * the articles that are the general rules of lenient treatment (compared on no provision page's report), and the id
 * of its verbatim text under {@code content/law/} when the content holds it.
 *
 * @param general articles (by number) every lenient list may cite, such as 《行政处罚法》第三十三条
 * @param text    id of {@code content/law/<id>.yaml} holding provisions verbatim, or null
 */
public record LawEntry(String id, String name, List<String> shortNames, List<String> formerNames, String docNumber,
                       String level, List<Version> versions, List<Integer> general, String text, String source,
                       int line) {

    /** One version: the day it took effect, its 文号, a note (修订, 修正). */
    public record Version(LocalDate effective, String docNumber, String note) {}

    public LawEntry {
        shortNames = List.copyOf(shortNames);
        formerNames = List.copyOf(formerNames);
        versions = List.copyOf(versions);
        general = List.copyOf(general);
    }

    /** The name to show in tables: the full name without 中华人民共和国. */
    public String shortName() {
        return LawTable.withoutCountry(name);
    }

    public boolean isGeneral(int article) {
        return general.contains(article);
    }
}
