package cn.rxzf.portal.app.cli;

import cn.rxzf.portal.content.Problem;
import java.io.PrintStream;
import java.util.List;

/** Prints problems as {@code path:line: message} or as GitHub annotations, then a count. */
final class ProblemPrinter {
    private ProblemPrinter() {}

    static void print(List<Problem> problems, String format, PrintStream out) {
        for (Problem p : problems) out.println(format.equals("github") ? p.toGithubAnnotation() : p.toString());
        out.println("发现 " + problems.size() + " 个问题，未发布任何内容。");
    }

    /** Warnings: shown like problems, marked 提醒, and they do not stop a build. */
    static void warnings(List<Problem> warnings, String format, PrintStream out) {
        for (Problem p : warnings) {
            out.println(format.equals("github") ? p.toGithubWarning()
                    : p.path() + ":" + p.line() + ": 提醒：" + p.message());
        }
    }
}
