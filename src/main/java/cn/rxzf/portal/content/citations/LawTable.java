package cn.rxzf.portal.content.citations;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The reviewed table of laws and regulations, looked up by any name a citation may use: the full name, a short
 * name, a former name, with or without 中华人民共和国, 《》, a trailing note in parentheses ((试行), (2018年修正),
 * (已废止)), full-width letters or Traditional characters.
 */
public final class LawTable {
    public static final LawTable EMPTY = new LawTable(List.of(), null);
    private static final String COUNTRY = "中华人民共和国";
    private static final Pattern TRAILING_NOTE = Pattern.compile("[(（][^()（）]*[)）]$");
    /** Traditional characters seen in cited names and numbers, and their Simplified forms. */
    private static final String TRADITIONAL = "罰華國條項處煙專賣實務環護規書號證認劃衛營業價稅藥廣質檢驗產區縣級機關門與於為辦漢讀設計網戶會權這個應當勞動運輸輛廠電氣來圍險燒汙濟療醫圖廢棄體統織壓車構礦遞郵貨儲農漁種傳視樂準標許則細訂";
    private static final String SIMPLIFIED = "罚华国条项处烟专卖实务环护规书号证认划卫营业价税药广质检验产区县级机关门与于为办汉读设计网户会权这个应当劳动运输辆厂电气来围险烧污济疗医图废弃体统织压车构矿递邮货储农渔种传视乐准标许则细订";

    /** Simplified form of each CJK unified ideograph that {@link #TRADITIONAL} lists (0 where none): one lookup. */
    private static final char[] TO_SIMPLIFIED = new char[0xA000 - 0x4E00];

    static {
        for (int i = 0; i < TRADITIONAL.length(); i++) TO_SIMPLIFIED[TRADITIONAL.charAt(i) - 0x4E00] = SIMPLIFIED.charAt(i);
    }

    private final Map<String, LawEntry> byId = new LinkedHashMap<>();
    private final Map<String, LawEntry> byName = new HashMap<>();

    private final String path;

    /** @param path the table's file as problems name it, or null when the content has none */
    public LawTable(Collection<LawEntry> entries, String path) {
        this.path = path;
        for (LawEntry e : entries) {
            byId.put(e.id(), e);
            index(e.name(), e);
            for (String n : e.shortNames()) index(n, e);
            for (String n : e.formerNames()) index(n, e);
        }
    }

    private void index(String name, LawEntry e) {
        String key = key(name);
        if (!key.isEmpty()) byName.putIfAbsent(key, e);
    }

    /** The file the table was read from (a dependency of the pages that use it), or null. */
    public String path() {
        return path;
    }

    /** The entry a name stands for, or null when the table does not hold it. */
    public LawEntry resolve(String name) {
        return byName.get(key(name));
    }

    public LawEntry byId(String id) {
        return byId.get(id);
    }

    public Collection<LawEntry> entries() {
        return byId.values();
    }

    /** Every name the table resolves, as {@link #key} writes it (for finding bare names in a query). */
    public Set<String> names() {
        return byName.keySet();
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    /** The entry a name already in {@link #key} form stands for. */
    LawEntry byKey(String key) {
        return byName.get(key);
    }

    /**
     * A name as the table compares it: folded, without 《》 and spaces, without trailing notes in parentheses and
     * without 中华人民共和国.
     */
    public static String key(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = fold(name.charAt(i));
            if (c != '《' && c != '》' && !Character.isWhitespace(c)) b.append(c);
        }
        String n = b.toString();
        while (n.endsWith(")") || n.endsWith("）")) {
            String cut = TRAILING_NOTE.matcher(n).replaceAll("");
            if (cut.equals(n)) break;
            n = cut;
        }
        return withoutCountry(n);
    }

    public static String withoutCountry(String name) {
        return name.startsWith(COUNTRY) ? name.substring(COUNTRY.length()) : name;
    }

    /**
     * Full-width ASCII to half-width, the ideographic space to a space, ASCII letters to lower case, Traditional
     * characters of citations to Simplified. One character in, one out: offsets stay offsets into the original.
     */
    public static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) b.append(fold(s.charAt(i)));
        return b.toString();
    }

    public static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
        else if (c == '\u3000') c = ' ';
        if (c >= 'A' && c <= 'Z') c = (char) (c + 32);
        if (c >= 0x4E00 && c < 0xA000) {
            char simplified = TO_SIMPLIFIED[c - 0x4E00];
            if (simplified != 0) c = simplified;
        }
        return c;
    }
}
