/** Serves the built site on localhost and, with {@code --watch}, rebuilds what changed as files are saved. */
package cn.rxzf.portal.serve;
