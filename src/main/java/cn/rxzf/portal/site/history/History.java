package cn.rxzf.portal.site.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The content's change history, read from git once per build by {@link #read(Path)}: every commit that touched the
 * content folder, each file's changes (following renames), every committed version of each list, and the
 * comparisons between them. Immutable; when git cannot be read the history is {@link #available() unavailable}
 * and says why, and the site still builds.
 */
public final class History {
    /** Up to this many versions a list gets a comparison page for every pair; beyond, each version against the one before and the latest. */
    static final int ALL_PAIRS_UP_TO = 12;

    private final boolean available;
    private final String note;
    private final List<Commit> commits;
    private final Map<String, List<Change>> byPath;
    private final Map<String, List<ListVersion>> versionsByList;
    private final Map<String, List<ListDiff>> diffsByList;
    private final Map<String, List<ItemChange>> byItem;
    private final Map<String, List<Commit>> byDepartment;

    private History(boolean available, String note, List<Commit> commits, Map<String, List<Change>> byPath,
                    Map<String, List<ListVersion>> versionsByList, Map<String, List<ListDiff>> diffsByList,
                    Map<String, List<ItemChange>> byItem, Map<String, List<Commit>> byDepartment) {
        this.available = available;
        this.note = note;
        this.commits = commits;
        this.byPath = byPath;
        this.versionsByList = versionsByList;
        this.diffsByList = diffsByList;
        this.byItem = byItem;
        this.byDepartment = byDepartment;
    }

    /** A history that could not be read, saying why (shown on the pages). */
    public static History unavailable(String reason) {
        return new History(false, reason, List.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** Runs git in {@code contentDir}; never throws: problems make an {@link #unavailable} history. */
    public static History read(Path contentDir) {
        if (!Files.isDirectory(contentDir)) return unavailable("内容文件夹不存在");
        Git git = new Git(contentDir);
        try {
            Git.Repository repo = git.open();
            if (!repo.hasCommits()) return of(List.of(), Map.of(), "内容尚未提交到 git 仓库");
            List<Commit> commits = git.log();
            Set<String> blobIds = new LinkedHashSet<>();
            for (Commit c : commits) {
                for (FileChange f : c.files()) if (f.blob() != null && f.listId() != null) blobIds.add(f.blob());
            }
            Map<String, String> blobs = git.blobs(blobIds);
            return of(commits, blobs, repo.shallow() ? "仓库为浅克隆，只含最近的修改记录" : null);
        } catch (Git.Unavailable e) {
            return unavailable(e.getMessage());
        }
    }

    /**
     * Assembles the history from commits (newest first, children before parents) and the text of the list
     * versions by blob id.
     */
    static History of(List<Commit> commits, Map<String, String> blobs, String note) {
        // Walking newest to oldest, a rename points the old path at the lineage the new path belongs to.
        Map<String, String> lineageOf = new HashMap<>();
        Map<String, List<Map.Entry<Commit, FileChange>>> lineages = new LinkedHashMap<>();
        Map<String, List<Commit>> byDepartment = new LinkedHashMap<>();
        for (Commit c : commits) {
            Set<String> departments = new LinkedHashSet<>();
            for (FileChange f : c.files()) {
                String key = lineageOf.getOrDefault(f.path(), f.path());
                lineages.computeIfAbsent(key, k -> new ArrayList<>()).add(Map.entry(c, f));
                if (f.status() == 'R') lineageOf.put(f.oldPath(), key);
                if (f.department() != null) departments.add(f.department());
            }
            for (String d : departments) byDepartment.computeIfAbsent(d, k -> new ArrayList<>()).add(c);
        }

        Map<String, List<Change>> byPath = new HashMap<>();
        Map<String, List<ListVersion>> versionsByList = new LinkedHashMap<>();
        Map<String, List<ListDiff>> diffsByList = new LinkedHashMap<>();
        Map<String, List<ItemChange>> byItem = new HashMap<>();
        for (var lineage : lineages.entrySet()) {
            String path = lineage.getKey();
            List<Map.Entry<Commit, FileChange>> changes = lineage.getValue(); // newest first
            String listId = FileChange.listIdOf(path);
            if (listId == null) {
                List<Change> out = new ArrayList<>();
                for (var e : changes) out.add(new Change(e.getKey(), e.getValue(), null, null, null, null));
                byPath.put(path, List.copyOf(out));
                continue;
            }
            boolean live = changes.get(0).getValue().status() != 'D';
            List<ListVersion> versions = new ArrayList<>();
            Map<FileChange, ListVersion> versionOf = new HashMap<>();
            String lastBlob = null;
            for (int i = changes.size() - 1; i >= 0; i--) {
                FileChange f = changes.get(i).getValue();
                if (f.blob() == null || f.blob().equals(lastBlob)) continue;
                lastBlob = f.blob();
                ListVersion v = new ListVersion(listId, versions.size() + 1, changes.get(i).getKey(), f.path(),
                        ListSnapshot.parse(blobs.get(f.blob())));
                versions.add(v);
                versionOf.put(f, v);
            }
            Map<ListVersion, ListDiff> fromPrevious = new HashMap<>();
            ListVersion previous = null;
            for (ListVersion v : versions) {
                if (v.snapshot() != null) {
                    ListDiff d = ListDiff.between(previous, v);
                    fromPrevious.put(v, d);
                    itemChanges(d, live, byItem);
                    previous = v;
                }
            }
            if (!live && previous != null) {
                Commit deleted = changes.get(0).getKey();
                for (String item : previous.snapshot().items().keySet()) {
                    byItem.computeIfAbsent(item, k -> new ArrayList<>()).add(new ItemChange(deleted, listId,
                            previous.department(), "清单删除", List.of(), null));
                }
            }
            List<ListVersion> readable = versions.stream().filter(v -> v.snapshot() != null).toList();
            ListVersion latest = readable.isEmpty() ? null : readable.get(readable.size() - 1);
            List<Change> out = new ArrayList<>();
            for (var e : changes) {
                ListVersion v = versionOf.get(e.getValue());
                ListDiff d = v == null ? null : fromPrevious.get(v);
                String diffUrl = live && d != null && d.from() != null ? d.url() : null;
                String toLatest = live && v != null && latest != null && v != latest && v.snapshot() != null
                        ? ListDiff.urlOf(listId, v, latest) : null;
                out.add(new Change(e.getKey(), e.getValue(), v, d, diffUrl, toLatest));
            }
            byPath.put(path, List.copyOf(out));
            if (live) {
                versionsByList.put(listId, List.copyOf(versions));
                diffsByList.put(listId, pairs(readable, fromPrevious));
            }
        }
        Map<Commit, Integer> order = new HashMap<>();
        for (Commit c : commits) order.put(c, order.size());
        for (List<ItemChange> l : byItem.values()) l.sort(java.util.Comparator.comparing(ch -> order.get(ch.commit())));
        return new History(true, note, List.copyOf(commits), byPath, versionsByList, diffsByList, freeze(byItem),
                freeze(byDepartment));
    }

    /** Adds to each item's history what this version did to it (oldest first; reversed at the end). */
    private static void itemChanges(ListDiff d, boolean live, Map<String, List<ItemChange>> byItem) {
        ListVersion v = d.to();
        String url = live && d.from() != null ? d.url() : null;
        for (ListDiff.ItemRef r : d.added()) add(byItem, r.id(), new ItemChange(v.commit(), v.listId(), v.department(),
                d.from() == null ? "随清单发布" : "新增", List.of(), url));
        for (ListDiff.ItemDiff c : d.changed()) add(byItem, c.id(), new ItemChange(v.commit(), v.listId(),
                v.department(), "修改", c.fields().stream().map(FieldChange::field).toList(), url));
        for (ListDiff.ItemRef r : d.removed()) add(byItem, r.id(), new ItemChange(v.commit(), v.listId(),
                v.department(), "移出清单", List.of(), url));
        if (d.from() != null && !d.fields().isEmpty()) {
            List<String> names = d.fields().stream().map(FieldChange::field).toList();
            for (String id : d.to().snapshot().items().keySet()) {
                boolean own = d.added().stream().anyMatch(r -> r.id().equals(id))
                        || d.changed().stream().anyMatch(c -> c.id().equals(id));
                if (!own) add(byItem, id, new ItemChange(v.commit(), v.listId(), v.department(), "清单信息修改", names, url));
            }
        }
    }

    private static void add(Map<String, List<ItemChange>> byItem, String id, ItemChange c) {
        byItem.computeIfAbsent(id, k -> new ArrayList<>()).add(c);
    }

    /** Comparison pages: every pair while there are few versions, else each with the one before and with the latest. */
    private static List<ListDiff> pairs(List<ListVersion> readable, Map<ListVersion, ListDiff> fromPrevious) {
        List<ListDiff> out = new ArrayList<>();
        int n = readable.size();
        for (int j = 1; j < n; j++) {
            for (int i = 0; i < j; i++) {
                boolean wanted = n <= ALL_PAIRS_UP_TO || i == j - 1 || j == n - 1;
                if (!wanted) continue;
                out.add(i == j - 1 && fromPrevious.get(readable.get(j)).from() == readable.get(i)
                        ? fromPrevious.get(readable.get(j)) : ListDiff.between(readable.get(i), readable.get(j)));
            }
        }
        return List.copyOf(out);
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> m) {
        Map<String, List<T>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    public boolean available() {
        return available;
    }

    /** Why there is no history, or what is missing from it (shallow clone); null when complete. */
    public String note() {
        return note;
    }

    /** Every commit that touched content, newest first. */
    public List<Commit> commits() {
        return commits;
    }

    public List<Commit> recentCommits(long n) {
        return commits.subList(0, (int) Math.min(n, commits.size()));
    }

    /** The changes of a content file (path relative to the content folder, e.g. {@code departments/x/lists/y.md}), newest first. */
    public List<Change> ofPath(String path) {
        return byPath.getOrDefault(path, List.of());
    }

    /** What happened to an item, newest first. */
    public List<ItemChange> ofItem(String itemId) {
        return byItem.getOrDefault(itemId, List.of());
    }

    /** The committed versions of a list that still exists, oldest first. */
    public List<ListVersion> versions(String listId) {
        return versionsByList.getOrDefault(listId, List.of());
    }

    /** The comparison pages of a list, in a fixed order. */
    public List<ListDiff> diffs(String listId) {
        return diffsByList.getOrDefault(listId, List.of());
    }

    /** Every list that has comparison pages. */
    public Set<String> listsWithDiffs() {
        return Collections.unmodifiableSet(diffsByList.keySet());
    }

    /** Commits that changed a department's folder, newest first. */
    public List<Commit> ofDepartment(String code) {
        return byDepartment.getOrDefault(code, List.of());
    }
}
