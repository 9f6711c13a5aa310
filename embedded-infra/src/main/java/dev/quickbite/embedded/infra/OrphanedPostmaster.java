package dev.quickbite.embedded.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running by an earlier infrastructure process that was killed.
 * pg_ctl daemonises the postmaster, so it outlives a SIGKILLed JVM and would keep the data
 * directory and the port busy; a new start must stop it first.
 */
record OrphanedPostmaster(ProcessHandle process) {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    private static final long FAST_SHUTDOWN_SECONDS = 30;

    static Optional<OrphanedPostmaster> in(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        return firstLine(pidFile)
                .flatMap(OrphanedPostmaster::pid)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(OrphanedPostmaster::isPostgres)
                .map(OrphanedPostmaster::new);
    }

    void stop() {
        log.warn("stopping PostgreSQL (pid {}) left running by an earlier run", process.pid());
        try {
            // SIGINT is PostgreSQL's "fast" shutdown: it disconnects clients instead of waiting for them.
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
            process.onExit().get(FAST_SHUTDOWN_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping PostgreSQL " + process.pid(), e);
        } catch (Exception e) {
            log.warn("PostgreSQL {} did not stop in {} s, killing it", process.pid(), FAST_SHUTDOWN_SECONDS);
            process.destroyForcibly();
            process.onExit().join();
        }
    }

    private static Optional<String> firstLine(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(lines.getFirst().trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pidFile, e);
        }
    }

    private static Optional<Long> pid(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(Path::of).map(Path::getFileName)
                .map(name -> name.toString().equals("postgres"))
                .orElse(false);
    }
}
