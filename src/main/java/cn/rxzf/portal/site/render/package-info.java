/**
 * Stage 2 of the build: turns validated content into pages. jbake-core supplies the configuration, the
 * template-engine registry (our Pebble 4 engine plugs into it) and asset copying; the page plan and the linear,
 * parallel renderer are ours, because jbake's own {@code Oven} renders each document type in O(N²).
 */
package cn.rxzf.portal.site.render;
