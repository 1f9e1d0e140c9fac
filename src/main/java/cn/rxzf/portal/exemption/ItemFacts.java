package cn.rxzf.portal.exemption;

import cn.rxzf.portal.content.model.EnforcementList;
import cn.rxzf.portal.content.model.Item;
import java.time.LocalDate;
import java.util.List;

/** What the rules need to know of a list item and its list; {@code url} is the item's page. */
public record ItemFacts(String listTitle, int seq, List<String> conditions, String outcome, List<String> measures,
                        String area, String listStatus, LocalDate listExpiry, String url) {

    public ItemFacts {
        conditions = List.copyOf(conditions);
        measures = List.copyOf(measures);
    }

    public static ItemFacts of(Item item, EnforcementList list) {
        return new ItemFacts(list.title(), item.seq(), item.conditions(), item.outcome(), item.measures(),
                item.area(), list.status(), list.expiryDate(), item.url());
    }

    /** Whether the list is in force on {@code day}: 生效 and not past its 有效期至. */
    public boolean listInForce(LocalDate day) {
        return listStatus.equals("生效") && (listExpiry == null || !listExpiry.isBefore(day));
    }

    /** A 不予处罚 or 可以不予处罚 item: the department lists the act as a minor one (轻微). */
    public boolean listsActAsMinor() {
        return outcome.equals(Item.NO_PENALTY) || outcome.equals(Item.MAY_NO_PENALTY);
    }

    /** The field the area names for the special laws: tax items default to the tax field. */
    public Situation.Field defaultField() {
        return area != null && area.contains("税") ? Situation.Field.TAX : Situation.Field.GENERAL;
    }
}
