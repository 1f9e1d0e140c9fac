package cn.rxzf.portal.content.model;

import java.util.List;

/**
 * One entry of {@code content/search/synonyms.yaml}: the words people say ({@code spoken}: 亮照, 营运证) and the
 * wording the lists use ({@code formal}: 公示营业执照, 道路运输证). Search expands a query's spoken words.
 */
public record Synonym(List<String> spoken, List<String> formal, int line) {}
