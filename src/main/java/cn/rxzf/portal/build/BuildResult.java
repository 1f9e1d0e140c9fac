package cn.rxzf.portal.build;

import cn.rxzf.portal.content.Problem;
import java.util.List;

/** What a build did: the problems (none when it published), how many files it wrote, and how long it took. */
public record BuildResult(List<Problem> problems, int written, int deleted, long millis, int items) {
    public boolean ok() {
        return problems.isEmpty();
    }
}
