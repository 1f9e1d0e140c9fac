/** Public comments on drafts: the form, the receipt with a tracking number, and the store behind them. */
package cn.rxzf.portal.comments;
