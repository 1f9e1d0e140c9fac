package cn.rxzf.portal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {
    @Test
    void aHeldFolderIsRefusedNamingItsOwner(@TempDir Path tmp) throws IOException {
        try (DataFolder first = DataFolder.claim(tmp, "serve")) {
            first.recordPort(7071);
            DataFolder.InUse e = assertThrows(DataFolder.InUse.class, () -> DataFolder.claim(tmp, "serve"));
            assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()) && e.getMessage().contains("port 7071"),
                    e.getMessage());
        }
    }

    @Test
    void theRecordOfADeadOwnerIsTakenOverAndKeptAsPrevious(@TempDir Path tmp) throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        Files.writeString(tmp.resolve("owner.properties"), "pid=" + dead.pid() + "\ncommand=serve\n"
                + "started=2026-12-01T00:00:00Z\nport=7070\npostgresPid=" + dead.pid() + "\npostgresPort=5555\n");
        try (DataFolder folder = DataFolder.claim(tmp, "serve")) {
            assertEquals(5555, folder.previous().postgresPort());
            assertFalse(folder.previous().alive());
            assertEquals(ProcessHandle.current().pid(), DataFolder.read(tmp).pid());
        }
    }

    @Test
    void aFolderOthersCanWriteIsRefusedWithOneLine(@TempDir Path tmp) throws IOException {
        Path shared = tmp.resolve("shared");
        Files.createDirectories(shared);
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path inside = PrivateFiles.privateFolder(shared.resolve("cache"));
        IOException e = assertThrows(IOException.class, () -> PrivateFiles.checkPrivate(inside));
        assertTrue(e.getMessage().contains("writable by other users") && !e.getMessage().contains("\n"), e.getMessage());
        IOException open = assertThrows(IOException.class, () -> PrivateFiles.checkPrivate(shared));
        assertTrue(open.getMessage().contains("0700"), open.getMessage());
    }

    @Test
    void secretsAreWrittenOnceAndPrivate(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("s.password");
        String first = PrivateFiles.secret(file);
        assertEquals(first, PrivateFiles.secret(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThrows(IOException.class, () -> PrivateFiles.secret(file));
    }
}
