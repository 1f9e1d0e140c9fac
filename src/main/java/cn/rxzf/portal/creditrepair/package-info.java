/**
 * Self-service credit repair (信用修复): eligibility from rules kept as data, a one-question-per-page application
 * with attachments, status by reference number and query code, and the deciding department's queue with deadlines
 * in working days.
 */
package cn.rxzf.portal.creditrepair;
