package cn.rxzf.portal.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.ServiceHarness;
import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.law.LawScenarios.Row;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenario tables written from the law ({@code src/test/resources/law/}), run against the live service: the
 * built test site (one list of each kind), the embedded PostgreSQL, the app on a free port, and the clock set to
 * each row's "today". Every check answer must carry a trace whose deciding steps give its outcome.
 */
class LawScenariosTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<Row> CHECK = LawScenarios.read("check-scenarios.csv");
    static final List<Row> CREDIT = LawScenarios.read("credit-scenarios.csv");
    static final List<Row> DEADLINES = LawScenarios.read("deadline-scenarios.csv");

    @TempDir
    static Path dir;
    static ServiceHarness service;

    @BeforeAll
    static void start() throws Exception {
        TestSite site = TestSite.minimal(dir);
        for (Map.Entry<String, String> e : LawScenarios.lists().entrySet()) {
            site.write("departments/scj/lists/law-" + e.getKey() + ".md", e.getValue());
        }
        for (String folder : List.of("credit", "law")) {
            try (Stream<Path> files = Files.list(Path.of("content", folder))) {
                for (Path f : files.toList()) site.write(folder + "/" + f.getFileName(), Files.readString(f));
            }
        }
        service = new ServiceHarness(site);
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
    }

    static void today(String date) {
        service.clock.set(LocalDate.parse(date).atTime(10, 0).atZone(Settings.ZONE).toInstant());
    }

    static Stream<Row> check() {
        return CHECK.stream();
    }

    static Stream<Row> credit() {
        return CREDIT.stream();
    }

    static Stream<Row> deadlines() {
        return DEADLINES.stream();
    }

    @Test
    void the_tables_are_as_large_as_the_issue_asks() {
        assertTrue(CHECK.size() >= 120, CHECK.size() + " check rows");
        assertTrue(CREDIT.size() >= 50, CREDIT.size() + " credit rows");
    }

    @Test
    void every_article_a_trace_links_to_is_a_published_provision() throws Exception {
        today(TestSite.TODAY.toString());
        java.util.Set<String> urls = new java.util.TreeSet<>();
        for (Row r : CHECK) {
            if (r.get("expected").equals("ERROR")) continue;
            String url = LawScenarios.checkPath(r) + "?" + LawScenarios.query(LawScenarios.checkParams(r)) + "&format=json";
            for (JsonNode st : JSON.readTree(service.get(url).body()).at("/outcome/trace")) {
                String link = st.at("/article/url").asText();
                if (link.startsWith("/law/")) urls.add(link);
            }
        }
        assertTrue(urls.size() >= 10, urls.toString());
        for (String link : urls) {
            String[] parts = link.split("#");
            var page = service.get(parts[0]);
            assertEquals(200, page.statusCode(), link);
            assertTrue(page.body().contains("id=\"" + parts[1] + "\""), link);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("check")
    void check_scenario(Row r) throws Exception {
        today(TestSite.TODAY.toString());
        String url = LawScenarios.checkPath(r) + "?" + LawScenarios.query(LawScenarios.checkParams(r)) + "&format=json";
        var response = service.get(url);
        if (r.get("expected").equals("ERROR")) {
            assertEquals(400, response.statusCode(), response.body());
            return;
        }
        assertEquals(200, response.statusCode(), response.body());
        JsonNode o = JSON.readTree(response.body()).at("/outcome");
        assertEquals(r.get("expected"), o.at("/code").asText(), () -> r + "\n" + trace(o));
        if (!r.get("also").isEmpty()) {
            boolean found = false;
            for (JsonNode a : o.at("/also")) found |= a.at("/label").asText().equals(label(r.get("also")));
            assertTrue(found, () -> r + ": also " + r.get("also") + "\n" + trace(o));
        }
        if (!r.get("coercion").isEmpty()) {
            assertEquals(r.get("coercion").equals("yes"), !o.at("/coercion").isNull(), r::toString);
        }
        if (!r.get("limitYears").isEmpty()) {
            assertEquals(Integer.parseInt(r.get("limitYears")), o.at("/limitation/years").asInt(), r::toString);
            assertEquals(r.get("limitLastDay"), o.at("/limitation/lastDay").asText(), r::toString);
        }
        JsonNode trace = o.at("/trace");
        assertTrue(trace.size() >= 5, "every rule considered is in the trace");
        int deciding = 0;
        for (JsonNode st : trace) {
            assertFalse(st.at("/fact").asText().isBlank());
            assertFalse(st.at("/article/cite").asText().isBlank());
            assertFalse(st.at("/article/text").asText().isBlank());
            if (st.at("/decisive").asBoolean()) {
                deciding++;
                assertEquals(o.at("/code").asText(), st.at("/gives").asText());
            }
        }
        assertEquals(!r.get("expected").equals("NOT_APPLICABLE"), deciding > 0, r::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("credit")
    void credit_scenario(Row r) throws Exception {
        today(r.get("today"));
        String url = "/credit/eligibility?class=" + java.net.URLEncoder.encode(r.get("class"), "UTF-8") + "&decided="
                + r.get("decided") + "&corrected=" + r.get("corrected") + "&performed=" + r.get("performed")
                + "&format=json";
        var response = service.get(url);
        if (r.get("expected").equals("ERROR")) {
            assertEquals(400, response.statusCode(), response.body());
            return;
        }
        assertEquals(200, response.statusCode(), response.body());
        JsonNode j = JSON.readTree(response.body());
        assertEquals(r.get("expected"), j.at("/verdict").asText(), () -> r + "\n" + j.toPrettyString());
        if (!r.get("minLastDay").isEmpty()) assertEquals(r.get("minLastDay"), j.at("/minLastDay").asText(), r::toString);
        assertEquals(r.get("maxLastDay"), j.at("/maxLastDay").asText(), r::toString);
        assertTrue(j.at("/trace").size() >= 2, "the periods' first and last days with their articles");
        for (JsonNode st : j.at("/trace")) assertNotNull(st.at("/article/cite").textValue());
        if (r.get("expected").equals("DEPARTMENT_RULES")) {
            assertTrue(String.join("", j.at("/reasons").toString()).contains("按照行业主管部门有关规定执行"), r::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deadlines")
    void deadline_scenario(Row r) throws Exception {
        today(r.get("received"));
        var response = service.get("/credit/eligibility?class=%E4%B8%80%E8%88%AC&decided=2020-01-01&corrected=yes"
                + "&performed=yes&format=json");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode d = JSON.readTree(response.body()).at("/deadlines");
        String field = r.get("days").equals("3") ? "/acceptance" : "/decision";
        assertEquals(r.get("due"), d.at(field).asText(), r::toString);
        assertEquals(r.get("provisional").equals("yes"), d.at("/provisional").asBoolean(), r::toString);
    }

    static String label(String code) {
        return cn.rxzf.portal.exemption.Outcome.Kind.valueOf(code).label;
    }

    static String trace(JsonNode o) {
        StringBuilder b = new StringBuilder();
        for (JsonNode st : o.at("/trace")) {
            b.append(st.at("/decisive").asBoolean() ? " * " : "   ").append(st.at("/article/cite").asText()).append(" | ")
                    .append(st.at("/fact").asText()).append(" → ").append(st.at("/result").asText()).append('\n');
        }
        return b.toString();
    }
}
