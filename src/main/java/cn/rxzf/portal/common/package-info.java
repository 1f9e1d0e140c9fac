/** The few helpers every stage and feature shares (one home each, instead of a private copy per class). */
package cn.rxzf.portal.common;
