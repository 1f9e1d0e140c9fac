import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.content.ContentLoader;
import cn.rxzf.portal.web.LiveSite;
import cn.rxzf.portal.web.Services;
import cn.rxzf.portal.app.WebApp;
import java.util.List;
import java.util.Map;

/**
 * The real service (WebApp, its search routes, SearchService) over a prebuilt index, with a small site for the
 * static pages: what the search benchmark measures, without the site's content of N items in the same heap.
 *
 *   java -Xmx256m -cp target/portal.jar bench/search/SearchServer.java CONTENT_DIR INDEX_DIR PORT [SITE_DIR]
 *
 * With SITE_DIR (a built site), its static pages are served too, e.g. to check the search page in a browser.
 */
public class SearchServer {
    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(List.of("--content", args[0], "--index", args[1], "--out",
                args.length > 3 ? args[3] : args[1] + "-no-site", "--date", "2026-11-22"), Map.of());
        ContentLoader.Result loaded = new ContentLoader(settings.contentDir(), settings.buildDate()).load();
        if (!loaded.ok()) throw new IllegalStateException(loaded.problems().sorted().toString());
        var app = WebApp.create(new Services(settings, new LiveSite(settings, loaded.content())))
                .start("127.0.0.1", Integer.parseInt(args[2]));
        System.out.println("ready on " + app.port());
    }
}
