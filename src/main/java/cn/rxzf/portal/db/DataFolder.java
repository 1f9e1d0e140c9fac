package cn.rxzf.portal.db;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Properties;

/**
 * One owner per data folder. The owner (a {@code serve}, or a command running alone) holds an exclusive lock on
 * {@code <data>/owner.lock} for as long as it runs — the operating system drops it when the process dies, however
 * it dies — and records who it is in {@code <data>/owner.properties}: its pid, command, start time, the HTTP port
 * and the embedded PostgreSQL's pid and port. Another process reads that record to reach the owner's database
 * ({@link Database#forCommand}) or to name it when refusing to start; a new owner reads the record its dead
 * predecessor left to know which database server was that predecessor's ({@link EmbeddedDatabase}).
 */
public final class DataFolder implements AutoCloseable {
    private static final String LOCK = "owner.lock";
    private static final String RECORD = "owner.properties";

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;
    private final Owner previous;
    private volatile Owner current;

    /** Who owns (or last owned) a data folder. {@code port} and {@code postgresPid}/{@code postgresPort} are 0 until known. */
    public record Owner(long pid, String command, Instant started, int port, long postgresPid, int postgresPort) {
        public boolean alive() {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }

        /** "serve (pid 123, port 7070, since 2026-12-06T01:02:03Z)". */
        public String describe() {
            return command + " (pid " + pid + (port > 0 ? ", port " + port : "") + ", since " + started + ")";
        }
    }

    /** The data folder is owned by a live process. */
    public static final class InUse extends IOException {
        public final transient Owner owner;

        InUse(Path dir, Owner owner) {
            super("the data folder " + dir + " is in use by " + (owner == null ? "another process" : owner.describe()));
            this.owner = owner;
        }
    }

    private DataFolder(Path dir, FileChannel channel, FileLock lock, Owner previous, String command) throws IOException {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
        this.previous = previous;
        this.current = new Owner(ProcessHandle.current().pid(), command, Instant.now(), 0, 0, 0);
        write(current);
    }

    /**
     * Takes the folder for {@code command} (made 0700 if new), or throws {@link InUse} naming the live owner. A
     * record left by a dead owner is kept as {@link #previous()}.
     */
    public static DataFolder claim(Path dataDir, String command) throws IOException {
        Path dir = dataDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) PrivateFiles.privateFolder(dir);
        FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very JVM
        }
        if (lock == null) {
            channel.close();
            throw new InUse(dir, read(dir));
        }
        return new DataFolder(dir, channel, lock, read(dir), command);
    }

    /** The record of the folder's owner, or null when there is none. */
    public static Owner read(Path dataDir) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dataDir.resolve(RECORD), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (NoSuchFileException e) {
            return null;
        }
        try {
            return new Owner(Long.parseLong(p.getProperty("pid")), p.getProperty("command", "?"),
                    Instant.parse(p.getProperty("started")), Integer.parseInt(p.getProperty("port", "0")),
                    Long.parseLong(p.getProperty("postgresPid", "0")), Integer.parseInt(p.getProperty("postgresPort", "0")));
        } catch (RuntimeException e) {
            return null;
        }
    }

    public Path dir() {
        return dir;
    }

    /** The record the previous owner left (it is dead: the lock was free), or null. */
    public Owner previous() {
        return previous;
    }

    /** Whether this process still owns the folder. */
    public boolean held() {
        return lock.isValid();
    }

    public Owner owner() {
        return current;
    }

    public synchronized void recordPort(int port) throws IOException {
        current = new Owner(current.pid(), current.command(), current.started(), port, current.postgresPid(),
                current.postgresPort());
        write(current);
    }

    public synchronized void recordPostgres(long pid, int port) throws IOException {
        current = new Owner(current.pid(), current.command(), current.started(), current.port(), pid, port);
        write(current);
    }

    private void write(Owner o) throws IOException {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(o.pid()));
        p.setProperty("command", o.command());
        p.setProperty("started", o.started().toString());
        p.setProperty("port", Integer.toString(o.port()));
        p.setProperty("postgresPid", Long.toString(o.postgresPid()));
        p.setProperty("postgresPort", Integer.toString(o.postgresPort()));
        Path tmp = dir.resolve(RECORD + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "the owner of this data folder (see owner.lock)");
        }
        Files.move(tmp, dir.resolve(RECORD), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Releases the folder. The record stays: the next owner reads it as {@link #previous()}. */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
