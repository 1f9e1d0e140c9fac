package cn.rxzf.portal.content;

import cn.rxzf.portal.content.model.EnforcementList;
import cn.rxzf.portal.content.model.Item;
import cn.rxzf.portal.content.model.ListKeys;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

final class ListReader {
    private static final int MAX_EXTRA_FIELDS = 20;
    private static final int MAX_EXTRA_NAME = 30;
    private ListReader() {}

    static EnforcementList read(ReadContext r, String folderCode, LocalDate today) {
        Fields f = r.fields;
        String id = r.source.id();
        String department = r.department(folderCode);
        String title = f.text(ListKeys.TITLE, true);
        String type = f.oneOf(ListKeys.TYPE, EnforcementList.TYPES, true);
        String issuer = f.text(ListKeys.ISSUER, true);
        String docNumber = f.text(ListKeys.DOC_NUMBER, false);
        LocalDate written = f.date(ListKeys.WRITTEN, true);
        LocalDate published = f.date(ListKeys.PUBLISHED, false);
        LocalDate effective = f.date(ListKeys.EFFECTIVE, true);
        LocalDate expiry = f.date(ListKeys.EXPIRY, false);
        String version = f.text(ListKeys.VERSION, false);
        String status = f.oneOf(ListKeys.STATUS, EnforcementList.STATUSES, true);
        String supersedes = f.id(ListKeys.SUPERSEDES, false);
        String indexNumber = f.text(ListKeys.INDEX_NUMBER, false);
        String subject = f.text(ListKeys.SUBJECT, false);
        String area = f.text(ListKeys.AREA, false);
        String region = f.text(ListKeys.REGION, false);
        String source = f.url(ListKeys.SOURCE);
        String sourceNote = f.text(ListKeys.SOURCE_NOTE, false);

        if (effective != null && expiry != null && effective.isAfter(expiry)) {
            f.problem(f.line(ListKeys.EFFECTIVE), "“生效日期”" + effective + " 晚于“有效期至”" + expiry);
        }
        if ("生效".equals(status) && expiry != null && expiry.isBefore(today)) {
            f.problem(f.line(ListKeys.STATUS), "清单标为“生效”，但已过“有效期至”" + expiry
                    + "：请改为“已废止”或“已修订”，或更新有效期");
        }
        if (supersedes != null && supersedes.equals(id)) {
            f.problem(f.line(ListKeys.SUPERSEDES), "清单不能替代自己");
            supersedes = null;
        }
        r.refer(Reference.Kind.SUPERSEDED_LIST, supersedes, ListKeys.SUPERSEDES);

        List<Item> items = new ArrayList<>();
        List<Fields> itemFields = f.objects(ListKeys.ITEMS, true);
        for (int i = 0; i < itemFields.size(); i++) {
            Item item = readItem(itemFields.get(i), id, i + 1, area);
            if (item != null) items.add(item);
        }
        f.finish();
        if (written == null) written = effective != null ? effective : today;
        return new EnforcementList(id, department, title, type, issuer, docNumber, written,
                published != null ? published : written, effective, expiry, version, status == null ? "生效" : status,
                supersedes, indexNumber != null ? indexNumber : department + "-" + written.getYear() + "-" + id,
                subject != null ? subject : "行政执法", area, region, source, sourceNote, List.copyOf(items),
                r.bodyHtml(), r.source.displayPath());
    }

    private static Item readItem(Fields f, String listId, int position, String listArea) {
        String id = f.id(ListKeys.ID, true);
        Integer seq = f.integer(ListKeys.SEQ);
        String area = f.text(ListKeys.AREA, false);
        if (area == null && listArea == null) {
            f.problem(f.line(), "条目缺少“领域”（也可在清单头部写“领域”作为默认值）");
        }
        Item item = new Item(id, listId, seq != null ? seq : position, f.text(ListKeys.VIOLATION, true),
                f.text(ListKeys.VIOLATED, true), f.text(ListKeys.PENALTY_BASIS, true), f.texts(ListKeys.CONDITIONS, true),
                f.oneOf(ListKeys.OUTCOME, Item.OUTCOMES, true), f.text(ListKeys.OUTCOME_NOTE, false), f.text(ListKeys.AUTHORITY, true),
                f.texts(ListKeys.MEASURES, true), area != null ? area : listArea, f.texts(ListKeys.KEYWORDS, false),
                f.url(ListKeys.SOURCE), f.text(ListKeys.NOTE, false), extra(f), f.line());
        f.finish();
        return id == null ? null : item;
    }

    /** 其他字段: further published fields, each a short name the format has no key for and a text. */
    private static Map<String, String> extra(Fields f) {
        Map<String, String> extra = f.textMap(ListKeys.EXTRA);
        if (extra.size() > MAX_EXTRA_FIELDS) {
            f.problem(f.line(ListKeys.EXTRA), "“" + ListKeys.EXTRA + "”最多 " + MAX_EXTRA_FIELDS + " 项，实有 " + extra.size() + " 项");
        }
        for (String name : extra.keySet()) {
            if (ListKeys.ITEM_KEYS.contains(name)) {
                f.problem(f.line(ListKeys.EXTRA), "“" + ListKeys.EXTRA + "”中的“" + name + "”是条目的标准字段，请直接写在条目中");
            } else if (name.length() > MAX_EXTRA_NAME || name.contains("\n")) {
                f.problem(f.line(ListKeys.EXTRA), "“" + ListKeys.EXTRA + "”的字段名应为一行、不超过 " + MAX_EXTRA_NAME + " 个字：“" + name + "”");
            }
        }
        return extra;
    }
}
