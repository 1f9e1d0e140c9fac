package cn.rxzf.portal.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.rxzf.portal.site.render.Output;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fresh site's folders are each made once: shared ones up front, a page's own by its writer. */
class OutputFoldersTest {
    @TempDir
    Path dir;

    private static Output output(String path) {
        return new Output(path, Set.of(), () -> new byte[0]);
    }

    @Test
    void sharedFoldersAreMadeUpFrontParentsFirstAndEachPageMakesItsOwn() throws IOException {
        List<String> paths = List.of("index.html", "_headers", "items/a/index.html", "items/b/index.html",
                "lists/x/index.html", "lists/x/x.csv", "provisions/law-1/art-2/index.html", "data/items.json",
                "data/schema/items.schema.json", "lists/area/a-b/index.html");
        List<Output> outputs = new ArrayList<>();
        for (String p : paths) outputs.add(output(p));
        OutputFolders folders = OutputFolders.make(outputs, dir);
        assertEquals(new TreeSet<>(List.of("items", "lists", "lists/x", "lists/area", "provisions", "provisions/law-1",
                "data")), folders(), "made up front");
        for (String p : paths) {
            Path file = dir.resolve(p);
            folders.prepare(p, file);
            Files.write(file, p.getBytes(), StandardOpenOption.CREATE_NEW);
        }
        assertEquals(new TreeSet<>(List.of("items", "items/a", "items/b", "lists", "lists/x", "lists/area",
                "lists/area/a-b", "provisions", "provisions/law-1", "provisions/law-1/art-2", "data", "data/schema")),
                folders());
        // one mkdir per folder, no check: a page's own folder made twice is an error, not silently shared
        assertThrows(FileAlreadyExistsException.class, () -> folders.prepare("items/a/index.html",
                dir.resolve("items/a/index.html")));
    }

    @Test
    void aFileIsWrittenWholeWhateverItsSizeAndOnlyTheGivenLength() throws IOException {
        byte[] bytes = new byte[OutputFiles.PIECE * 2 + 12_345];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i * 31);
        int length = bytes.length - 100;
        Path file = dir.resolve("big.bin");
        OutputFiles.write(file, bytes, length, StandardOpenOption.CREATE_NEW);
        assertArrayEquals(Arrays.copyOf(bytes, length), Files.readAllBytes(file));
        OutputFiles.write(file, new byte[] {1, 2, 3}, 2, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        assertArrayEquals(new byte[] {1, 2}, Files.readAllBytes(file));
        assertThrows(FileAlreadyExistsException.class, () -> OutputFiles.write(file, bytes, 1, StandardOpenOption.CREATE_NEW));
    }

    private Set<String> folders() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            Set<String> out = new TreeSet<>();
            all.filter(Files::isDirectory).filter(p -> !p.equals(dir)).forEach(p -> out.add(dir.relativize(p).toString()));
            return out;
        }
    }
}
