package cn.rxzf.portal.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What a crash leaves in a data folder — a postmaster that outlived its JVM, backends that outlived their postmaster,
 * a {@code postmaster.pid} naming a dead or recycled pid — cleared before a new server starts there. Called only by
 * the folder's owner (it holds {@link DataFolder}'s lock). A PostgreSQL process counts as a leftover of the folder
 * when its working directory is the folder (PostgreSQL's processes run in their data directory); a live postmaster
 * there that the previous owner did not record as its own is never touched: the start is refused instead.
 */
final class Leftovers {
    private Leftovers() {}

    /**
     * Stops the recorded postmaster {@code recordedPid} (0: none) if it still runs in {@code pgDir}, makes every
     * other leftover process of the folder exit, and removes a {@code postmaster.pid} whose pid is now another
     * program's. Throws, with a one-line reason, when a server that was not recorded runs there or a process does
     * not go away.
     */
    static void clear(Path pgDir, long recordedPid) throws IOException {
        if (!Files.isDirectory(pgDir)) return;
        Path dir = pgDir.toRealPath();
        long named = pidInPidFile(dir);
        List<ProcessHandle> inFolder = processesIn(dir);
        for (ProcessHandle p : inFolder) {
            if (p.pid() == named && p.pid() != recordedPid) {
                throw new IOException("a PostgreSQL server (pid " + p.pid() + ") that this service did not start runs in "
                        + dir + "; stop it first");
            }
        }
        if (!inFolder.isEmpty()) {
            // A postmaster of ours still running is asked to shut down (it ends its own backends); processes whose
            // postmaster is dead only wait to notice it, and their shared state is discarded by crash recovery
            // anyway: they are killed at once (some helpers ignore SIGTERM and would keep the start waiting).
            Optional<ProcessHandle> postmaster = inFolder.stream().filter(p -> p.pid() == recordedPid).findFirst();
            postmaster.ifPresent(ProcessHandle::destroy);
            if (postmaster.isEmpty() || !waitGone(inFolder, 10)) {
                inFolder.forEach(ProcessHandle::destroyForcibly);
                if (!waitGone(inFolder, 10)) {
                    throw new IOException("leftover database processes in " + dir + " did not exit: "
                            + inFolder.stream().filter(ProcessHandle::isAlive).map(p -> Long.toString(p.pid())).toList());
                }
            }
        }
        // A pid file whose pid is a live process (a recycled pid: every process of the folder is gone) would make
        // PostgreSQL refuse to start. One naming a dead pid is left: PostgreSQL then also frees the old shared memory.
        named = pidInPidFile(dir);
        if (named > 0 && ProcessHandle.of(named).map(ProcessHandle::isAlive).orElse(false)) {
            Files.deleteIfExists(dir.resolve("postmaster.pid"));
        }
    }

    /** Live PostgreSQL processes of this user whose working directory is {@code dir} (Linux; elsewhere none). */
    static List<ProcessHandle> processesIn(Path dir) {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) return List.of();
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self)
                .filter(p -> cwd(proc, p.pid()).map(dir::equals).orElse(false))
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .toList();
    }

    private static Optional<Path> cwd(Path proc, long pid) {
        try {
            return Optional.of(Files.readSymbolicLink(proc.resolve(Long.toString(pid)).resolve("cwd")));
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return Optional.empty(); // another user's process, or gone
        }
    }

    private static long pidInPidFile(Path dir) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("postmaster.pid"), StandardCharsets.UTF_8);
            return lines.isEmpty() ? 0 : Long.parseLong(lines.get(0).trim());
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static boolean waitGone(List<ProcessHandle> processes, int seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (ProcessHandle p : processes) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return processes.stream().noneMatch(ProcessHandle::isAlive);
            try {
                p.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                if (e instanceof InterruptedException) Thread.currentThread().interrupt();
                return processes.stream().noneMatch(ProcessHandle::isAlive);
            }
        }
        return true;
    }
}
