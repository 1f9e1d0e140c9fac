/** Immutable records of the published content: what the templates and the data files are made from. */
package cn.rxzf.portal.content.model;
