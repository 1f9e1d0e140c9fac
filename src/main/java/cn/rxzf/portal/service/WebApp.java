package cn.rxzf.portal.service;

import cn.rxzf.portal.serve.StaticSite;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;

/**
 * Creates the (unstarted) service. Every route is listed in {@link #routes}; handlers are method references.
 * Static files are the fallback for every GET that no route claims.
 */
public final class WebApp {
    private WebApp() {}

    public static Javalin create(Services services) {
        StaticSite site = new StaticSite(services.settings().outDir());
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            // Let in-flight requests finish on stop (Javalin's default stop timeout is 0).
            config.jetty.modifyServer(server -> server.setStopTimeout(5_000));
            config.routes.before(StaticSite::securityHeaders);
            routes(config.routes, services);
            config.routes.get("/*", site::serve);
            config.routes.head("/*", site::serve);
        });
    }

    private static void routes(RoutesConfig routes, Services services) {
        routes.get("/healthz", ctx -> ctx.json(java.util.Map.of("status", "ok")));
        cn.rxzf.portal.search.SearchController search = new cn.rxzf.portal.search.SearchController(services);
        routes.get("/api/search", search::api);
        routes.get("/search", search::page);
    }
}
