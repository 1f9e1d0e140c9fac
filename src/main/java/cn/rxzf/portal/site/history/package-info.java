/** The public change history of the content, read once per build from git: who changed what and when, and version diffs of lists. */
package cn.rxzf.portal.site.history;
