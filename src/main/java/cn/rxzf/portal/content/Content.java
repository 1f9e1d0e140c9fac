package cn.rxzf.portal.content;

import cn.rxzf.portal.content.citations.LawTable;
import cn.rxzf.portal.content.citations.Provisions;
import cn.rxzf.portal.content.model.AdoptionReport;
import cn.rxzf.portal.content.model.Case;
import cn.rxzf.portal.content.model.CreditRules;
import cn.rxzf.portal.content.model.Department;
import cn.rxzf.portal.content.model.Draft;
import cn.rxzf.portal.content.model.EnforcementList;
import cn.rxzf.portal.content.model.FormTemplate;
import cn.rxzf.portal.content.model.Item;
import cn.rxzf.portal.content.model.Law;
import cn.rxzf.portal.content.model.Page;
import cn.rxzf.portal.content.model.Procedure;
import cn.rxzf.portal.content.model.Questionnaire;
import cn.rxzf.portal.content.model.Site;
import cn.rxzf.portal.content.model.Statistics;
import cn.rxzf.portal.content.model.Synonym;
import cn.rxzf.portal.content.model.WorkCalendarYear;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the site is made of, in a fixed order (so output is deterministic), with the lookups the pages
 * need. Built only from content that passed validation.
 */
public final class Content {
    public final Site site;
    public final Map<String, Department> departments;
    public final Map<String, EnforcementList> lists;
    public final Map<String, Item> items;
    public final Map<String, Case> cases;
    public final Map<String, Procedure> methods;
    public final Map<String, Procedure> procedures;
    public final Map<String, FormTemplate> forms;
    public final Map<String, Draft> drafts;
    public final Map<String, Page> pages;
    /** Public questionnaires, the latest opening first. */
    public final Map<String, Questionnaire> questionnaires;
    /** Search synonyms from {@code search/synonyms.yaml}, in file order. */
    public final List<Synonym> synonyms;
    /** Statistics forms, by department code then period start. */
    public final List<Statistics> statistics;
    /** 采纳情况 reports by draft id. */
    public final Map<String, AdoptionReport> adoptions;
    /** Credit-repair rules; null when the site publishes none (credit repair is then off). */
    public final CreditRules creditRules;
    /** The working-day calendar, one entry per year covered. */
    public final List<WorkCalendarYear> calendar;
    /** The laws the check and credit repair apply ({@code content/law/}), by id. */
    public final Map<String, Law> laws;
    /** The reviewed table of laws and regulations ({@code content/law/fagui-minglu.yaml}); empty without it. */
    public final LawTable lawTable;
    /** Every item's provision keys and the provision pages they make, read once here. */
    public final Provisions provisions;
    private final Map<String, List<Case>> casesByItem = new TreeMap<>();
    private final Map<String, List<Case>> casesByMethod = new TreeMap<>();
    private final Map<String, EnforcementList> successorOf = new TreeMap<>();
    private final List<String> areas;

    Content(Site site, List<Department> departments, List<EnforcementList> lists, List<Case> cases,
            List<Procedure> methods, List<Procedure> procedures, List<FormTemplate> forms, List<Draft> drafts,
            List<Page> pages, List<Synonym> synonyms, List<Statistics> statistics, List<AdoptionReport> adoptions,
            CreditRules creditRules, List<WorkCalendarYear> calendar, List<Law> laws, LawTable lawTable,
            List<Questionnaire> questionnaires) {
        this.site = site;
        this.departments = ordered(departments, Comparator.comparingInt(Department::order)
                .thenComparing(Department::code), Department::code);
        this.lists = ordered(lists, Comparator.comparing(EnforcementList::publishedDate).reversed()
                .thenComparing(EnforcementList::id), EnforcementList::id);
        Map<String, Item> allItems = new LinkedHashMap<>();
        for (EnforcementList l : this.lists.values()) for (Item i : l.items()) allItems.put(i.id(), i);
        this.items = java.util.Collections.unmodifiableMap(allItems);
        this.cases = ordered(cases, Comparator.comparing(Case::date).reversed().thenComparing(Case::id), Case::id);
        this.methods = ordered(methods, Comparator.comparing(Procedure::id), Procedure::id);
        this.procedures = ordered(procedures, Comparator.comparing(Procedure::id), Procedure::id);
        this.forms = ordered(forms, Comparator.comparing(FormTemplate::id), FormTemplate::id);
        this.drafts = ordered(drafts, Comparator.comparing(Draft::opens).reversed().thenComparing(Draft::id), Draft::id);
        this.questionnaires = ordered(questionnaires, Comparator.comparing(Questionnaire::opens).reversed()
                .thenComparing(Questionnaire::id), Questionnaire::id);
        this.pages = ordered(pages, Comparator.comparingInt(Page::order).thenComparing(Page::id), Page::id);
        this.synonyms = List.copyOf(synonyms);
        List<Statistics> stats = new ArrayList<>(statistics);
        stats.sort(Comparator.comparing(Statistics::department).thenComparing(Statistics::from));
        this.statistics = List.copyOf(stats);
        this.adoptions = ordered(adoptions, Comparator.comparing(AdoptionReport::draftId), AdoptionReport::draftId);
        this.creditRules = creditRules;
        List<WorkCalendarYear> years = new ArrayList<>(calendar);
        years.sort(Comparator.comparingInt(WorkCalendarYear::year));
        this.calendar = List.copyOf(years);
        this.laws = ordered(laws, Comparator.comparing(Law::id), Law::id);
        this.lawTable = lawTable;
        this.provisions = new Provisions(lawTable, this.lists.values(), this.laws);
        for (Case c : this.cases.values()) {
            for (String id : c.itemIds()) casesByItem.computeIfAbsent(id, k -> new ArrayList<>()).add(c);
            for (String id : c.methodIds()) casesByMethod.computeIfAbsent(id, k -> new ArrayList<>()).add(c);
        }
        for (EnforcementList l : this.lists.values()) {
            if (l.supersedes() != null) successorOf.put(l.supersedes(), l);
        }
        java.util.TreeSet<String> allAreas = new java.util.TreeSet<>();
        for (Item i : this.items.values()) allAreas.add(i.area());
        this.areas = List.copyOf(allAreas);
    }

