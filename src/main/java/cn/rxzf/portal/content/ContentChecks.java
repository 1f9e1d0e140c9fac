package cn.rxzf.portal.content;

import cn.rxzf.portal.content.model.Case;
import cn.rxzf.portal.content.model.Department;
import cn.rxzf.portal.content.model.Draft;
import cn.rxzf.portal.content.model.EnforcementList;
import cn.rxzf.portal.content.model.FormTemplate;
import cn.rxzf.portal.content.model.Item;
import cn.rxzf.portal.content.model.Page;
import cn.rxzf.portal.content.model.Procedure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Checks that need more than one file: unique ids, references that resolve, departments that exist. */
final class ContentChecks {
    private ContentChecks() {}

    static void check(List<ParsedFile> parsed, List<Department> departments, List<EnforcementList> lists,
                      List<Case> cases, List<Procedure> methods, List<Procedure> procedures,
                      List<FormTemplate> forms, List<Draft> drafts, List<Page> pages,
                      UnaryOperator<String> display, Problems problems) {
        unique("清单", lists, EnforcementList::id, EnforcementList::path, problems);
        unique("案例", cases, Case::id, Case::path, problems);
        unique("执法方式", methods, Procedure::id, Procedure::path, problems);
        unique("流程", procedures, Procedure::id, Procedure::path, problems);
        unique("文书", forms, FormTemplate::id, FormTemplate::path, problems);
        unique("征求意见稿", drafts, Draft::id, Draft::path, problems);

        Map<String, EnforcementList> listById = new HashMap<>();
        for (EnforcementList l : lists) listById.putIfAbsent(l.id(), l);
        Map<String, String> itemPlace = new HashMap<>();
        for (EnforcementList l : lists) {
            for (Item i : l.items()) {
                String here = l.path() + ":" + i.line();
                String first = itemPlace.putIfAbsent(i.id(), here);
                if (first != null) {
                    problems.add(l.path(), i.line(), "条目 id“" + i.id() + "”重复：已在 " + first + " 使用");
                }
            }
        }
        Set<String> methodIds = ids(methods, Procedure::id);
        Set<String> formIds = ids(forms, FormTemplate::id);
        Set<String> draftIds = ids(drafts, Draft::id);

        for (ParsedFile p : parsed) {
            for (Reference ref : p.references()) {
                switch (ref.kind()) {
                    case ITEM -> {
                        if (!itemPlace.containsKey(ref.id())) {
                            problems.add(ref.path(), ref.line(), "引用的条目“" + ref.id() + "”不存在");
                        }
                    }
                    case METHOD -> {
                        if (!methodIds.contains(ref.id())) {
                            problems.add(ref.path(), ref.line(), "引用的执法方式“" + ref.id() + "”不存在（应为 methods/ 下的文件名）");
                        }
                    }
                    case FORM -> {
                        if (!formIds.contains(ref.id())) {
                            problems.add(ref.path(), ref.line(), "引用的文书“" + ref.id() + "”不存在");
                        }
                    }
                    case SUPERSEDED_LIST -> {
                        EnforcementList old = listById.get(ref.id());
                        if (old == null) {
                            problems.add(ref.path(), ref.line(), "“替代”的清单“" + ref.id() + "”不存在");
                        } else if (!old.isSuperseded()) {
                            problems.add(ref.path(), ref.line(), "被替代的清单“" + ref.id() + "”状态为“" + old.status()
                                    + "”：应改为“已修订”或“已废止”");
                        }
                    }
                    case DRAFT -> {
                        if (!draftIds.contains(ref.id())) {
                            problems.add(ref.path(), ref.line(), "引用的征求意见稿“" + ref.id() + "”不存在");
                        }
                    }
                    case CONSULTED_LIST -> {
                        EnforcementList l = listById.get(ref.id());
                        if (l == null) {
                            problems.add(ref.path(), ref.line(), "“关联清单”“" + ref.id() + "”不存在");
                        } else if (!l.isDraft()) {
                            problems.add(ref.path(), ref.line(), "“关联清单”“" + ref.id() + "”的状态应为“征求意见”");
                        }
                    }
                }
            }
        }

        Set<String> codes = ids(departments, Department::code);
        Set<String> folders = new TreeSet<>();
        for (ParsedFile p : parsed) {
            String rel = p.source().relative();
            if (rel.startsWith("departments/")) folders.add(rel.split("/")[1]);
        }
        for (String folder : folders) {
            if (!codes.contains(folder)) {
                problems.add(display.apply("departments/" + folder + "/department.md"), 1,
                        "部门文件夹“" + folder + "”缺少 department.md");
            }
        }
    }

    static <T> void unique(String what, List<T> values, Function<T, String> id, Function<T, String> path,
                                   Problems problems) {
        Map<String, String> seen = new HashMap<>();
        for (T v : values) {
            String first = seen.putIfAbsent(id.apply(v), path.apply(v));
            if (first != null) {
                problems.add(path.apply(v), 1, what + "“" + id.apply(v) + "”重复：与 " + first + " 同名（文件名须全站唯一）");
            }
        }
    }

    private static <T> Set<String> ids(List<T> values, Function<T, String> id) {
        Set<String> out = new TreeSet<>();
        for (T v : values) out.add(id.apply(v));
        return out;
    }
}
