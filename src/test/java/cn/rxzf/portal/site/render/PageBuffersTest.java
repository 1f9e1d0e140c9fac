package cn.rxzf.portal.site.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.ContentLoader;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.jbake.template.model.TemplateModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages rendered into their thread's reused buffer, with the templates' fixed text encoded once, are the bytes
 * {@code String.getBytes(UTF_8)} gives for what Pebble writes.
 */
class PageBuffersTest {
    @TempDir
    Path dir;

    @Test
    void aPageRenderedIntoTheReusedBufferIsThePageRenderedAlone() throws Exception {
        Content content = new ContentLoader(Path.of("content"), TestSite.TODAY).load().content();
        PageRenderer pages = new PageRenderer(new Templates(Path.of("site-templates"), dir.resolve("out")), content,
                TestSite.TODAY);
        // a large page first (the provision index), then smaller ones: nothing of the larger may be left over
        for (Output.Producer page : new Output.Producer[] {
                pages.page("provisions.peb", "/provisions/", Map.of("provisions", content.provisions,
                        "byLaw", content.provisions.byLaw(), "report",
                        cn.rxzf.portal.content.citations.ConsistencyReport.of(content.provisions))),
                pages.page("home.peb", "/", Map.of()), pages.page("404.peb", "/404.html", Map.of()),
                pages.page("home.peb", "/", Map.of())}) {
            ByteArrayOutputStream into = new ByteArrayOutputStream();
            page.produceInto((bytes, length) -> into.write(bytes, 0, length));
            assertArrayEquals(page.produce(), into.toByteArray());
        }
    }

    @Test
    void fixedTextAfterHalfASurrogatePairIsEncodedAsTheWholeStringWouldBe() throws Exception {
        Files.writeString(dir.resolve("t.peb"), "<p>{{ a | raw }}</p>固定😀文字{{ b | raw }}<i>{{ a | raw }}</i>",
                StandardCharsets.UTF_8);
        Templates templates = new Templates(dir, dir.resolve("out"));
        for (String[] ab : new String[][] {{"x", "y"}, {"\uD83D", "\uDE00"}, {"end\uD83D", "\uD83D"}, {"\uDE00", ""},
                {"中\uD83D\uDE00", "\uDBFF"}}) {
            TemplateModel model = new TemplateModel();
            model.put("a", ab[0]);
            model.put("b", ab[1]);
            StringWriter chars = new StringWriter();
            templates.render("t.peb", model, chars);
            Utf8Buffer out = new Utf8Buffer(8);
            templates.render("t.peb", model, out);
            assertArrayEquals(chars.toString().getBytes(StandardCharsets.UTF_8), out.toByteArray(),
                    Arrays.toString(ab));
        }
    }
}
