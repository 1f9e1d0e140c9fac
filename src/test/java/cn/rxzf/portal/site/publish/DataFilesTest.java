package cn.rxzf.portal.site.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DataFilesTest {
    @Test
    void csv_cells_are_quoted_when_they_hold_commas_quotes_or_newlines() {
        assertEquals("plain", DataFiles.cell("plain"));
        assertEquals("\"a,b\"", DataFiles.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", DataFiles.cell("say \"hi\""));
        assertEquals("\"1\n2\"", DataFiles.cell("1\n2"));
    }

    @Test
    void csv_cells_that_a_spreadsheet_would_run_as_formulas_are_defused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", DataFiles.cell("=HYPERLINK(\"x\")"));
        assertEquals("\"'+1\"", DataFiles.cell("+1"));
        assertEquals("\"'@SUM(A1)\"", DataFiles.cell("@SUM(A1)"));
    }
}
