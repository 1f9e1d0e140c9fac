package cn.rxzf.portal.site.render;

import cn.rxzf.portal.content.model.EnforcementList;
import cn.rxzf.portal.content.model.Item;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ASCII URL segments for the Chinese facet values (URLs stay ASCII). Known values have readable slugs; free text
 * such as 领域 gets a short stable hash.
 */
public final class Slugs {
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry(Item.NO_PENALTY, "no-penalty"), Map.entry(EnforcementList.FIRST_VIOLATION, "first-violation"),
            Map.entry(Item.LIGHTER, "lighter"), Map.entry(Item.REDUCED, "reduced"),
            Map.entry(Item.NO_COERCION, "no-coercion"), Map.entry(EnforcementList.POSITIVE, "positive"),
            Map.entry(EnforcementList.NEGATIVE, "negative"), Map.entry("征求意见", "consultation"),
            Map.entry("生效", "in-force"), Map.entry("已修订", "revised"), Map.entry("已废止", "repealed"));

    /** Hashed slugs already made: every item page links its 领域, and a site has only a few dozen of them. */
    private static final Map<String, String> HASHED = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 4096;

    private Slugs() {}

    public static String of(String value) {
        String slug = KNOWN.get(value);
        if (slug == null) slug = HASHED.get(value);
        if (slug == null) {
            slug = "a-" + HexFormat.of().formatHex(cn.rxzf.portal.common.Sha256.of(value), 0, 4);
            if (HASHED.size() < MAX_REMEMBERED) HASHED.put(value, slug);
        }
        return slug;
    }
}
