package cn.rxzf.portal.content;

import cn.rxzf.portal.content.model.EnforcementList;
import cn.rxzf.portal.content.model.Item;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

final class ListReader {
    private ListReader() {}

    static EnforcementList read(ReadContext r, String folderCode, LocalDate today) {
        Fields f = r.fields;
        String id = r.source.id();
        String department = r.department(folderCode);
        String title = f.text("标题", true);
        String type = f.oneOf("类型", EnforcementList.TYPES, true);
        String issuer = f.text("发布机构", true);
        String docNumber = f.text("文号", false);
        LocalDate written = f.date("成文日期", true);
        LocalDate published = f.date("发布日期", false);
        LocalDate effective = f.date("生效日期", true);
        LocalDate expiry = f.date("有效期至", false);
        String version = f.text("版本", false);
        String status = f.oneOf("状态", EnforcementList.STATUSES, true);
        String supersedes = f.id("替代", false);
        String indexNumber = f.text("索引号", false);
        String subject = f.text("主题分类", false);
        String area = f.text("领域", false);
        String region = f.text("地区", false);
        String source = f.url("来源");
        String sourceNote = f.text("来源说明", false);

        if (effective != null && expiry != null && effective.isAfter(expiry)) {
            f.problem(f.line("生效日期"), "“生效日期”" + effective + " 晚于“有效期至”" + expiry);
        }
        if ("生效".equals(status) && expiry != null && expiry.isBefore(today)) {
            f.problem(f.line("状态"), "清单标为“生效”，但已过“有效期至”" + expiry
                    + "：请改为“已废止”或“已修订”，或更新有效期");
        }
        if (supersedes != null && supersedes.equals(id)) {
            f.problem(f.line("替代"), "清单不能替代自己");
            supersedes = null;
        }
        r.refer(Reference.Kind.SUPERSEDED_LIST, supersedes, "替代");

        List<Item> items = new ArrayList<>();
        List<Fields> itemFields = f.objects("条目", true);
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
        String id = f.id("id", true);
        Integer seq = f.integer("序号");
        String area = f.text("领域", false);
        if (area == null && listArea == null) {
            f.problem(f.line(), "条目缺少“领域”（也可在清单头部写“领域”作为默认值）");
        }
        Item item = new Item(id, listId, seq != null ? seq : position, f.text("违法行为", true),
                f.text("违反条款", true), f.text("处罚依据", true), f.texts("适用条件", true),
                f.oneOf("处理结果", Item.OUTCOMES, true), f.text("处理说明", false), f.text("实施机关", true),
                f.texts("配套监管措施", true), area != null ? area : listArea, f.texts("关键词", false),
                f.url("来源"), f.text("备注", false), f.line());
        f.finish();
        return id == null ? null : item;
    }
}
