package cn.rxzf.portal.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Enumerated conditions are split; running clauses and citations that only look numbered are not. */
class EnumerationTest {
    @Test
    void eachStyleOfEnumerationSplits() {
        List<String> three = List.of("首次违法", "及时改正", "未造成危害后果");
        assertEquals(three, Enumeration.split("（一）首次违法；（二）及时改正；（三）未造成危害后果。"));
        assertEquals(three, Enumeration.split("(一)首次违法(二)及时改正(三)未造成危害后果"));
        assertEquals(three, Enumeration.split("一、首次违法；二、及时改正；三、未造成危害后果"));
        assertEquals(three, Enumeration.split("（1）首次违法；（2）及时改正；（3）未造成危害后果"));
        assertEquals(three, Enumeration.split("1.首次违法；2.及时改正；3.未造成危害后果。"));
        assertEquals(three, Enumeration.split("1、首次违法 2、及时改正 3、未造成危害后果"));
        assertEquals(three, Enumeration.split("①首次违法；②及时改正；③未造成危害后果"));
        assertEquals(three, Enumeration.split("首次违法\n及时改正\n未造成危害后果"));
        assertEquals(three, Enumeration.split("1. 首次违法\n2. 及时改正\n3. 未造成危害后果"));
    }

    @Test
    void anIntroductionEndingWithAColonIsDroppedOtherwiseKept() {
        assertEquals(List.of("首次违法", "及时改正"), Enumeration.split("同时符合下列条件：1.首次违法；2.及时改正"));
        assertEquals(List.of("在两年内", "首次违法", "及时改正"), Enumeration.split("在两年内（一）首次违法（二）及时改正"));
        assertEquals(List.of("首次违法", "及时改正"), Enumeration.split("同时符合下列条件：\n1. 首次违法\n2. 及时改正"));
        assertEquals(true, Enumeration.alternatives("具有下列情形之一：\n1. 首次违法\n2. 及时改正"));
        assertEquals(true, Enumeration.alternatives("符合下列任一情形的：（一）首次违法（二）及时改正"));
        assertEquals(false, Enumeration.alternatives("同时符合下列条件：1.首次违法；2.及时改正"));
        assertEquals(false, Enumeration.alternatives("属于本清单第一项情形之一的"));
    }

    @Test
    void runningClausesAndCitationsStayWhole() {
        assertEquals(List.of("违法行为轻微并及时改正，没有造成危害后果的"), Enumeration.split("违法行为轻微并及时改正，没有造成危害后果的"));
        assertEquals(List.of("依照第1.2条规定，首次违法的"), Enumeration.split("依照第1.2条规定，首次违法的"));
        assertEquals(List.of("符合（一）项情形的"), Enumeration.split("符合（一）项情形的"));
        assertEquals(List.of("限额为2.5万元，且在3日内改正"), Enumeration.split("限额为2.5万元，且在3日内改正"));
    }

    @Test
    void measuresSplitAtSemicolonsAndLinesButNotAtEnumerationCommas() {
        assertEquals(List.of("批评教育", "责令改正"), Enumeration.split("批评教育；责令改正", "；;"));
        assertEquals(List.of("约谈提醒", "签署承诺书"), Enumeration.split("约谈提醒\n签署承诺书", "；;"));
        assertEquals(List.of("批评教育、责令改正"), Enumeration.split("批评教育、责令改正", "；;"));
    }
}
