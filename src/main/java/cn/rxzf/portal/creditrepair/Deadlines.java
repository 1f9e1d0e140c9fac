package cn.rxzf.portal.creditrepair;

import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.WorkingDays;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The deadlines of an application received on a day: acceptance and decision, in working days from the rules, and
 * whether they are provisional (the working-day calendar does not yet cover the days they span).
 */
public record Deadlines(LocalDate received, LocalDate acceptance, LocalDate decision, boolean provisional) {

    public static Deadlines of(Content content, LocalDate received) {
        WorkingDays days = new WorkingDays(content.calendar);
        LocalDate decision = days.addWorkingDays(received, content.creditRules.decisionDays());
        return new Deadlines(received, days.addWorkingDays(received, content.creditRules.acceptanceDays()), decision,
                !days.covers(received, decision));
    }

    /** As the eligibility page and its JSON show them (field names are public: {@code /credit/eligibility?format=json}). */
    public Map<String, Object> toMap() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("received", received.toString());
        d.put("acceptance", acceptance.toString());
        d.put("decision", decision.toString());
        d.put("provisional", provisional);
        return d;
    }
}
