package cn.rxzf.portal.app.cli;

import cn.rxzf.portal.app.SiteBuilds;
import cn.rxzf.portal.site.BuildResult;
import cn.rxzf.portal.site.SiteBuilder;
import cn.rxzf.portal.config.Settings;
import java.io.IOException;

public final class BuildCommand {
    private BuildCommand() {}

    public static int run(Settings settings) throws IOException {
        BuildResult result = SiteBuilds.of(settings).build();
        if (!result.ok()) {
            ProblemPrinter.print(result.problems(), settings.format(), System.err);
            return 1;
        }
        System.out.printf("built %s: %d files, %d items in %d ms%n", settings.outDir(), result.written(),
                result.items(), result.millis());
        return 0;
    }
}
