/**
 * The top of the house: what puts the rooms together for a running process — the web app's route table
 * ({@link cn.rxzf.portal.app.WebApp}), the generator with the search index beside it, the watcher that rebuilds on
 * save, the housekeeping jobs; the commands live in {@code app.cli}. Only this room may import every other one.
 */
package cn.rxzf.portal.app;
