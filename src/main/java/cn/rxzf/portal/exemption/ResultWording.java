package cn.rxzf.portal.exemption;

import cn.rxzf.portal.content.model.Item;
import cn.rxzf.portal.exemption.Outcome.Kind;

/**
 * One sentence that reconciles the answer with the item's 处理结果 when they read differently (a list that says
 * 可以不予处罚 and an answer of 应当不予处罚 is no contradiction: the law is mandatory, a list can only add), or says
 * that they agree. Wording only: the outcome itself is {@link ExemptionRules}'.
 */
public final class ResultWording {
    private ResultWording() {}

    /**
     * @param itemOutcome the item's 处理结果 (不予处罚, 可以不予处罚, 从轻处罚, 减轻处罚 or 不予行政强制)
     * @param listApplied whether the item's leniency applied (all its conditions met, its list in force)
     */
    public static String of(String itemOutcome, Kind kind, boolean listApplied) {
        String list = "清单写的是“" + itemOutcome + "”";
        if (kind == Kind.TIME_BARRED) {
            return list + "，但已超过法律规定的追责期限：不再给予处罚，无论清单怎么写。";
        }
        if (itemOutcome.equals(Item.NO_COERCION)) {
            return list + "，说的是不采取查封、扣押等行政强制措施，不决定是否处罚；是否处罚按法律判断，结果是“" + kind.label + "”。";
        }
        boolean listMay = itemOutcome.equals(Item.MAY_NO_PENALTY);
        boolean listMust = itemOutcome.equals(Item.NO_PENALTY);
        boolean listLighter = itemOutcome.equals(Item.LIGHTER) || itemOutcome.equals(Item.REDUCED);
        return switch (kind) {
            case MUST_NOT_PUNISH -> listMust ? list + (listApplied ? "，与结果一致：法律和清单都规定不予处罚。"
                    : "，清单的不予处罚没有适用（原因见下文），但法律本身规定应当不予处罚，不以清单为条件。")
                    : listMay ? list + "，结果却是“应当不予处罚”，这并不矛盾：您的情况符合法律规定必须不予处罚的情形，"
                            + "法律的规定是强制性的，清单只能在法律之外增加从宽，不能把法律的“应当”变成“可以”。"
                    : list + "，结果却是“应当不予处罚”，这并不矛盾：法律对您的情况规定了更有利的不予处罚，而且是强制性的，"
                            + "清单只能增加从宽，不能减少法律给予的。";
            case MAY_NOT_PUNISH -> listMay ? list + (listApplied ? "，与结果一致：是否不予处罚由实施机关裁量。"
                    : "，清单的可以不予处罚没有适用（原因见下文），但法律本身规定初次违法、危害后果轻微并及时改正的可以不予处罚，"
                            + "不以清单为条件。")
                    : listMust ? list + "，结果是“可以不予处罚”：清单的不予处罚以《行政处罚法》第三十三条规定的情形为限，"
                            + "按您的回答只符合其中由实施机关裁量的情形（初次违法、危害后果轻微并及时改正）。"
                    : list + "，结果却是“可以不予处罚”：法律对您的情况给予了比清单更有利的可能，清单不能减少法律给予的。";
            case MAY_EXEMPT -> list + "；结果来自《食品安全法》第一百三十六条这一特别规定，它替代了一般规定，与清单的处理结果无关。";
            case MUST_MITIGATE -> listLighter ? list + "，结果是“应当从轻或者减轻处罚”：法律对您的情况规定的是“应当”，"
                    + "比清单更确定，法律的规定是强制性的。"
                    : list + "，但清单的" + itemOutcome + "没有适用（原因见下文）；法律仍规定应当从轻或者减轻处罚。";
            case MAY_MITIGATE -> listLighter && listApplied ? list + "，与结果一致：可以" + itemOutcome.substring(0, 2) + "处罚。"
                    : list + "，但清单的" + itemOutcome + "没有适用（原因见下文）；按您的回答，可以从轻或者减轻处罚。";
            case NOT_APPLICABLE -> list + "，但清单的处理结果只在全部适用条件都满足、且符合法律规定的情形时适用；按您的回答，不适用。";
            case TIME_BARRED -> throw new IllegalStateException();
        };
    }
}
