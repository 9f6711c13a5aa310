package dev.quickbite.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A component's log file, which every run appends to. A run only looks at what it wrote itself:
 * the part after {@code offset}, the file's length when the run started.
 */
record LogFile(Path path, long offset) {

    private static final int TAIL_BYTES = 64 * 1024;

    static LogFile startingNow(Path path) {
        try {
            Files.createDirectories(path.getParent());
            return new LogFile(path, Files.exists(path) ? Files.size(path) : 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare log file " + path, e);
        }
    }

    /** Lines this run wrote so far. */
    List<String> linesOfThisRun() {
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "r")) {
            return read(file, offset);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The last lines this run wrote, for error messages. */
    String tail(int maxLines) {
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "r")) {
            long start = Math.max(offset, file.length() - TAIL_BYTES);
            List<String> lines = read(file, start);
            List<String> last = lines.subList(Math.max(0, lines.size() - maxLines), lines.size());
            return String.join(System.lineSeparator(), last);
        } catch (IOException e) {
            return "(no log at " + path + ": " + e.getMessage() + ")";
        }
    }

    private static List<String> read(RandomAccessFile file, long from) throws IOException {
        long length = file.length();
        if (from >= length) {
            return List.of();
        }
        byte[] bytes = new byte[(int) Math.min(Integer.MAX_VALUE - 8, length - from)];
        file.seek(from);
        file.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }
}
