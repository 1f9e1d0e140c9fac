/** Runs the stages in order (content → render → publish), for a full build or for the watcher's incremental one. */
package cn.rxzf.portal.build;
