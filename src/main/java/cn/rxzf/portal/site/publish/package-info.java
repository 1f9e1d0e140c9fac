/**
 * Stage 3 of the build: the files beside the pages (open data, host configuration) and the atomic swap of the new
 * site into place, so that a failed build never leaves a half-written site.
 */
package cn.rxzf.portal.site.publish;
