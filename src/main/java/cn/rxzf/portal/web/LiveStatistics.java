package cn.rxzf.portal.web;

import cn.rxzf.portal.site.render.Vars;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code /statistics/online/}: the figures that live in the database (告知承诺, 满意度 from 回访), each table supplied
 * by its feature, as a page and as JSON ({@code /statistics/online.json}). Aggregates only: nothing personal.
 */
public final class LiveStatistics {
    private final Services services;
    private final List<Supplier<StatisticsTable>> tables;

    public LiveStatistics(Services services, List<Supplier<StatisticsTable>> tables) {
        this.services = services;
        this.tables = List.copyOf(tables);
    }

    public void page(Context ctx) throws Exception {
        services.site().respond(ctx, 200, "statistics-online.peb", "/statistics/online/", Vars.of("tables", compute()));
    }

    public void json(Context ctx) {
        ctx.header("Cache-Control", "no-store").json(compute());
    }

    private List<StatisticsTable> compute() {
        List<StatisticsTable> out = new ArrayList<>();
        for (Supplier<StatisticsTable> t : tables) out.add(t.get());
        return out;
    }
}
