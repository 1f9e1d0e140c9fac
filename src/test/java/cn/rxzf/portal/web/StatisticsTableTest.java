package cn.rxzf.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one rule of published shares: n beside every figure, nothing from fewer than five. */
class StatisticsTableTest {
    @Test
    void noShareOrMeanFromFewerThanFive() {
        assertEquals("不足 5 份，不公布", StatisticsTable.share(4, 4));
        assertEquals("不足 5 份，不公布", StatisticsTable.mean(20, 4));
        assertEquals("不足 5 份，不公布", StatisticsTable.share(0, 0));
    }

    @Test
    void fromFiveTheShareCarriesItsN() {
        assertEquals("60%（n=5）", StatisticsTable.share(3, 5));
        assertEquals("67%（n=6）", StatisticsTable.share(4, 6));
        assertEquals("3.4（n=5）", StatisticsTable.mean(17, 5));
    }
}
