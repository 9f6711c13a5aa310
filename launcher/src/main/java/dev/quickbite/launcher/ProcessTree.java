package dev.quickbite.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A component's process with everything it started, including a daemonised server recorded in a
 * pid file, so that a signal reaches all of it: pausing only the JVM would leave PostgreSQL serving.
 */
record ProcessTree(ProcessHandle root, Optional<Path> detachedPidFile) {

    List<ProcessHandle> members() {
        List<ProcessHandle> members = new ArrayList<>();
        members.add(root);
        root.descendants().forEach(members::add);
        detached().ifPresent(detached -> {
            members.add(detached);
            detached.descendants().forEach(members::add);
        });
        return members.stream().distinct().filter(ProcessHandle::isAlive).toList();
    }

    void pause() {
        signal("STOP", members());
    }

    void resume() {
        signal("CONT", members());
    }

    void kill() {
        List<ProcessHandle> members = members();
        members.forEach(ProcessHandle::destroyForcibly);
        members.forEach(member -> member.onExit().join());
    }

    private Optional<ProcessHandle> detached() {
        return detachedPidFile.filter(Files::isRegularFile).flatMap(ProcessTree::firstLine)
                .flatMap(ProcessTree::pid).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
    }

    private static Optional<String> firstLine(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.findFirst().map(String::trim);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> pid(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void signal(String signal, List<ProcessHandle> processes) {
        if (processes.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        processes.forEach(process -> command.add(Long.toString(process.pid())));
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(kill.getInputStream().readAllBytes());
            if (kill.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending SIG" + signal, e);
        }
    }
}
