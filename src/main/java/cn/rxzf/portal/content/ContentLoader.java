package cn.rxzf.portal.content;

import cn.rxzf.portal.common.Parallel;
import cn.rxzf.portal.content.citations.LawEntry;
import cn.rxzf.portal.content.citations.LawTable;
import cn.rxzf.portal.content.model.AdoptionReport;
import cn.rxzf.portal.content.model.Case;
import cn.rxzf.portal.content.model.CreditRules;
import cn.rxzf.portal.content.model.Department;
import cn.rxzf.portal.content.model.Draft;
import cn.rxzf.portal.content.model.EnforcementList;
import cn.rxzf.portal.content.model.FormTemplate;
import cn.rxzf.portal.content.model.Law;
import cn.rxzf.portal.content.model.Page;
import cn.rxzf.portal.content.model.Procedure;
import cn.rxzf.portal.content.model.Questionnaire;
import cn.rxzf.portal.content.model.Site;
import cn.rxzf.portal.content.model.Statistics;
import cn.rxzf.portal.content.model.Synonym;
import cn.rxzf.portal.content.model.WorkCalendarYear;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Reads the content tree. Each file is parsed on its own (in parallel, and only again when it changed on disk, which
 * is what makes {@code serve --watch} fast); then the whole is assembled and the references between files checked.
 */
public final class ContentLoader {
    private static final int MAX_FILE_BYTES = 8 * 1024 * 1024;
    private static final Set<String> DEPARTMENT_FOLDERS = Set.of("lists", "cases", "procedures", "forms", "drafts",
            "adoption", "questionnaires");

    /** The outcome of a load: the content when there were no problems, and which files (display paths) changed since last time. */
    public record Result(Content content, Problems problems, Set<String> changed) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private record Stamp(long modified, long size) {}

    /** The record a synonyms file contributes. */
    private record SynonymList(List<Synonym> entries) {}

    private record Cached(Stamp stamp, ParsedFile parsed) {}

    private final Path root;
    private final String displayRoot;
    private final LocalDate today;
    private final Markdown markdown = new Markdown();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public ContentLoader(Path root, LocalDate today) {
        this.root = root;
        this.displayRoot = root.normalize().toString().replace('\\', '/');
        this.today = today;
    }

    public Result load() {
        Problems problems = new Problems();
        if (!Files.isDirectory(root)) {
            problems.add(displayRoot, 1, "内容文件夹不存在");
            return new Result(null, problems, Set.of());
        }
        Map<String, Stamp> files = scan(problems);
        Set<String> changed = new TreeSet<>();
        for (String rel : cache.keySet()) if (!files.containsKey(rel)) changed.add(display(rel));
        cache.keySet().retainAll(files.keySet());
        // Largest files first: the parallel parse then ends with small files on both cores.
        List<Map.Entry<String, Stamp>> bySize = new ArrayList<>(files.entrySet());
        bySize.sort(Comparator.comparingLong((Map.Entry<String, Stamp> e) -> e.getValue().size()).reversed()
                .thenComparing(Map.Entry::getKey));
        Parallel.forEach(bySize, e -> {
            Cached c = cache.get(e.getKey());
            if (c == null || !c.stamp.equals(e.getValue())) {
                cache.put(e.getKey(), new Cached(e.getValue(), parse(e.getKey())));
                synchronized (changed) {
                    changed.add(display(e.getKey()));
                }
            }
        });
        List<ParsedFile> parsed = new ArrayList<>();
        for (String rel : new TreeSet<>(files.keySet())) parsed.add(cache.get(rel).parsed);
        for (ParsedFile p : parsed) problems.addAll(p.problems());
        Content content = assemble(parsed, problems);
        return new Result(problems.isEmpty() ? content : null, problems, changed);
    }

