package cn.rxzf.portal.cli;

import cn.rxzf.portal.build.BuildResult;
import cn.rxzf.portal.build.SiteBuilder;
import cn.rxzf.portal.config.Settings;
import java.io.IOException;

public final class BuildCommand {
    private BuildCommand() {}

    public static int run(Settings settings) throws IOException {
        BuildResult result = new SiteBuilder(settings).build();
        if (!result.ok()) {
            ProblemPrinter.print(result.problems(), settings.format(), System.err);
            return 1;
        }
        System.out.printf("built %s: %d files, %d items in %d ms%n", settings.outDir(), result.written(),
                result.items(), result.millis());
        return 0;
    }
}
