/**
 * Stage 1 of the build: reads the {@code content/} tree into immutable model records and collects every problem
 * with its file and line, so that nothing bad reaches the site.
 */
package cn.rxzf.portal.content;