    /** Every file under the root, with what identifies its version; unexpected files are problems. */
    private Map<String, Stamp> scan(Problems problems) {
        Map<String, Stamp> files = new HashMap<>();
        try {
            // The folder itself may be a link (a deployment switching releases by one); a linked folder inside it is not walked into.
            Path start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
            try (Stream<Path> walk = Files.walk(start)) {
                walk.forEach(p -> {
                    String rel = start.relativize(p).toString().replace('\\', '/');
                    if (rel.isEmpty() || isHidden(rel)) return;
                    try {
                        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                        if (a.isDirectory()) return;
                        if (kindOf(rel) == null) {
                            problems.add(display(rel), 1, "文件位置不符合约定，生成器不会读取它："
                                    + "请对照编辑指南放入相应文件夹，文件名只用小写字母、数字和连字符");
                            return;
                        }
                        files.put(rel, new Stamp(a.lastModifiedTime().toMillis(), a.size()));
                    } catch (IOException e) {
                        problems.add(display(rel), 1, "无法读取：" + e.getMessage());
                    }
                });
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(displayRoot, 1, "无法读取内容文件夹：" + e.getMessage());
        }
        return files;
    }

    private static boolean isHidden(String rel) {
        for (String part : rel.split("/")) if (part.startsWith(".")) return true;
        return false;
    }

    /** What a relative path holds, or null when nothing should be there. */
    static String kindOf(String rel) {
        String[] parts = rel.split("/");
        if (parts.length == 1) return parts[0].equals("site.yaml") ? "site" : null;
        String name = parts[parts.length - 1];
        if (parts.length == 2 && parts[0].equals("search") && name.equals("synonyms.yaml")) return "synonyms";
        if (parts.length == 2 && parts[0].equals("credit") && name.equals("rules.yaml")) return "credit-rules";
        if (rel.equals(LawTableReader.FILE)) return "law-table";
        if (parts.length == 2 && parts[0].equals("law") && name.endsWith(".yaml")
                && Fields.ID.matcher(name.substring(0, name.length() - 5)).matches()) {
            return "law";
        }
        if (parts.length == 2 && parts[0].equals("credit") && name.matches("calendar-\\d{4}\\.yaml")) return "calendar";
        if (parts.length == 4 && parts[0].equals("departments") && parts[2].equals("statistics")
                && name.endsWith(".yaml") && Fields.ID.matcher(name.substring(0, name.length() - 5)).matches()
                && Fields.ID.matcher(parts[1]).matches()) {
            return "statistics";
        }
        if (!name.endsWith(".md") || !Fields.ID.matcher(name.substring(0, name.length() - 3)).matches()) return null;
        if (parts.length == 2 && parts[0].equals("pages")) return "page";
        if (parts.length == 2 && parts[0].equals("methods")) return "method";
        if (!parts[0].equals("departments") || !Fields.ID.matcher(parts[1]).matches()) return null;
        if (parts.length == 3 && name.equals("department.md")) return "department";
        if (parts.length == 4 && DEPARTMENT_FOLDERS.contains(parts[2])) return parts[2];
        return null;
    }

    private String display(String rel) {
        return displayRoot + "/" + rel;
    }

    private ParsedFile parse(String rel) {
        SourceFile source = new SourceFile(root.resolve(rel), display(rel), rel);
        Problems problems = new Problems();
        String text = readText(source, problems);
        if (text == null) return new ParsedFile(source, null, List.of(), problems);
        String kind = kindOf(rel);
        MappingNode node;
        String body = "";
        int lineOffset = 0;
        int bodyLine = 1;
        if (rel.endsWith(".yaml")) {
            node = FrontMatter.parseYaml(source, text, problems);
        } else {
            FrontMatter.Parsed p = FrontMatter.parseMarkdown(source, text, problems);
            node = p.fields();
            body = p.body();
            bodyLine = p.bodyLine();
            lineOffset = 1;
        }
        if (node == null) return new ParsedFile(source, null, List.of(), problems);
        ReadContext r = new ReadContext(source, new Fields(source, node, lineOffset, problems), body, bodyLine, markdown);
        String folder = rel.startsWith("departments/") ? rel.split("/")[1] : null;
        Object record = switch (kind) {
            case "site" -> SiteReader.read(r);
            case "page" -> PageReader.read(r);
            case "method" -> ProcedureReader.read(r, null);
            case "department" -> DepartmentReader.read(r, folder);
            case "lists" -> ListReader.read(r, folder, today);
            case "cases" -> CaseReader.read(r, folder);
            case "procedures" -> ProcedureReader.read(r, folder);
            case "forms" -> FormReader.read(r, folder);
            case "drafts" -> DraftReader.read(r, folder);
            case "questionnaires" -> QuestionnaireReader.read(r, folder);
            case "synonyms" -> new SynonymList(SynonymsReader.read(r));
            case "statistics" -> StatisticsReader.read(r, folder);
            case "adoption" -> AdoptionReader.read(r, folder);
            case "credit-rules" -> CreditRulesReader.read(r);
            case "calendar" -> CalendarReader.read(r);
            case "law-table" -> LawTableReader.read(r);
            case "law" -> LawReader.read(r, rel.substring(4, rel.length() - 5));
            default -> throw new IllegalStateException(kind);
        };
        return new ParsedFile(source, record, List.copyOf(r.references), problems);
    }

    /**
     * An earlier version (修订后) names a current law, and two versions of one law are never in force on the same day:
     * the check picks the version in force on the act's date (《行政处罚法》第三十七条).
     */
    private static void checkVersions(List<Law> laws, Problems problems) {
        java.util.Map<String, Law> byId = new java.util.HashMap<>();
        for (Law l : laws) byId.put(l.id(), l);
        for (Law l : laws) {
            if (l.revisedAs() == null) continue;
            Law current = byId.get(l.revisedAs());
            if (current == null || current.revisedAs() != null) {
                problems.add(l.path(), l.datesLine(), "“修订后”“" + l.revisedAs() + "”不是 law/ 下现行版本的文件名");
            }
        }
        for (Law a : laws) {
            for (Law b : laws) {
                if (a.id().compareTo(b.id()) >= 0 || !a.family().equals(b.family()) || a.effective() == null
                        || b.effective() == null) continue;
                boolean apart = (a.until() != null && !a.until().isAfter(b.effective()))
                        || (b.until() != null && !b.until().isAfter(a.effective()));
                if (!apart) {
                    problems.add(a.path(), a.datesLine(), "与同一法律的另一版本 law/" + b.id() + ".yaml 的施行期间重叠"
                            + "（较早的版本须写“失效日期”，且不晚于较新版本的“施行日期”）");
                }
            }
        }
    }

    /** Every "排除适用" names a provision that exists, of another law. */
    private static void checkDisplacements(List<Law> laws, Problems problems) {
        java.util.Map<String, Law> byId = new java.util.HashMap<>();
        for (Law l : laws) byId.put(l.id(), l);
        for (Law l : laws) {
            for (Law.Provision p : l.provisions()) {
                for (String ref : p.displaces()) {
                    String[] parts = ref.split("#", 2);
                    Law other = byId.get(parts[0]);
                    if (parts.length != 2 || other == null || other.provision(parts[1]) == null) {
                        problems.add(l.path(), p.line(), "“排除适用”的条文“" + ref + "”不存在（应为 law/ 下的文件名#条文 id）");
                    } else if (other == l) {
                        problems.add(l.path(), p.line(), "“排除适用”应指向另一部法律的条文");
                    }
                }
            }
        }
    }

    /** Every “文本” of the law table names a law file under law/. */
    private static void checkLawTexts(List<LawEntry> entries, List<Law> laws, String path, Problems problems) {
        Set<String> ids = new java.util.HashSet<>();
        for (Law l : laws) ids.add(l.id());
        for (LawEntry e : entries) {
            if (e.text() != null && !ids.contains(e.text())) {
                problems.add(path, e.line(), "“文本”“" + e.text() + "”不存在（应为 law/ 下的文件名，不含 .yaml）");
            }
        }
    }

    private static String readText(SourceFile source, Problems problems) {
        try {
            long size = Files.size(source.path());
            if (size > MAX_FILE_BYTES) {
                problems.add(source.displayPath(), 1, "文件过大（" + size / 1024 + " KB），上限为 "
                        + MAX_FILE_BYTES / 1024 / 1024 + " MB：请拆分");
                return null;
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(source.path())))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(source.displayPath(), 1, "文件不是 UTF-8 编码：请以 UTF-8 保存");
            return null;
        } catch (IOException e) {
            problems.add(source.displayPath(), 1, "无法读取：" + e.getMessage());
            return null;
        }
    }

