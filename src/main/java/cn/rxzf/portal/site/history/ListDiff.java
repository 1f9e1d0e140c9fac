package cn.rxzf.portal.site.history;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed in a list between two versions: its own fields (状态, 有效期至 …), its 说明, and its items — added,
 * removed, and changed field by field. {@code from} is null for the first version (everything is added).
 */
public record ListDiff(ListVersion from, ListVersion to, List<FieldChange> fields, boolean bodyChanged,
                       List<ItemRef> added, List<ItemRef> removed, List<ItemDiff> changed) {

    /** An item named in a comparison. */
    /** An added or removed item; its label (违法行为) is read only when a page shows it. */
    public record ItemRef(String id, ItemText item) {
        public String label() {
            return ListSnapshot.label(item);
        }

        public String url() {
            return "/items/" + id + "/";
        }
    }

    /** An item present in both versions whose fields differ. */
    public record ItemDiff(String id, String label, List<FieldChange> fields) {
        public String url() {
            return "/items/" + id + "/";
        }

        public String fieldNames() {
            return String.join("、", fields.stream().map(FieldChange::field).toList());
        }
    }

    /** The order fields are shown in: the content format's, then any others as written. */
    static final List<String> LIST_FIELDS = List.of("标题", "类型", "状态", "替代", "发布机构", "文号", "成文日期",
            "发布日期", "生效日期", "有效期至", "版本", "索引号", "主题分类", "领域", "地区", "来源", "来源说明", "部门");
    static final List<String> ITEM_FIELDS = List.of("序号", "违法行为", "违反条款", "处罚依据", "适用条件", "处理结果",
            "处理说明", "实施机关", "配套监管措施", "领域", "关键词", "来源", "备注");

    static ListDiff between(ListVersion from, ListVersion to) {
        ListSnapshot a = from == null ? null : from.snapshot();
        ListSnapshot b = to.snapshot();
        Map<String, Object> fa = a == null ? Map.of() : a.fields();
        Map<String, ItemText> ia = a == null ? Map.of() : a.items();
        List<FieldChange> fields = compare(LIST_FIELDS, fa, b.fields());
        boolean body = a != null && !a.body().equals(b.body());
        List<ItemRef> added = new ArrayList<>(), removed = new ArrayList<>();
        List<ItemDiff> changed = new ArrayList<>();
        for (var e : b.items().entrySet()) {
            ItemText old = ia.get(e.getKey());
            if (old == null) {
                added.add(new ItemRef(e.getKey(), e.getValue()));
            } else if (!old.sameAs(e.getValue())) {
                List<FieldChange> c = compare(ITEM_FIELDS, old.fields(), e.getValue().fields());
                if (!c.isEmpty()) changed.add(new ItemDiff(e.getKey(), ListSnapshot.label(e.getValue()), c));
            }
        }
        for (var e : ia.entrySet()) {
            if (!b.items().containsKey(e.getKey())) removed.add(new ItemRef(e.getKey(), e.getValue()));
        }
        return new ListDiff(from, to, List.copyOf(fields), body, List.copyOf(added), List.copyOf(removed),
                List.copyOf(changed));
    }

    private static List<FieldChange> compare(List<String> order, Map<String, Object> a, Map<String, Object> b) {
        Set<String> keys = new LinkedHashSet<>(order);
        keys.addAll(a.keySet());
        keys.addAll(b.keySet());
        keys.remove("id");
        List<FieldChange> out = new ArrayList<>();
        for (String k : keys) {
            FieldChange c = FieldChange.of(k, a.get(k), b.get(k));
            if (c != null) out.add(c);
        }
        return out;
    }

    /** The comparison page; null for a first version, which has nothing to compare with. */
    public String url() {
        return from == null ? null : urlOf(to.listId(), from, to);
    }

    static String urlOf(String listId, ListVersion from, ListVersion to) {
        return "/lists/" + listId + "/diff/" + from.commit().shortId() + "-" + to.commit().shortId() + "/";
    }

    public boolean isEmpty() {
        return fields.isEmpty() && !bodyChanged && added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** One line for tables: 新增 2 项，删除 1 项，修改 3 项，状态改为已废止. */
    public String summary() {
        if (from == null) return "首次发布，共 " + to.snapshot().items().size() + " 项";
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) parts.add("新增 " + added.size() + " 项");
        if (!removed.isEmpty()) parts.add("删除 " + removed.size() + " 项");
        if (!changed.isEmpty()) parts.add("修改 " + changed.size() + " 项");
        for (FieldChange f : fields) {
            if (f.field().equals("状态") && !f.after().isEmpty()) parts.add("状态改为" + f.after().get(0));
        }
        long other = fields.stream().filter(f -> !f.field().equals("状态")).count();
        if (other > 0) parts.add("修改清单信息 " + other + " 处");
        if (bodyChanged) parts.add("修改说明");
        return parts.isEmpty() ? "内容未变（仅格式调整）" : String.join("，", parts);
    }
}
