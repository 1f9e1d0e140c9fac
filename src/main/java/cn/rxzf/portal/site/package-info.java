/**
 * The generator: content in, a static site out. {@link cn.rxzf.portal.site.SiteBuilder} runs the stages (content →
 * plan → render → publish) for a full build or a watcher's rebuild; {@link cn.rxzf.portal.site.PagePlan} lists every
 * output. Inside, imports point one way: this package → {@code stats} → {@code publish} → {@code render}, and
 * {@code history}. The search index is written beside the pages through {@link cn.rxzf.portal.site.SiteIndex},
 * supplied by {@code app}: the generator imports no feature.
 */
package cn.rxzf.portal.site;
