package cn.rxzf.portal.serve;

import io.javalin.Javalin;
import java.nio.file.Path;

/** Creates the (unstarted) web app serving a built site; the caller starts and stops it. */
public final class SiteServer {
    private SiteServer() {}

    public static Javalin create(Path siteDir) {
        StaticSite site = new StaticSite(siteDir);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> server.setStopTimeout(5_000));
            config.routes.get("/*", site::serve);
            config.routes.head("/*", site::serve);
        });
    }
}
