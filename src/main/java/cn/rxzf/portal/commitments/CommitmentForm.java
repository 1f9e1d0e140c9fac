package cn.rxzf.portal.commitments;

import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.model.EnforcementList;
import cn.rxzf.portal.content.model.Item;
import cn.rxzf.portal.web.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The officer's form that issues a commitment: every field checked at once, each problem at its field. The party is
 * named, and identified only by the last six characters of the credit code or ID number — the whole number is not
 * asked for, so it is never stored.
 */
public final class CommitmentForm {
    public static final List<String> FIELDS = List.of("party_name", "id_tail", "basis", "item_id", "provision", "facts",
            "correction", "deadline_days", "deadline_kind");
    public static final int MAX_FACTS = 2000;
    public static final int MAX_CORRECTION = 1000;

    /** A valid form: the item (or the provision, the other null), the rest as typed. */
    public record Parsed(String partyName, String idTail, String itemId, String provision, String facts,
                         String correction, int deadlineDays, boolean workingDays) {}

    public record Result(Parsed parsed, List<FieldError> errors) {}

    private CommitmentForm() {}

    /** The items a department's officer may choose: those of its lists. */
    public static List<Item> itemsOf(Content content, String department) {
        List<Item> items = new ArrayList<>();
        for (EnforcementList l : content.listsOf(department)) items.addAll(l.items());
        return items;
    }

    /** Upper-cased, without spaces: as people type the end of a credit code or an ID number (with its X). */
    public static String normaliseTail(String tail) {
        return tail == null ? "" : tail.replaceAll("[\\s\\u3000]", "").toUpperCase(Locale.ROOT);
    }

    public static Result check(Map<String, String> v, Content content, String department) {
        List<FieldError> errors = new ArrayList<>();
        String name = v.get("party_name");
        if (name.isEmpty()) errors.add(new FieldError("party_name", "请填写当事人名称或姓名"));
        else if (length(name) > 100) errors.add(new FieldError("party_name", "当事人名称不能超过 100 字"));
        String tail = normaliseTail(v.get("id_tail"));
        if (!tail.matches("[0-9A-Z]{6}")) {
            errors.add(new FieldError("id_tail", "请填写统一社会信用代码或身份证号码的最后 6 位（数字或字母）"));
        }
        String itemId = null;
        String provision = null;
        switch (v.get("basis")) {
            case "item" -> {
                itemId = v.get("item_id");
                String chosen = itemId;
                if (itemsOf(content, department).stream().noneMatch(i -> i.id().equals(chosen))) {
                    errors.add(new FieldError("item_id", "请从本部门的清单中选择事项"));
                }
            }
            case "provision" -> {
                provision = v.get("provision");
                if (provision.isEmpty()) errors.add(new FieldError("provision", "请填写违反的法律条款"));
                else if (length(provision) > 200) errors.add(new FieldError("provision", "法律条款不能超过 200 字"));
            }
            default -> errors.add(new FieldError("basis", "请选择依据：清单事项或法律条款"));
        }
        String facts = v.get("facts");
        if (facts.isEmpty()) errors.add(new FieldError("facts", "请用一段话写明违法事实"));
        else if (length(facts) > MAX_FACTS) errors.add(new FieldError("facts", "违法事实不能超过 " + MAX_FACTS + " 字"));
        String correction = v.get("correction");
        if (correction.isEmpty()) errors.add(new FieldError("correction", "请写明需要纠正的内容"));
        else if (length(correction) > MAX_CORRECTION) {
            errors.add(new FieldError("correction", "纠正要求不能超过 " + MAX_CORRECTION + " 字"));
        }
        int days = 0;
        try {
            days = Integer.parseInt(v.get("deadline_days").strip());
        } catch (NumberFormatException e) {
            // reported below
        }
        if (days < 1 || days > 365) errors.add(new FieldError("deadline_days", "纠正期限请填写 1 至 365 之间的整数"));
        String kind = v.get("deadline_kind");
        if (!kind.equals("days") && !kind.equals("working_days")) {
            errors.add(new FieldError("deadline_kind", "请选择期限按自然日还是工作日计算"));
        }
        if (!errors.isEmpty()) return new Result(null, errors);
        return new Result(new Parsed(name, tail, itemId, provision, facts, correction, days, kind.equals("working_days")),
                List.of());
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
