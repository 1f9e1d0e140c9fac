package cn.rxzf.portal.importer;

import cn.rxzf.portal.content.Fields;
import cn.rxzf.portal.content.model.EnforcementList;
import cn.rxzf.portal.content.model.Item;
import cn.rxzf.portal.content.model.ListKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules that turn a row's cells into an item's values: numbers, outcomes, enumerations, ids. */
final class Items {
    private static final Pattern SEQ = Pattern.compile("(\\d{1,6})(?:\\.0+)?[.、]?");
    private static final String DIGITS = "一二三四五六七八九";
    private static final Pattern CHINESE_SEQ = Pattern.compile("[(（]?([一二三四五六七八九十]{1,3})[)）]?[.、]?");
    private static final Pattern DOC_NUMBER = Pattern.compile("[\\p{IsHan}]{1,12}[〔\\[［(（]\\d{4}[〕\\]］)）]\\d{1,4}号");

    private Items() {}

    /**
     * A 序号 as a number: full-width digits folded, “3.”, “3、” and Excel's “3.0” accepted, and Chinese numerals up to
     * 九十九 (“三”, “十二”, “（三）”, “三、”) as some departments number their items; null when it is none.
     */
    static Integer seq(String cell) {
        String s = Text.fold(cell).strip();
        Matcher m = SEQ.matcher(s);
        if (m.matches()) return Integer.valueOf(m.group(1));
        m = CHINESE_SEQ.matcher(s);
        return m.matches() ? chinese(m.group(1)) : null;
    }

    /** 一 … 九十九 as a number, or null. */
    private static Integer chinese(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) return s.length() == 1 ? DIGITS.indexOf(s.charAt(0)) + 1 : null;
        int tens = ten == 0 ? 1 : ten == 1 ? DIGITS.indexOf(s.charAt(0)) + 1 : -1;
        String rest = s.substring(ten + 1);
        int ones = rest.isEmpty() ? 0 : rest.length() == 1 ? DIGITS.indexOf(rest.charAt(0)) + 1 : -1;
        return tens <= 0 || ones < 0 ? null : tens * 10 + ones;
    }

    /** The content format's outcome a list's wording names (“依法不予行政处罚” → 不予处罚), or null. */
    static String outcome(String text) {
        String t = Text.fold(text).replaceAll("\\s", "");
        if (Item.OUTCOMES.contains(t)) return t;
        if (t.contains("不予行政强制") || t.contains("不予实施行政强制")) return Item.NO_COERCION;
        if (t.contains("减轻")) return Item.REDUCED;
        if (t.contains("从轻")) return Item.LIGHTER;
        if (t.matches(".*可以?(不予|免予|免于|免除).*")) return Item.MAY_NO_PENALTY;
        if (t.matches(".*(不予|免予|免于|免罚|不罚|免除|免處罰|不罰|免于處罰).*")) return Item.NO_PENALTY;
        return null;
    }

    /** The list type a title names, or null. */
    static String type(String title) {
        String t = title == null ? "" : title;
        String type = null;
        if (t.contains("首违") || t.contains("首次轻微")) type = EnforcementList.FIRST_VIOLATION;
        else if (t.contains("不予行政强制") || t.contains("不予实施行政强制")) type = Item.NO_COERCION;
        else if (t.contains("正面清单")) type = EnforcementList.POSITIVE;
        else if (t.contains("负面清单")) type = EnforcementList.NEGATIVE;
        else if (t.contains("减轻")) type = Item.REDUCED;
        else if (t.contains("从轻")) type = Item.LIGHTER;
        else if (t.matches(".*(不予|免罚|免予|免于|不罚|轻微违法).*")) type = Item.NO_PENALTY;
        if (type != null && !EnforcementList.TYPES.contains(type)) throw new IllegalStateException(type);
        return type;
    }

    /** The outcome a list of a type has when its table does not say (the type names it), or null. */
    static String outcomeOfType(String type) {
        if (type == null) return null;
        return switch (type) {
            case Item.NO_PENALTY, EnforcementList.FIRST_VIOLATION -> Item.NO_PENALTY;
            case Item.LIGHTER, Item.REDUCED, Item.NO_COERCION -> type;
            default -> null;
        };
    }

    /** A document number (文号) such as 沪市监法〔2019〕1号 in any of the texts, or null. */
    static String docNumber(List<String> texts) {
        for (String s : texts) {
            Matcher m = DOC_NUMBER.matcher(s);
            if (m.find()) return m.group();
        }
        return null;
    }

    /**
     * A cell's value for a key: sequences split into their parts, texts as they are. A table the portal itself
     * published ({@code ownDownload}) is split exactly as it was joined — conditions one per line after “N. ”, measures
     * and keywords at “；” — so that a condition that reads like an enumeration comes back whole.
     */
    static Object value(String key, String cell, boolean ownDownload) {
        if (ownDownload) {
            return switch (key) {
                case ListKeys.CONDITIONS -> cell.lines().map(l -> l.replaceFirst("^\\d+\\. ", "")).toList();
                case ListKeys.MEASURES, ListKeys.KEYWORDS -> List.of(cell.split("；"));
                default -> cell;
            };
        }
        return switch (key) {
            case ListKeys.CONDITIONS -> Enumeration.alternatives(cell)
                    ? List.of(String.join(" ", cell.strip().lines().map(String::strip).toList()))
                    : Enumeration.split(cell);
            case ListKeys.MEASURES -> Enumeration.split(cell, "；;");
            case ListKeys.KEYWORDS -> Enumeration.split(cell, "；;、，,");
            default -> cell;
        };
    }

    /** An id for an item: the 条目编号 when it is a valid id, else {@code <list>-<seq>}, made unique. */
    static String id(String written, String listId, int seq, java.util.Set<String> used) {
        String base = written != null && Fields.ID.matcher(written).matches() ? written
                : listId + "-" + (seq < 10 ? "0" + seq : String.valueOf(seq));
        String id = base;
        for (int n = 2; !used.add(id); n++) id = base + "-" + n;
        return id;
    }

    /** Joins a continuation row's value into an item's: parts appended, a differing text added as a new line. */
    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> item, String key, Object value) {
        Object old = item.get(key);
        if (old == null) {
            item.put(key, value);
        } else if (old instanceof List<?> list) {
            LinkedHashSet<String> parts = new LinkedHashSet<>((List<String>) list);
            parts.addAll((List<String>) value);
            item.put(key, new ArrayList<>(parts));
        } else if (value instanceof String s && !s.isEmpty() && !((String) old).contains(s)) {
            item.put(key, old + "\n" + s);
        }
    }

    static Map<String, Object> newItem() {
        return new LinkedHashMap<>();
    }
}
