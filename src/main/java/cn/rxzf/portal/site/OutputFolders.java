package cn.rxzf.portal.site;

import cn.rxzf.portal.site.render.Output;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The folders of a fresh site, each made exactly once. Folders that other folders or several outputs go in
 * ({@code items/}, {@code lists/<id>/}, {@code data/}) are made up front, parents first; a folder that holds one
 * output and nothing else (most pages: {@code items/<id>/index.html}) is made by that output's writer, in
 * parallel with the others, with one {@code mkdir} and no check for a folder that is already there
 * ({@code Files.createDirectories} tried each page's folder, and its existing parents failed with an exception).
 */
final class OutputFolders {
    private final Set<String> ownFolders;

    private OutputFolders(Set<String> ownFolders) {
        this.ownFolders = ownFolders;
    }

    /** Makes the shared folders of {@code outputs} under {@code dir}, which must be new and empty. */
    static OutputFolders make(List<Output> outputs, Path dir) throws IOException {
        Map<String, Integer> outputsIn = new HashMap<>();
        for (Output o : outputs) outputsIn.merge(parent(o.path()), 1, Integer::sum);
        Set<String> shared = new TreeSet<>(); // a parent sorts before the folders in it
        for (Map.Entry<String, Integer> e : outputsIn.entrySet()) {
            if (e.getValue() > 1) shared.add(e.getKey());
            for (String p = parent(e.getKey()); !p.isEmpty() && shared.add(p); p = parent(p)) { }
        }
        shared.remove("");
        for (String folder : shared) Files.createDirectory(dir.resolve(folder));
        Set<String> own = new HashSet<>();
        for (String folder : outputsIn.keySet()) if (!folder.isEmpty() && !shared.contains(folder)) own.add(folder);
        return new OutputFolders(own);
    }

    /** Makes {@code file}'s folder when it is the output's own ({@code path} is the output's path in the site). */
    void prepare(String path, Path file) throws IOException {
        if (ownFolders.contains(parent(path))) Files.createDirectory(file.getParent());
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