    private Content assemble(List<ParsedFile> parsed, Problems problems) {
        Site site = null;
        List<Department> departments = new ArrayList<>();
        List<EnforcementList> lists = new ArrayList<>();
        List<Case> cases = new ArrayList<>();
        List<Procedure> methods = new ArrayList<>();
        List<Procedure> procedures = new ArrayList<>();
        List<FormTemplate> forms = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        List<Questionnaire> questionnaires = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        List<Synonym> synonyms = new ArrayList<>();
        List<Statistics> statistics = new ArrayList<>();
        List<AdoptionReport> adoptions = new ArrayList<>();
        CreditRules creditRules = null;
        List<WorkCalendarYear> calendar = new ArrayList<>();
        List<Law> laws = new ArrayList<>();
        LawTableReader.Read lawTable = null;
        String lawTablePath = null;
        for (ParsedFile p : parsed) {
            Object r = p.record();
            if (r instanceof Site s) site = s;
            else if (r instanceof Department d) departments.add(d);
            else if (r instanceof EnforcementList l) lists.add(l);
            else if (r instanceof Case c) cases.add(c);
            else if (r instanceof Procedure pr) (pr.isMethod() ? methods : procedures).add(pr);
            else if (r instanceof FormTemplate f) forms.add(f);
            else if (r instanceof Draft d) drafts.add(d);
            else if (r instanceof Questionnaire q) questionnaires.add(q);
            else if (r instanceof Page pg) pages.add(pg);
            else if (r instanceof SynonymList sl) synonyms.addAll(sl.entries());
            else if (r instanceof Statistics st) statistics.add(st);
            else if (r instanceof AdoptionReport a) adoptions.add(a);
            else if (r instanceof CreditRules cr) creditRules = cr;
            else if (r instanceof WorkCalendarYear y) calendar.add(y);
            else if (r instanceof Law law) laws.add(law);
            else if (r instanceof LawTableReader.Read t) {
                lawTable = t;
                lawTablePath = p.source().displayPath();
            }
        }
        if (site == null && parsed.stream().noneMatch(p -> p.source().relative().equals("site.yaml"))) {
            problems.add(display("site.yaml"), 1, "缺少站点设置文件 site.yaml");
        }
        ContentChecks.check(parsed, departments, lists, cases, methods, procedures, forms, drafts, pages,
                this::display, problems);
        ContentChecks.unique("问卷", questionnaires, Questionnaire::id, Questionnaire::path, problems);
        checkDisplacements(laws, problems);
        checkVersions(laws, problems);
        List<LawEntry> entries = lawTable == null ? List.of() : lawTable.entries();
        checkLawTexts(entries, laws, lawTablePath, problems);
        if (!problems.isEmpty()) return null;
        return new Content(site, departments, lists, cases, methods, procedures, forms, drafts, pages, synonyms,
                statistics, adoptions, creditRules, calendar, laws, new LawTable(entries, lawTablePath), questionnaires);
    }
}
