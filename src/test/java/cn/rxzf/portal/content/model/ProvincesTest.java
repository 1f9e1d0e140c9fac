package cn.rxzf.portal.content.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.content.citations.Regions;
import org.junit.jupiter.api.Test;

class ProvincesTest {
    @Test
    void a_region_is_read_however_it_is_written() {
        assertEquals("广东省", Provinces.of("广东江门"));
        assertEquals("广东省", Provinces.of("广东省江门市"));
        assertEquals("新疆生产建设兵团", Provinces.of("新疆生产建设兵团第八师"), "the longer name first");
        assertEquals("新疆维吾尔自治区", Provinces.of("新疆乌鲁木齐"));
        assertNull(Provinces.of("江门市"));
        assertNull(Provinces.of(null));
    }

    @Test
    void a_bare_province_name_is_a_province_level_region_for_every_province() {
        assertTrue(Provinces.isWhole("贵州") && Provinces.isWhole("广西壮族自治区"));
        assertFalse(Provinces.isWhole("贵州贵阳"));
        // Regions (provision pages' 层级) and the credit form's groups read the same vocabulary: before, Regions knew
        // eleven bare province names of its own and 贵州 had no level.
        assertEquals("省级", Regions.level("贵州"), "not 市级 for the 州 at its end");
        assertEquals("省级", Regions.level("江苏"));
        assertEquals("市级", Regions.level("广东省江门市"));
    }
}
