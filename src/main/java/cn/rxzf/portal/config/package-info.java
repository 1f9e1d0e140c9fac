/** The run's settings: one record, built once from defaults, environment and flags. */
package cn.rxzf.portal.config;
