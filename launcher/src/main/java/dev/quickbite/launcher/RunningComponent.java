package dev.quickbite.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One started component process: its log, its readiness, and the signals that stop it. */
final class RunningComponent {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final Component component;
    private final Process process;
    private final LogFile log;
    private final ProcessTree tree;
    private volatile boolean exitExpected;
    private volatile boolean paused;

    private RunningComponent(Component component, Process process, LogFile log, ProcessTree tree) {
        this.component = component;
        this.process = process;
        this.log = log;
        this.tree = tree;
    }

    static RunningComponent launch(Component component, StackConfig config, StackListener listener) {
        Path jar = component.jar(config.repoRoot());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; build it with ./mvnw -DskipTests install"
                    + " (./quickbite up does that by itself)");
        }
        LeftoverProcess.in(config.dataDir(), component).ifPresent(LeftoverProcess::kill);
        FreePorts.require(component, config.ports());
        LogFile log = LogFile.startingNow(component.logFile(config.dataDir()));
        List<String> command = ComponentCommand.of(component, config);
        try {
            Files.writeString(log.path(), "%n=== %s starting %s: %s%n".formatted(Instant.now(), component.displayName(),
                    String.join(" ", command)), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            Process process = new ProcessBuilder(inOwnSession(command))
                    .directory(config.dataDir().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.path().toFile()))
                    .start();
            LeftoverProcess.record(config.dataDir(), component, process.toHandle());
            RunningComponent running = new RunningComponent(component, process, log,
                    new ProcessTree(process.toHandle(), component.detachedProcessPidFile(config.dataDir())));
            process.onExit().thenAccept(exited -> {
                if (!running.exitExpected) {
                    listener.died(component, exited.exitValue(), log.tail(40));
                }
            });
            return running;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + component.displayName(), e);
        }
    }

    /**
     * Ctrl-C signals the terminal's whole process group; in a session of their own the components
     * are left to the launcher, which stops them in order.
     */
    private static List<String> inOwnSession(List<String> command) {
        if (!Files.isExecutable(SETSID)) {
            return command;
        }
        List<String> wrapped = new ArrayList<>();
        wrapped.add(SETSID.toString());
        wrapped.addAll(command);
        return wrapped;
    }

    void awaitReady(Duration timeout, ReadinessCheck check) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (check.isReady()) {
                return;
            }
            if (!process.isAlive()) {
                throw new ComponentFailedException(component, "exited with code " + process.exitValue() + " while starting", log);
            }
            sleep(POLL_INTERVAL);
        }
        throw new ComponentFailedException(component, "was not ready within " + timeout.toSeconds() + " s", log);
    }

    /** SIGTERM and a grace period for the component's shutdown hook; SIGKILL after that. */
    void stop(Duration grace) {
        exitExpected = true;
        if (paused) {
            resume();
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                tree.kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tree.kill();
        }
    }

    void kill() {
        exitExpected = true;
        tree.kill();
    }

    void pause() {
        tree.pause();
        paused = true;
    }

    void resume() {
        tree.resume();
        paused = false;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    LogFile log() {
        return log;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for readiness", e);
        }
    }
}
