/**
 * Legal citations, read once for the generator and for search: the reviewed table of laws and regulations
 * ({@code content/law/fagui-minglu.yaml}, {@link LawTable}) and the one parser that turns 违反条款 / 处罚依据 text and
 * search queries into provision keys ({@link CitationParser}). Imports nothing of the content room above it.
 */
package cn.rxzf.portal.content.citations;
