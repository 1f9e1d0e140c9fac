package cn.rxzf.portal.app.cli;

import cn.rxzf.portal.app.SiteBuilds;
import cn.rxzf.portal.site.SiteBuilder;
import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.content.Problem;
import java.util.List;

public final class CheckCommand {
    private CheckCommand() {}

    public static int run(Settings settings) {
        List<Problem> problems = SiteBuilds.checkOnly(settings).check();
        if (!problems.isEmpty()) {
            ProblemPrinter.print(problems, settings.format(), settings.format().equals("github") ? System.out : System.err);
            return 1;
        }
        System.out.println("内容检查通过：" + settings.contentDir());
        return 0;
    }
}
