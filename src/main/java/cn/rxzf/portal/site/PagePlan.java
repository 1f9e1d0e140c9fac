package cn.rxzf.portal.site;

import cn.rxzf.portal.site.history.Commit;
import cn.rxzf.portal.site.render.Output;
import cn.rxzf.portal.site.render.PageRenderer;
import cn.rxzf.portal.site.render.Slugs;
import cn.rxzf.portal.site.render.Vars;

import cn.rxzf.portal.common.UnionSet;
import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.citations.ConsistencyReport;
import cn.rxzf.portal.content.citations.Provisions;
import cn.rxzf.portal.content.model.Case;
import cn.rxzf.portal.content.model.Department;
import cn.rxzf.portal.content.model.Draft;
import cn.rxzf.portal.content.model.EnforcementList;
import cn.rxzf.portal.content.model.FormTemplate;
import cn.rxzf.portal.content.model.Item;
import cn.rxzf.portal.content.model.Page;
import cn.rxzf.portal.content.model.Procedure;
import cn.rxzf.portal.site.history.History;
import cn.rxzf.portal.site.history.HistoryView;
import cn.rxzf.portal.site.history.ListDiff;
import cn.rxzf.portal.site.publish.DataFiles;
import cn.rxzf.portal.site.publish.JsonSchemas;
import cn.rxzf.portal.site.publish.OpenData;
import cn.rxzf.portal.site.publish.ProvisionData;
import cn.rxzf.portal.site.publish.Sitemap;
import cn.rxzf.portal.site.stats.SiteStatistics;
import cn.rxzf.portal.site.stats.StatisticsFiles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Every file of the site, decided once from the content: one entry per page or data file, each with the content
 * files it is made from. Rendering is then a flat, parallel loop over this list, linear in the number of files.
 */
public final class PagePlan {
    private PagePlan() {}

    /** The plan without change history (pages say it was not read). */
    public static List<Output> of(Content content, PageRenderer pages) {
        return of(content, History.unavailable("未读取修改记录"), pages);
    }

