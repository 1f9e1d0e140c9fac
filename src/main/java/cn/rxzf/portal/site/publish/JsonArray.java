package cn.rxzf.portal.site.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * A JSON array written one value at a time, ending with a newline: the same bytes as the whole list written at
 * once, without holding every value (a map per item or per item–article pair) at the same time.
 */
final class JsonArray {
    private JsonArray() {}

    static byte[] of(ObjectMapper json, Stream<?> values) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SequenceWriter out = json.writer().writeValuesAsArray(bytes)) {
            for (Iterator<?> it = values.iterator(); it.hasNext(); ) out.write(it.next());
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }
}
