package cn.rxzf.portal.site.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.ContentLoader;
import cn.rxzf.portal.content.citations.Provisions.Entry;
import cn.rxzf.portal.content.citations.Provisions.Provision;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The site-wide files written piece by piece are the bytes the whole-at-once writers gave. */
class StreamedOpenDataTest {
    @Test
    void aJsonArrayWrittenOneValueAtATimeIsTheListWrittenWhole() throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        List<Map<String, Object>> values = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("item", "scj-0" + i);
            m.put("keyConditions", List.of("首次", "及时改正"));
            values.add(m);
        }
        byte[] whole = (json.writeValueAsString(values) + "\n").getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(whole, JsonArray.of(json, values.stream()));
        assertEquals("[ ]\n", new String(JsonArray.of(json, List.of().stream()), StandardCharsets.UTF_8));
    }

    /** {@code provisions.json} written field by field is the map per row it was, serialized as a JSON array. */
    @Test
    void provisionsJsonIsTheRowsAsMaps() throws Exception {
        Content content = new ContentLoader(Path.of("content"), TestSite.TODAY).load().content();
        String base = content.site.baseUrl();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Provision p : content.provisions.all()) {
            for (Entry e : p.entries()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("provision", p.key());
                m.put("law", p.law().id());
                m.put("lawName", p.law().name());
                m.put("article", p.label());
                m.put("cited", e.cited());
                m.put("item", e.item().id());
                m.put("list", e.list().id());
                m.put("department", e.list().department());
                m.put("region", e.list().region());
                m.put("listStatus", e.list().status());
                m.put("outcome", e.item().outcome());
                m.put("outcomeGroup", e.outcomeGroup());
                m.put("keyConditions", e.conditions().labels());
                m.put("provisionUrl", base + p.url());
                m.put("itemUrl", base + e.item().url());
                rows.add(m);
            }
        }
        assertTrue(rows.size() > 100, "rows " + rows.size());
        assertTrue(rows.stream().anyMatch(m -> ((List<?>) m.get("keyConditions")).isEmpty()), "a row without conditions");
        assertTrue(rows.stream().anyMatch(m -> ((List<?>) m.get("keyConditions")).size() > 1), "a row with several");
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        assertEquals(new String(JsonArray.of(json, rows.stream()), StandardCharsets.UTF_8),
                new String(ProvisionData.json(content), StandardCharsets.UTF_8));
    }

    @Test
    void textDrainedInPiecesIsTheSameUtf8() {
        Utf8Buffer out = new Utf8Buffer();
        StringBuilder whole = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            String row = "第" + i + "行，未按规定公示营业执照😀\n"; // CJK and a surrogate pair in every row
            out.text().append(row);
            whole.append(row);
        }
        assertArrayEquals(whole.toString().getBytes(StandardCharsets.UTF_8), out.bytes());
    }

    @Test
    void aWorkbookLongerThanOnePieceReadsBackEveryRow() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) rows.add(List.of("事项" + i, "未按规定公示营业执照 & <不予处罚>"));
        byte[] bytes = Xlsx.workbook("test", List.of("编号", "违法行为"), rows);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = wb.getSheetAt(0);
            assertEquals(5_000, sheet.getLastRowNum());
            assertEquals("事项4999", sheet.getRow(5_000).getCell(0).getStringCellValue());
            assertEquals("未按规定公示营业执照 & <不予处罚>", sheet.getRow(2_500).getCell(1).getStringCellValue());
        }
    }
}
