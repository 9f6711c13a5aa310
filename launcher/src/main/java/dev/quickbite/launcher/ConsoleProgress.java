package dev.quickbite.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/** Prints the stack's progress for a person at a terminal and remembers the first unexpected death. */
final class ConsoleProgress implements StackListener {

    record Death(Component component, int exitCode, String logTail) {
    }

    private final PrintStream out;
    private final CompletableFuture<Death> firstDeath = new CompletableFuture<>();

    ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void starting(Component component) {
        say("starting " + component.displayName() + " ...");
    }

    @Override
    public void ready(Component component, Duration startupTime) {
        say(component.displayName() + " ready (" + seconds(startupTime) + ")");
    }

    @Override
    public void stopping(Component component) {
        say("stopping " + component.displayName() + " ...");
    }

    @Override
    public void died(Component component, int exitCode, String logTail) {
        firstDeath.complete(new Death(component, exitCode, logTail));
    }

    CompletableFuture<Death> firstDeath() {
        return firstDeath;
    }

    void say(String message) {
        out.println("[quickbite] " + message);
        out.flush();
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
