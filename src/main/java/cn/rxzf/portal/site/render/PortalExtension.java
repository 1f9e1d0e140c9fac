package cn.rxzf.portal.site.render;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * Template functions of the portal: {@code slug(value)} gives the ASCII URL segment of a facet value; the filter
 * {@code localtime} writes a time as people read it ({@link LocalTimes}), {@code filesize} a number of bytes
 * ({@link FileSizes}). Each template's fixed text is kept as UTF-8 ({@link Utf8TextNode}).
 */
final class PortalExtension extends AbstractExtension {
    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("localtime", new Filter() {
            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                                int line) {
                return LocalTimes.format(input);
            }

            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }
        }, "filesize", new Filter() {
            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                                int line) {
                return input instanceof Number n ? FileSizes.format(n.longValue()) : input;
            }

            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }
        });
    }

    @Override
    public List<NodeVisitorFactory> getNodeVisitors() {
        return List.of(Utf8TextNode.visitors());
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("slug", new Function() {
            @Override
            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                return Slugs.of(String.valueOf(args.get("value")));
            }

            @Override
            public List<String> getArgumentNames() {
                return List.of("value");
            }
        });
    }
}