    /** Citations the parser could not read, as warnings at the item's line (they do not stop a build). */
    public List<Problem> citationWarnings() {
        List<Problem> out = new ArrayList<>();
        for (Provisions.Failure f : provisions.failures()) {
            out.add(new Problem(f.path(), f.line(), "条目“" + f.itemId() + "”的“" + f.field() + "”中有无法解析的引用："
                    + f.text() + "（请写作《法规全称》第X条第X款第X项，或把法规补入 law/fagui-minglu.yaml）"));
        }
        return out;
    }

    public List<Case> casesOfItem(String itemId) {
        return casesByItem.getOrDefault(itemId, List.of());
    }

    public List<Case> casesOfMethod(String methodId) {
        return casesByMethod.getOrDefault(methodId, List.of());
    }

    /** The list that replaced this one, or null. */
    public EnforcementList successorOf(String listId) {
        return successorOf.get(listId);
    }

    public EnforcementList listOf(Item item) {
        return lists.get(item.listId());
    }

    /** Number of lists of each type, in the fixed order of {@link EnforcementList#TYPES}; types without lists left out. */
    public Map<String, Integer> listCountsByType() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String t : EnforcementList.TYPES) {
            int n = 0;
            for (EnforcementList l : lists.values()) if (l.type().equals(t)) n++;
            if (n > 0) counts.put(t, n);
        }
        return counts;
    }

    /** Drafts accepting comments on the given day. */
    public List<Draft> openDrafts(java.time.LocalDate today) {
        List<Draft> open = new ArrayList<>();
        for (Draft d : drafts.values()) if (d.phase(today).equals("征求意见中")) open.add(d);
        return open;
    }

    /** Questionnaires in the given phase ({@link Questionnaire#OPEN}, …) on the given day, the latest opening first. */
    public List<Questionnaire> questionnairesIn(String phase, java.time.LocalDate today) {
        List<Questionnaire> out = new ArrayList<>();
        for (Questionnaire q : questionnaires.values()) if (q.phase(today).equals(phase)) out.add(q);
        return out;
    }

    public List<EnforcementList> listsOf(String department) {
        List<EnforcementList> out = new ArrayList<>();
        for (EnforcementList l : lists.values()) if (l.department().equals(department)) out.add(l);
        return out;
    }

    /** The {@code n} most recently published lists. */
    public List<EnforcementList> recentLists(long n) {
        return lists.values().stream().limit(n).toList();
    }

    /** The {@code n} most recent cases. */
    public List<Case> recentCases(long n) {
        return cases.values().stream().limit(n).toList();
    }

    /** Every 领域 that some item has, sorted. */
    public List<String> areas() {
        return areas;
    }

    /** A department's name, or its code when no such department is published (e.g. an account made before it). */
    public String departmentName(String code) {
        Department d = departments.get(code);
        return d == null ? code : d.name();
    }

    /** The 采纳情况 of a draft, or null while none is published. */
    public AdoptionReport adoptionOf(String draftId) {
        return adoptions.get(draftId);
    }

    /**
     * The department that owns a page of the site (for page feedback): the department of the list, item, case,
     * procedure, form or draft the path names, or the department itself; null for site-wide pages.
     */
    public String departmentOfPage(String path) {
        String[] p = path.split("/");
        if (p.length < 3 || !p[0].isEmpty()) return null;
        String id = p[2];
        return switch (p[1]) {
            case "items" -> items.containsKey(id) ? lists.get(items.get(id).listId()).department() : null;
            case "lists" -> lists.containsKey(id) ? lists.get(id).department() : null;
            case "cases" -> cases.containsKey(id) ? cases.get(id).department() : null;
            case "procedures" -> procedures.containsKey(id) ? procedures.get(id).department() : null;
            case "forms" -> forms.containsKey(id) ? forms.get(id).department() : null;
            case "drafts" -> drafts.containsKey(id) ? drafts.get(id).department() : null;
            case "departments" -> departments.containsKey(id) ? id : null;
            default -> null;
        };
    }

    public int itemCount() {
        return items.size();
    }

    private static <T> Map<String, T> ordered(List<T> values, Comparator<T> order,
                                              java.util.function.Function<T, String> key) {
        List<T> sorted = new ArrayList<>(values);
        sorted.sort(order);
        Map<String, T> map = new LinkedHashMap<>();
        for (T v : sorted) map.put(key.apply(v), v);
        return java.util.Collections.unmodifiableMap(map);
    }
}