    public static List<Output> of(Content content, History changes, PageRenderer pages) {
        List<Output> out = new ArrayList<>();
        Set<String> always = Set.of(Output.ALWAYS);
        HistoryView history = new HistoryView(changes, content);

        out.add(new Output("index.html", always, pages.page("home.peb", "/", Map.of())));
        out.add(new Output("404.html", always, pages.page("404.peb", "/404.html", Map.of())));
        out.add(new Output("feed.xml", always, pages.page("feed.peb", "/feed.xml", Map.of())));

        listIndexes(content, pages, out, always);
        // Shared, not copied into each item's set: at 100,000 items the copies took more than the 2 GB heap.
        Set<String> lawTable = content.lawTable.path() == null ? Set.of() : Set.of(content.lawTable.path());
        Map<Provisions.Provision, Set<String>> citingLists = new IdentityHashMap<>(); // records hash deeply
        for (EnforcementList l : content.lists.values()) {
            Set<String> deps = deps(l.path(), content.departments.get(l.department()).path());
            EnforcementList successor = content.successorOf(l.id());
            if (successor != null) deps.add(successor.path());
            deps = Set.copyOf(deps);
            out.add(new Output("lists/" + l.id() + "/index.html", deps,
                    pages.page("list.peb", l.url(), Vars.of("list", l, "department", content.departments.get(l.department()),
                            "successor", successor, "history", history, "changes", history.ofList(l)))));
            out.add(new Output("lists/" + l.id() + "/" + l.id() + ".csv", deps(l.path()), () -> DataFiles.csv(l, content.site.baseUrl())));
            out.add(new Output("lists/" + l.id() + "/" + l.id() + ".json", deps(l.path()), () -> DataFiles.json(l, content.site.baseUrl())));
            out.add(new Output("lists/" + l.id() + "/" + l.id() + ".xlsx", deps(l.path()), () -> DataFiles.xlsx(l, content.site.baseUrl())));
            for (Item i : l.items()) {
                List<Case> cases = content.casesOfItem(i.id());
                List<Set<String>> itemDeps = new ArrayList<>();
                itemDeps.add(deps);
                itemDeps.add(lawTable);
                Set<String> casePaths = new HashSet<>();
                for (Case c : cases) casePaths.add(c.path());
                itemDeps.add(casePaths);
                // The block 同一违法条款的其他清单 reads the lists sharing a provision with the item.
                for (Provisions.Provision p : content.provisions.ofItem(i.id())) {
                    if (p.isGeneral()) continue; // not in the block: a change elsewhere does not touch this page
                    itemDeps.add(citingLists.computeIfAbsent(p, PagePlan::listsCiting));
                }
                out.add(new Output("items/" + i.id() + "/index.html", UnionSet.of(itemDeps), pages.page("item.peb", i.url(),
                        Vars.of("item", i, "list", l, "department", content.departments.get(l.department()),
                                "cases", cases, "successor", successor, "history", history,
                                "itemChanges", history.ofItem(i.id()),
                                "provisions", content.provisions.ofItem(i.id()),
                                "neighbours", content.provisions.neighbours(i)))));
            }
        }

        out.add(new Output("cases/index.html", always, pages.page("cases.peb", "/cases/", Map.of())));
        for (Case c : content.cases.values()) {
            out.add(new Output("cases/" + c.id() + "/index.html", always, pages.page("case.peb", c.url(),
                    Vars.of("case", c, "department", content.departments.get(c.department())))));
        }
        if (!content.laws.isEmpty()) {
            out.add(new Output("law/index.html", always, pages.page("laws.peb", "/law/", Map.of())));
            for (cn.rxzf.portal.content.model.Law law : content.laws.values()) {
                out.add(new Output("law/" + law.id() + "/index.html", always, pages.page("law.peb", law.url(),
                        Vars.of("law", law))));
            }
        }
        provisionPages(content, pages, out, always);
        out.add(new Output("methods/index.html", always, pages.page("methods.peb", "/methods/", Map.of())));
        for (Procedure m : content.methods.values()) {
            out.add(new Output("methods/" + m.id() + "/index.html", always, pages.page("procedure.peb", m.url(),
                    Vars.of("procedure", m, "department", null, "cases", content.casesOfMethod(m.id())))));
        }
        out.add(new Output("procedures/index.html", always, pages.page("procedures.peb", "/procedures/", Map.of())));
        for (Procedure p : content.procedures.values()) {
            out.add(new Output("procedures/" + p.id() + "/index.html", always, pages.page("procedure.peb", p.url(),
                    Vars.of("procedure", p, "department", content.departments.get(p.department()), "cases", List.of()))));
        }
        out.add(new Output("forms/index.html", always, pages.page("forms.peb", "/forms/", Map.of())));
        for (FormTemplate f : content.forms.values()) {
            out.add(new Output("forms/" + f.id() + "/index.html", always, pages.page("form.peb", f.url(),
                    Vars.of("form", f, "department", content.departments.get(f.department())))));
        }
        out.add(new Output("drafts/index.html", always, pages.page("drafts.peb", "/drafts/", Map.of())));
        for (Draft d : content.drafts.values()) {
            // The service serves this page live (window, count, form); this static copy is for hosts without it.
            out.add(new Output("drafts/" + d.id() + "/index.html", always, pages.page("draft.peb", d.url(),
                    Vars.of("draft", d, "department", content.departments.get(d.department()), "live", false,
                            "phase", d.phase(pages.today()), "commentCount", null, "token", null,
                            "errors", List.of(), "values", Map.of(), "limits", Map.of(),
                            "decided", List.of(), "decidedCounts", Map.of()))));
        }
        out.add(new Output("questionnaires/index.html", always, pages.page("questionnaires.peb", "/questionnaires/",
                Map.of())));
        for (cn.rxzf.portal.content.model.Questionnaire q : content.questionnaires.values()) {
            // The service serves this page live (form, receipt, results); this static copy is for hosts without it.
            out.add(new Output("questionnaires/" + q.id() + "/index.html", always, pages.page("questionnaire.peb",
                    q.url(), Vars.of("questionnaire", q, "department", content.departments.get(q.department()),
                            "live", false, "phase", q.phase(pages.today()), "results", null, "total", null, "token", null,
                            "errors", List.of(), "chosen", Map.of(), "texts", Map.of(), "values", Map.of()))));
        }
        out.add(new Output("departments/index.html", always, pages.page("departments.peb", "/departments/", Map.of())));
        for (Department d : content.departments.values()) {
            out.add(new Output("departments/" + d.code() + "/index.html", always, pages.page("department.peb", d.url(),
                    Vars.of("department", d, "lists", filter(content.lists.values(), l -> l.department().equals(d.code())),
                            "questionnaires", filter(content.questionnaires.values(), q -> q.department().equals(d.code()))))));
        }
        for (Page p : content.pages.values()) {
            out.add(new Output("pages/" + p.id() + "/index.html", always, pages.page("page.peb", p.url(),
                    Vars.of("page", p))));
        }
        historyPages(content, history, pages, out, always);
        statisticsAndData(content, pages, out, always);
        sitemaps(content, out, always);
        return out;
    }

