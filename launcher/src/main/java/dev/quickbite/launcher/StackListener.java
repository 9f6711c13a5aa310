package dev.quickbite.launcher;

import java.time.Duration;

/** Hears about the stack's progress, e.g. to print it; every method may be called from any thread. */
public interface StackListener {

    StackListener SILENT = new StackListener() {
    };

    default void starting(Component component) {
    }

    default void ready(Component component, Duration startupTime) {
    }

    default void stopping(Component component) {
    }

    /** A component's process ended without the stack being asked to stop or kill it. */
    default void died(Component component, int exitCode, String logTail) {
    }
}
