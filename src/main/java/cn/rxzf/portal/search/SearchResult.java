package cn.rxzf.portal.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: one page of ranked hits, the total, facet counts over all matches, and,
 * when nothing matched, suggestions to go on with.
 *
 * @param broadened true when few documents matched the query's character pairs and single characters were used too
 * @param facets    by facet name (type, department, listType, area, status), values by count, most first
 */
public record SearchResult(String query, long total, int page, int pages, List<Hit> hits,
                           Map<String, List<FacetValue>> facets, boolean broadened, Suggestions suggestions) {

    /**
     * One ranked document. {@code titleHtml} and {@code snippet} are escaped HTML whose only tags are {@code <mark>}.
     * {@code group} is, for an item, the id of its twin group (the same act on several lists; its own id when it has
     * no twin), null for other documents; {@code region} is the region of the item's list.
     */
    public record Hit(String id, String type, String title, String titleHtml, String url, float score,
                      String snippet, String department, String departmentName, String listType, String area,
                      String status, String group, String region) {}

    /** One value of a facet: what to filter on, what to show, and how many matches have it. */
    public record FacetValue(String value, String label, long count) {}

    /** For a query that found nothing: items that share characters with it, and departments to ask. */
    public record Suggestions(List<Hit> items, List<DepartmentRef> departments) {}

    public record DepartmentRef(String code, String name, String url) {}
}
