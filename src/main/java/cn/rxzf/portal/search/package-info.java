/**
 * Chinese full-text search: the build writes a Lucene index of items, cases, procedures and lists beside the site,
 * and the service and the {@code search} command answer queries from it in a business owner's own words.
 */
package cn.rxzf.portal.search;
