package cn.rxzf.portal.app.cli;

import cn.rxzf.portal.app.SiteBuilds;
import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.Problem;
import cn.rxzf.portal.content.citations.Provisions;
import cn.rxzf.portal.site.SiteBuilder;
import java.util.List;

public final class CheckCommand {
    private CheckCommand() {}

    public static int run(Settings settings) {
        SiteBuilder.Inspection inspection = SiteBuilds.checkOnly(settings).inspect();
        List<Problem> problems = inspection.problems();
        if (!problems.isEmpty()) {
            ProblemPrinter.print(problems, settings.format(), settings.format().equals("github") ? System.out : System.err);
            return 1;
        }
        Content content = inspection.content();
        ProblemPrinter.warnings(content.citationWarnings(), settings.format(), System.out);
        System.out.println(parseRate(content.provisions));
        System.out.println("内容检查通过：" + settings.contentDir());
        return 0;
    }

    /** The line that reports how many citations were read: the figure the editors' guide asks to keep ≥ 95 %. */
    static String parseRate(Provisions p) {
        int total = p.parsed() + p.failures().size();
        return String.format("条款解析率：%.1f%%（引用条款 %d 处，解析 %d 处，其中 %d 处项号原文缺失、按款归入；无法解析 %d 处；"
                        + "另有 %d 处只写了法规名称）；条款 %d 个，其中 %d 个有两份以上清单的条目", p.parseRate(), total,
                p.parsed(), p.marked(), p.failures().size(), p.lawOnly(), p.all().size(), p.shared().size());
    }
}
