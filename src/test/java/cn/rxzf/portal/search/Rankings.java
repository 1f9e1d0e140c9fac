package cn.rxzf.portal.search;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

/**
 * A ranking with some of its rules switched: the test names the components it changes, and a component added to
 * {@link Ranking} later needs no edit here or in the tests (each test copied all of them).
 */
final class Rankings {
    private Rankings() {}

    static Ranking with(Ranking from, Map<String, Object> changed) {
        RecordComponent[] components = Ranking.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                String name = components[i].getName();
                values[i] = changed.containsKey(name) ? changed.get(name) : components[i].getAccessor().invoke(from);
                types[i] = components[i].getType();
            }
            if (!Arrays.stream(components).map(RecordComponent::getName).toList().containsAll(changed.keySet())) {
                throw new IllegalArgumentException("not a component of Ranking: " + changed.keySet());
            }
            return Ranking.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
