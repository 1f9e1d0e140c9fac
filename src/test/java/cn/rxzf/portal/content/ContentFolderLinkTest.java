package cn.rxzf.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operator may point --content at a link to the current release (it read nothing: "缺少站点设置文件 site.yaml"). */
class ContentFolderLinkTest {
    @TempDir
    Path dir;

    @Test
    void aContentFolderGivenAsALinkIsReadAsTheFolder() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("current"), Path.of("content").toAbsolutePath());
        ContentLoader.Result direct = new ContentLoader(Path.of("content"), TestSite.TODAY).load();
        ContentLoader.Result linked = new ContentLoader(link, TestSite.TODAY).load();
        assertTrue(linked.ok(), linked.problems().toString());
        assertEquals(direct.content().itemCount(), linked.content().itemCount());
        assertEquals(direct.content().lists.keySet(), linked.content().lists.keySet());
        assertTrue(linked.content().lists.values().iterator().next().path().startsWith(link.toString()),
                "problems and paths name the folder as the operator gave it");
    }
}
