package cn.rxzf.portal.content;

import cn.rxzf.portal.content.model.Draft;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

final class DraftReader {
    /** Legal minimum comment period in days (立法法 art. 40; 重大行政决策程序暂行条例 art. 15). */
    static final int MIN_PERIOD_DAYS = 30;

    private DraftReader() {}

    static Draft read(ReadContext r, String folderCode) {
        Fields f = r.fields;
        String department = r.department(folderCode);
        LocalDate opens = f.date("征求意见开始", true);
        LocalDate closes = f.date("征求意见截止", true);
        String periodNote = f.text("期限说明", false);
        if (opens != null && closes != null) {
            if (closes.isBefore(opens)) {
                f.problem(f.line("征求意见截止"), "“征求意见截止”" + closes + " 早于“征求意见开始”" + opens);
            } else if (ChronoUnit.DAYS.between(opens, closes) + 1 < MIN_PERIOD_DAYS && periodNote == null) {
                f.problem(f.line("征求意见截止"), "征求意见期少于 " + MIN_PERIOD_DAYS + " 日，须在“期限说明”中说明理由");
            }
        }
        String listId = f.id("关联清单", false);
        r.refer(Reference.Kind.CONSULTED_LIST, listId, "关联清单");
        Draft d = new Draft(r.source.id(), department, f.text("标题", true), opens, closes, periodNote, listId,
                f.text("起草说明", false), r.bodyHtml(), r.source.displayPath());
        f.finish();
        return opens == null || closes == null ? null : d;
    }
}
