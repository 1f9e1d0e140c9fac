package cn.rxzf.portal.content.model;

import java.util.List;

/**
 * Credit-repair rules as data ({@code content/credit/rules.yaml}): the classes of 失信信息 with their publicity
 * periods in months, and the deadlines in working days.
 */
public record CreditRules(String basis, int acceptanceDays, int decisionDays, List<CreditClass> classes) {

    /** A class of record: repair may be asked for after {@code minMonths}; publicity ends by itself at {@code maxMonths}. */
    public record CreditClass(String name, int minMonths, int maxMonths, String note) {}

    public CreditClass classNamed(String name) {
        for (CreditClass c : classes) if (c.name().equals(name)) return c;
        return null;
    }
}
