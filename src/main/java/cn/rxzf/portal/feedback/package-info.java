/** Page feedback on every page: useful or not, and 我要纠错, routed to the department that owns the page. */
package cn.rxzf.portal.feedback;
