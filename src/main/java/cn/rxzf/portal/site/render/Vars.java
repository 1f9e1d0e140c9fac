package cn.rxzf.portal.site.render;

import java.util.LinkedHashMap;
import java.util.Map;

/** Template variables as name–value pairs; unlike {@code Map.of} it keeps order and allows absent (null) values. */
public final class Vars {
    private Vars() {}

    public static Map<String, Object> of(Object... nameValuePairs) {
        if (nameValuePairs.length % 2 != 0) throw new IllegalArgumentException("names and values come in pairs");
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) m.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
        return m;
    }
}
