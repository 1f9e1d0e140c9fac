package cn.rxzf.portal.exemption;

import cn.rxzf.portal.content.model.EnforcementList;
import cn.rxzf.portal.content.model.Item;
import java.time.LocalDate;
import java.util.List;

/** What the rules need to know of a list item and its list. */
public record ItemFacts(String listTitle, int seq, List<String> conditions, String outcome, List<String> measures,
                        String area, String listStatus, LocalDate listExpiry) {

    public ItemFacts {
        conditions = List.copyOf(conditions);
        measures = List.copyOf(measures);
    }

    public static ItemFacts of(Item item, EnforcementList list) {
        return new ItemFacts(list.title(), item.seq(), item.conditions(), item.outcome(), item.measures(),
                item.area(), list.status(), list.expiryDate());
    }
}
