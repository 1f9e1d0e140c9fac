package cn.rxzf.portal.content;

/** One thing wrong with the content, located by file (as the user named it) and 1-based line. */
public record Problem(String path, int line, String message) implements Comparable<Problem> {

    @Override
    public String toString() {
        return path + ":" + line + ": " + message;
    }

    /** GitHub Actions workflow command, so that a pull request shows the error on the line. */
    public String toGithubAnnotation() {
        return "::error file=" + path + ",line=" + line + "::" + message.replace("%", "%25").replace("\n", "%0A");
    }

    /** The same as a GitHub warning: shown on the line, does not fail the check. */
    public String toGithubWarning() {
        return "::warning" + toGithubAnnotation().substring("::error".length());
    }

    @Override
    public int compareTo(Problem o) {
        int c = path.compareTo(o.path);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
