/** The subcommands of {@code portal.jar}: one class each, each returning its exit code. */
package cn.rxzf.portal.app.cli;
