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
}
