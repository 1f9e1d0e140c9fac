package cn.rxzf.portal.site.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {
    private static final String OLD = """
            ---
            部门: scj
            标题: 旧名
            状态: 生效
            领域: 市场监管
            条目:
              - id: a
                违法行为: 甲
                适用条件: [一, 二]
            ---
            """;
    private static final String NEW = OLD.replace("标题: 旧名", "标题: 新名").replace("[一, 二]", "[一, 三]");

    @Test
    void git_log_output_is_parsed_into_commits_and_file_changes() {
        String log = "\u001e" + "c".repeat(40) + "\u001f2025-01-02T12:00:00+08:00\u001f更名\0\n"
                + ":100644 100644 " + "1".repeat(40) + " " + "2".repeat(40) + " R087\0departments/x/lists/a.md\0departments/x/lists/b.md\0"
                + ":100644 000000 " + "1".repeat(40) + " " + "0".repeat(40) + " D\0site.yaml\0"
                + "\u001e" + "d".repeat(40) + "\u001f2025-01-01T04:00:00Z\u001f首次\0\n"
                + ":000000 100644 " + "0".repeat(40) + " " + "1".repeat(40) + " A\0departments/x/lists/a.md\0";
        List<Commit> commits = Git.parseLog(log);
        assertEquals(2, commits.size());
        assertEquals(List.of(new FileChange('R', "departments/x/lists/b.md", "departments/x/lists/a.md", "2".repeat(40)),
                new FileChange('D', "site.yaml", null, null)), commits.get(0).files());
        assertEquals(Commit.NO_NOTE, commits.get(0).note(), "a subject is never the public note");
        assertEquals("2025-01-01T12:00+08:00", commits.get(1).isoTime(), "times are shown in China Standard Time");
        assertEquals("x", commits.get(0).files().get(0).department());
        assertNull(commits.get(0).files().get(1).department());
    }

    @Test
    void a_renamed_list_keeps_its_earlier_versions_and_diffs_follow_the_rename() {
        Commit first = commit("a1", "2025-01-01", new FileChange('A', "departments/x/lists/a.md", null, "b1"));
        Commit renamed = commit("a2", "2025-02-01", new FileChange('R', "departments/x/lists/b.md", "departments/x/lists/a.md", "b2"));
        History h = History.of(List.of(renamed, first), Map.of("b1", OLD, "b2", NEW), null);
        assertEquals(2, h.ofPath("departments/x/lists/b.md").size());
        assertEquals(2, h.versions("b").size());
        ListDiff d = h.diffs("b").get(0);
        assertEquals("/lists/b/diff/a10000000000-a20000000000/", d.url());
        assertEquals(List.of("标题", "适用条件"), List.of(d.fields().get(0).field(), d.changed().get(0).fields().get(0).field()));
        FieldChange conditions = d.changed().get(0).fields().get(0);
        assertEquals(List.of("三"), conditions.added());
        assertEquals(List.of("二"), conditions.removed());
        assertEquals(List.of("修改", "随清单发布"), h.ofItem("a").stream().map(ItemChange::action).toList());
    }

    @Test
    void a_deleted_list_has_history_but_no_comparison_pages() {
        Commit first = commit("a1", "2025-01-01", new FileChange('A', "departments/x/lists/a.md", null, "b1"));
        Commit second = commit("a2", "2025-02-01", new FileChange('M', "departments/x/lists/a.md", null, "b2"));
        Commit gone = commit("a3", "2025-03-01", new FileChange('D', "departments/x/lists/a.md", null, null));
        History h = History.of(List.of(gone, second, first), Map.of("b1", OLD, "b2", NEW), null);
        assertTrue(h.diffs("a").isEmpty());
        assertEquals(3, h.ofPath("departments/x/lists/a.md").size());
        assertNull(h.ofPath("departments/x/lists/a.md").get(1).diffUrl());
        assertEquals("清单删除", h.ofItem("a").get(0).action());
    }

    @Test
    void an_unreadable_old_version_is_skipped_not_fatal() {
        Commit first = commit("a1", "2025-01-01", new FileChange('A', "departments/x/lists/a.md", null, "b1"));
        Commit second = commit("a2", "2025-02-01", new FileChange('M', "departments/x/lists/a.md", null, "b2"));
        History h = History.of(List.of(second, first), Map.of("b1", "---\n标题: [未闭合\n---\n", "b2", NEW), null);
        assertEquals(2, h.versions("a").size());
        assertTrue(h.diffs("a").isEmpty());
        assertEquals("首次发布，共 1 项", h.ofPath("departments/x/lists/a.md").get(0).diff().summary());
    }

    @Test
    void a_folder_that_is_not_a_repository_gives_an_unavailable_history(@TempDir Path dir) {
        History h = History.read(dir);
        assertFalse(h.available());
        assertEquals("内容文件夹不在 git 仓库中", h.note());
    }

    private static Commit commit(String id, String day, FileChange... files) {
        return new Commit(id + "0".repeat(38), OffsetDateTime.parse(day + "T12:00:00+08:00"), "提交 " + id, List.of(files));
    }
}
