package dev.quickbite.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A component process of an earlier launcher that was killed before it could stop its children.
 * Each start records the pid; the next start ends that process if it is still the same
 * component (its command line names the component's jar) so its ports are free again.
 */
record LeftoverProcess(Component component, ProcessHandle process) {

    static Optional<LeftoverProcess> in(Path dataDir, Component component) {
        Path pidFile = pidFile(dataDir, component);
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            String jarName = component.jar(Path.of("")).getFileName().toString();
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().commandLine().map(line -> line.contains(jarName)).orElse(false))
                    .map(process -> new LeftoverProcess(component, process));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static void record(Path dataDir, Component component, ProcessHandle process) {
        Path pidFile = pidFile(dataDir, component);
        try {
            Files.createDirectories(pidFile.getParent());
            Files.writeString(pidFile, process.pid() + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + pidFile, e);
        }
    }

    void kill() {
        System.err.println("[quickbite] ending " + component.displayName() + " (pid " + process.pid()
                + ") left running by an earlier launcher");
        process.destroy();
        if (!process.onExit().completeOnTimeout(null, 30, java.util.concurrent.TimeUnit.SECONDS).join().isAlive()) {
            return;
        }
        process.destroyForcibly();
        process.onExit().join();
    }

    private static Path pidFile(Path dataDir, Component component) {
        return dataDir.resolve("pids").resolve(component + ".pid");
    }
}
