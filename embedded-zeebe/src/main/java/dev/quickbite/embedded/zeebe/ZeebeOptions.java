package dev.quickbite.embedded.zeebe;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Command-line options: {@code --port 26500 [--watchdog-interval PT5S] [--watchdog-failures 6]}.
 * The engine counts as dead after that many consecutive failed probes.
 */
public record ZeebeOptions(int port, Duration watchdogInterval, int watchdogFailures) {

    public static final int DEFAULT_PORT = 26500;
    public static final Duration DEFAULT_WATCHDOG_INTERVAL = Duration.ofSeconds(5);
    public static final int DEFAULT_WATCHDOG_FAILURES = 6;

    public ZeebeOptions {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 1 and 65535, was " + port);
        }
        if (watchdogInterval.isNegative() || watchdogInterval.isZero()) {
            throw new IllegalArgumentException("--watchdog-interval must be positive, was " + watchdogInterval);
        }
        if (watchdogFailures < 1) {
            throw new IllegalArgumentException("--watchdog-failures must be at least 1, was " + watchdogFailures);
        }
    }

    public static ZeebeOptions parse(String... args) {
        int port = DEFAULT_PORT;
        Duration interval = DEFAULT_WATCHDOG_INTERVAL;
        int failures = DEFAULT_WATCHDOG_FAILURES;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String name = rest.removeFirst();
            switch (name) {
                case "--port" -> port = number(name, valueOf(name, rest));
                case "--watchdog-interval" -> interval = duration(name, valueOf(name, rest));
                case "--watchdog-failures" -> failures = number(name, valueOf(name, rest));
                default -> throw new IllegalArgumentException("unknown option " + name + "; " + usage());
            }
        }
        return new ZeebeOptions(port, interval, failures);
    }

    public static String usage() {
        return "usage: embedded-zeebe [--port 26500] [--watchdog-interval PT5S] [--watchdog-failures 6]";
    }

    private static String valueOf(String name, List<String> rest) {
        if (rest.isEmpty() || rest.getFirst().startsWith("--")) {
            throw new IllegalArgumentException(name + " needs a value; " + usage());
        }
        return rest.removeFirst();
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, was '" + value + "'");
        }
    }

    private static Duration duration(String name, String value) {
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 duration like PT5S, was '" + value + "'");
        }
    }
}
