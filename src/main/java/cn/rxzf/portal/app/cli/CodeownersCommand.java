package cn.rxzf.portal.app.cli;

import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.site.publish.Codeowners;
import java.io.IOException;
import java.nio.file.Files;

/** {@code codeowners}: prints the CODEOWNERS file for the department folders (redirect it to .github/CODEOWNERS). */
public final class CodeownersCommand {
    private CodeownersCommand() {}

    public static int run(Settings settings) throws IOException {
        if (!Files.isDirectory(settings.contentDir())) {
            System.err.println(settings.contentDir() + ":1: 内容文件夹不存在");
            return 1;
        }
        System.out.print(Codeowners.of(settings.contentDir()));
        return 0;
    }
}
