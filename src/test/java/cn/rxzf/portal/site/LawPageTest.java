package cn.rxzf.portal.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.app.SiteBuilds;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The law page shows each provision's rules in plain words beside its text, so that they are reviewed together. */
class LawPageTest {
    @Test
    void each_provision_shows_its_rules_in_plain_words(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.minimal(dir).withLaw();
        BuildResult built = SiteBuilds.of(site.settings()).build();
        assertTrue(built.ok(), built.problems().toString());
        Path out = site.settings().outDir();
        Document d = Jsoup.parse(Files.readString(out.resolve("law/xingzheng-chufa/index.html")));
        String a33 = d.selectFirst("#a33 .law-rules").text();
        assertTrue(a33.contains("第一款第一句 违法行为轻微，及时改正，没有造成危害后果：应当不予处罚。"), a33);
        assertTrue(a33.contains("第一款第二句 初次违法，及时改正，危害后果轻微（或者没有危害后果）：可以不予处罚。"), a33);
        String a36 = d.selectFirst("#a36 .law-rules").text();
        assertTrue(a36.contains("涉及公民生命健康安全、金融安全，有危害后果：在五年内未被发现的，不再给予行政处罚。"), a36);
        Document tax = Jsoup.parse(Files.readString(out.resolve("law/shuishou-zhengshou-guanli/index.html")));
        assertTrue(tax.selectFirst("#a86 .law-rules").text().contains("税收领域的违法行为：在五年内未被发现的"), tax.text());
        assertTrue(d.selectFirst("#a37 .law-rules") == null, "a provision without rules shows none");
    }
}