    /** 同一违法条款: the index by law, one page per provision, the consistency report. */
    private static void provisionPages(Content content, PageRenderer pages, List<Output> out, Set<String> always) {
        Provisions provisions = content.provisions;
        List<ConsistencyReport.Row> report = ConsistencyReport.of(provisions);
        out.add(new Output("provisions/index.html", always, pages.page("provisions.peb", "/provisions/",
                Vars.of("provisions", provisions, "byLaw", provisions.byLaw(), "report", report))));
        out.add(new Output("provisions/report/index.html", always, pages.page("provisions-report.peb",
                "/provisions/report/", Vars.of("report", report))));
        // A provision page shows its law's entry and text and the items citing it: it is redone when one of those
        // files changes, not on every save (with ALWAYS, a one-item save rewrote all ~8,500 of the 10k site's).
        Set<String> lawFiles = new HashSet<>();
        if (content.lawTable.path() != null) lawFiles.add(content.lawTable.path());
        for (cn.rxzf.portal.content.model.Law law : content.laws.values()) if (law.path() != null) lawFiles.add(law.path());
        for (Provisions.Provision p : provisions.all()) {
            Set<String> deps = new HashSet<>(lawFiles);
            for (Provisions.Entry e : p.entries()) {
                deps.add(e.list().path());
                deps.add(content.departments.get(e.list().department()).path());
            }
            out.add(new Output(p.url().substring(1) + "index.html", deps, pages.page("provision.peb", p.url(),
                    Vars.of("provision", p))));
        }
        out.add(new Output("data/provisions.json", always, () -> ProvisionData.json(content)));
        out.add(new Output("data/provisions.csv", always, () -> ProvisionData.csv(content)));
        out.add(new Output("data/provisions.xlsx", always, () -> ProvisionData.xlsx(content)));
        out.add(new Output("data/provisions-report.csv", always, () -> ProvisionData.reportCsv(content, report)));
    }

    /** 更新记录, its feeds (site and per department), and the comparison pages of list versions. */
    private static void historyPages(Content content, HistoryView history, PageRenderer pages, List<Output> out,
                                     Set<String> always) {
        out.add(new Output("changes/index.html", always, pages.page("changes.peb", "/changes/", Vars.of("history", history))));
        out.add(new Output("changes/feed.xml", always, pages.page("changes-feed.peb", "/changes/feed.xml",
                Vars.of("history", history, "department", null, "commits", history.commits(HistoryView.FEED_COMMITS),
                        "lists", content.recentLists(HistoryView.FEED_COMMITS)))));
        for (Department d : content.departments.values()) {
            List<cn.rxzf.portal.site.history.Commit> commits = history.ofDepartment(d.code());
            out.add(new Output("departments/" + d.code() + "/feed.xml", always, pages.page("changes-feed.peb",
                    "/departments/" + d.code() + "/feed.xml", Vars.of("history", history, "department", d,
                            "commits", commits.subList(0, Math.min(commits.size(), HistoryView.FEED_COMMITS)),
                            "lists", content.listsOf(d.code()).stream().limit(HistoryView.FEED_COMMITS).toList()))));
        }
        for (String listId : new java.util.TreeSet<>(changes(history).listsWithDiffs())) {
            EnforcementList l = content.lists.get(listId);
            Set<String> deps = l == null ? always : deps(l.path());
            List<ListDiff> diffs = changes(history).diffs(listId);
            for (ListDiff d : diffs) {
                out.add(new Output(d.url().substring(1) + "index.html", deps, pages.page("diff.peb", d.url(),
                        Vars.of("diff", d, "history", history, "others", diffs))));
            }
        }
    }

