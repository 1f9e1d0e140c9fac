package cn.rxzf.portal.site.publish;

import cn.rxzf.portal.app.SiteBuilds;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.site.SiteBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() throws IOException {
        site = TestSite.minimal(dir);
        assertTrue(SiteBuilds.of(site.settings()).build().ok());
    }

    @Test
    void every_json_file_matches_its_published_schema() throws IOException {
        Map<String, String> files = Map.of("lists/mianfa/mianfa.json", "list.schema.json", "data/lists.json",
                "lists.schema.json", "data/items.json", "items.schema.json", "data/cases.json", "cases.schema.json");
        for (var e : files.entrySet()) {
            JsonNode schema = read("data/schema/" + e.getValue());
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
            List<String> problems = new ArrayList<>();
            check(schema, schema, read(e.getKey()), e.getKey(), problems);
            assertEquals(List.of(), problems, e.getKey());
        }
    }

    @Test
    void items_and_cases_are_published_with_stable_ids_and_absolute_urls() throws IOException {
        JsonNode item = read("data/items.json").get(0);
        assertEquals("scj-01", item.get("id").asText());
        assertEquals("mianfa", item.get("list").asText());
        assertEquals("https://test.example.gov.cn/items/scj-01/", item.get("url").asText());
        JsonNode c = read("data/cases.json").get(0);
        assertEquals(List.of("scj-01"), List.of(c.get("items").get(0).asText()));
        String csv = Files.readString(site.out.resolve("data/items.csv"));
        assertTrue(csv.startsWith("\uFEFF清单编号,部门,序号,条目编号,违法行为"), csv);
        assertTrue(csv.contains("mianfa,scj,1,scj-01,未按规定公示营业执照"), csv);
        assertTrue(Files.readString(site.out.resolve("data/cases.csv")).contains("anli-1,某店未公示营业执照案,scj,2024-05"));
    }

    @Test
    void each_list_has_an_xlsx_with_the_csv_columns() throws IOException {
        Map<String, String> parts = unzip(Files.readAllBytes(site.out.resolve("lists/mianfa/mianfa.xlsx")));
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                "xl/workbook.xml", "xl/worksheets/sheet1.xml"), List.copyOf(new TreeMap<>(parts).keySet()));
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        Document xml = Jsoup.parse(sheet, "", org.jsoup.parser.Parser.xmlParser());
        assertEquals(DataFiles.CSV_HEADER, xml.select("row[r=1] c t").eachText());
        assertEquals("1", xml.selectFirst("c[r=A2] v").text(), "序号 is a number");
        assertEquals("未按规定公示营业执照", xml.selectFirst("c[r=C2] t").text());
        assertEquals("1. 首次发现\n2. 及时改正", xml.selectFirst("c[r=F2] t").wholeText());
    }

    @Test
    void xlsx_escapes_markup_drops_control_characters_and_is_byte_stable() throws IOException {
        byte[] a = Xlsx.workbook("表[1]", List.of("甲"), List.of(List.of("<b>&\u0007")));
        assertArrayEquals(a, Xlsx.workbook("表[1]", List.of("甲"), List.of(List.of("<b>&\u0007"))));
        Map<String, String> parts = unzip(a);
        assertTrue(parts.get("xl/worksheets/sheet1.xml").contains("<t>&lt;b&gt;&amp;</t>"));
        assertTrue(parts.get("xl/workbook.xml").contains("name=\"表 1\""));
        assertEquals("AB", Xlsx.column(27));
    }

    @Test
    void a_spreadsheet_program_reads_back_every_cell_with_its_white_space() throws IOException {
        List<String> texts = List.of("未按规定公示营业执照", " 前有空格", "后有空格 ", "1. 首次发现\n2. 及时改正", "两个  空格",
                "全角\u3000空格", "制表\t符", "", "一个 空格");
        List<List<?>> rows = texts.stream().<List<?>>map(t -> List.of(t, 7)).toList();
        byte[] workbook = Xlsx.workbook("表", List.of("文本", "数"), rows);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
                     new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            assertEquals("文本", sheet.getRow(0).getCell(0).getStringCellValue());
            for (int i = 0; i < texts.size(); i++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(i + 1);
                assertEquals(texts.get(i), row.getCell(0).getStringCellValue(), "row " + (i + 2));
                assertEquals(7.0, row.getCell(1).getNumericCellValue());
            }
        }
        String sheet = unzip(workbook).get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<t>未按规定公示营业执照</t>"), "a plain cell carries no xml:space");
        assertTrue(sheet.contains("<t xml:space=\"preserve\"> 前有空格</t>"), sheet);
        assertTrue(sheet.contains("<t>一个 空格</t>"), sheet);
    }

    @Test
    void data_page_lists_every_file_and_the_licence() throws IOException {
        Document page = Jsoup.parse(Files.readString(site.out.resolve("data/index.html")));
        List<String> links = page.select("main a").eachAttr("href");
        for (String f : List.of("/data/lists.json", "/data/items.json", "/data/items.csv", "/data/cases.json",
                "/data/cases.csv", "/data/schema/list.schema.json", "/lists/mianfa/mianfa.xlsx", "/statistics/statistics.xlsx")) {
            assertTrue(links.contains(f), f);
        }
        for (String link : links) {
            if (link.startsWith("/")) {
                String rel = link.substring(1).replaceAll("#.*", "");
                assertTrue(Files.exists(site.out.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel)), link);
            }
        }
        assertTrue(page.selectFirst("a[rel=license]").text().contains("CC BY 4.0"));
    }

    private static JsonNode read(String path) throws IOException {
        return JSON.readTree(site.out.resolve(path).toFile());
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        return parts;
    }

    /** The part of JSON Schema the published schemas use: type, enum, required, properties, additionalProperties, items, $ref. */
    private static void check(JsonNode root, JsonNode schema, JsonNode value, String at, List<String> problems) {
        if (schema.has("$ref")) {
            schema = root.at(schema.get("$ref").asText().substring(1));
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode v : schema.get("enum")) found |= v.equals(value);
            if (!found) problems.add(at + ": " + value + " not in enum");
            return;
        }
        if (schema.has("type")) {
            List<String> types = new ArrayList<>();
            if (schema.get("type").isArray()) schema.get("type").forEach(t -> types.add(t.asText()));
            else types.add(schema.get("type").asText());
            String actual = value.isNull() ? "null" : value.isIntegralNumber() ? "integer" : value.isTextual() ? "string"
                    : value.isArray() ? "array" : value.isObject() ? "object" : value.getNodeType().toString();
            if (!types.contains(actual)) problems.add(at + ": " + actual + " is not " + types);
        }
        if (value.isObject()) {
            if (schema.has("required")) {
                for (JsonNode r : schema.get("required")) if (!value.has(r.asText())) problems.add(at + ": missing " + r.asText());
            }
            JsonNode props = schema.path("properties");
            for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!props.has(key)) problems.add(at + ": " + key + " is not in the schema");
                else check(root, props.get(key), value.get(key), at + "." + key, problems);
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) check(root, schema.get("items"), value.get(i), at + "[" + i + "]", problems);
        }
    }
}
