package cn.rxzf.portal.site;

import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.Problem;
import java.util.List;

/**
 * What a build did: the problems (none when it published), how many files it wrote and deleted, how long it took,
 * and the content it published (null on failure).
 */
public record BuildResult(List<Problem> problems, int written, int deleted, long millis, Content content) {
    public boolean ok() {
        return problems.isEmpty();
    }

    public int items() {
        return content == null ? 0 : content.itemCount();
    }
}