    /** The statistics page and its downloads; the open-data page, its site-wide files and their schemas. */
    private static void statisticsAndData(Content content, PageRenderer pages, List<Output> out, Set<String> always) {
        SiteStatistics stats = new SiteStatistics(content);
        out.add(new Output("statistics/index.html", always, pages.page("statistics.peb", "/statistics/", Vars.of("stats", stats))));
        out.add(new Output("statistics/statistics.csv", always, () -> StatisticsFiles.csv(stats)));
        out.add(new Output("statistics/statistics.xlsx", always, () -> StatisticsFiles.xlsx(stats)));
        out.add(new Output("data/index.html", always, pages.page("data.peb", "/data/", Map.of())));
        out.add(new Output("data/lists.json", always, () -> OpenData.listsJson(content)));
        out.add(new Output("data/items.json", always, () -> OpenData.itemsJson(content)));
        out.add(new Output("data/items.csv", always, () -> OpenData.itemsCsv(content)));
        out.add(new Output("data/cases.json", always, () -> OpenData.casesJson(content)));
        out.add(new Output("data/cases.csv", always, () -> OpenData.casesCsv(content)));
        JsonSchemas.all(content.site.baseUrl()).forEach((name, bytes) ->
                out.add(new Output("data/schema/" + name, always, () -> bytes)));
    }

    private static History changes(HistoryView view) {
        return view.history();
    }

    /** Every HTML page but the 404, in plan order. */
    private static void sitemaps(Content content, List<Output> out, Set<String> always) {
        List<String> urls = new ArrayList<>();
        for (Output o : out) {
            if (o.path().endsWith("index.html")) urls.add("/" + o.path().substring(0, o.path().length() - "index.html".length()));
        }
        for (var file : Sitemap.files(content.site.baseUrl(), urls)) {
            out.add(new Output(file.getKey(), always, file::getValue));
        }
    }

    /** The list index and one pre-filtered index per facet value, so that filtering works with JavaScript off. */
    private static void listIndexes(Content content, PageRenderer pages, List<Output> out, Set<String> always) {
        out.add(new Output("lists/index.html", always, pages.page("lists.peb", "/lists/",
                Vars.of("facet", null, "facetValue", null, "lists", List.copyOf(content.lists.values())))));
        facet(content, pages, out, always, "department", "部门", EnforcementList::department);
        facet(content, pages, out, always, "type", "类型", EnforcementList::type);
        facet(content, pages, out, always, "status", "状态", EnforcementList::status);
        Map<String, List<EnforcementList>> byArea = new TreeMap<>();
        for (EnforcementList l : content.lists.values()) {
            Set<String> areas = new java.util.TreeSet<>();
            for (Item i : l.items()) areas.add(i.area());
            for (String a : areas) byArea.computeIfAbsent(a, k -> new ArrayList<>()).add(l);
        }
        byArea.forEach((area, lists) -> out.add(new Output("lists/area/" + Slugs.of(area) + "/index.html", always,
                pages.page("lists.peb", "/lists/area/" + Slugs.of(area) + "/",
                        Vars.of("facet", "领域", "facetValue", area, "lists", lists)))));
    }

    private static void facet(Content content, PageRenderer pages, List<Output> out, Set<String> always,
                              String segment, String label, Function<EnforcementList, String> key) {
        Map<String, List<EnforcementList>> groups = new TreeMap<>();
        for (EnforcementList l : content.lists.values()) groups.computeIfAbsent(key.apply(l), k -> new ArrayList<>()).add(l);
        groups.forEach((value, lists) -> {
            String slug = segment.equals("department") ? value : Slugs.of(value);
            String url = "/lists/" + segment + "/" + slug + "/";
            Object shown = segment.equals("department") ? content.departments.get(value).name() : value;
            out.add(new Output(url.substring(1) + "index.html", always, pages.page("lists.peb", url,
                    Vars.of("facet", label, "facetValue", shown, "lists", lists))));
        });
    }

    private static <T> List<T> filter(java.util.Collection<T> values, java.util.function.Predicate<T> keep) {
        List<T> out = new ArrayList<>();
        for (T v : values) if (keep.test(v)) out.add(v);
        return out;
    }

    private static Set<String> listsCiting(Provisions.Provision p) {
        Set<String> paths = new HashSet<>();
        for (Provisions.Entry e : p.byList().values()) paths.add(e.list().path());
        return Set.copyOf(paths);
    }

    private static Set<String> deps(String... paths) {
        return new HashSet<>(List.of(paths));
    }

}
