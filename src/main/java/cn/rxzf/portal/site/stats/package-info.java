/** Statistics of the published content and of the departments' statistics forms: counts, SVG bar charts drawn at build time, and the forms as CSV and XLSX. */
package cn.rxzf.portal.site.stats;
