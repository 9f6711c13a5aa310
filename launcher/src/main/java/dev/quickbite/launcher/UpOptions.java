package dev.quickbite.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Options of {@code quickbite up}, applied on top of {@link StackConfig#defaults()}. */
record UpOptions(StackConfig config) {

    static final String USAGE = """
            usage: quickbite up [--data-dir DIR] [--seed burger=5,pizza=10] [--deadline PT2M]
                   quickbite help

              up           builds what is missing, starts PostgreSQL+Kafka, Zeebe and the three
                           services, and runs in the foreground until Ctrl-C
              --data-dir   orders, stock, Kafka log and logs (default: .quickbite/data in the repository)
              --seed       initial stock, written only into an empty inventory
              --deadline   how long an order may stay PENDING before the saga cancels it (ISO-8601)
              --rebuild    (./quickbite only) rebuild all modules before starting
            """;

    static UpOptions parse(StackConfig defaults, String... args) {
        StackConfig config = defaults;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String name = rest.removeFirst();
            switch (name) {
                case "--data-dir" -> config = config.withDataDir(Path.of(valueOf(name, rest)));
                case "--seed" -> config = config.withInventorySeed(InventorySeed.parse(valueOf(name, rest)));
                case "--deadline" -> config = config.withOrderDeadline(duration(name, valueOf(name, rest)));
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return new UpOptions(config);
    }

    private static String valueOf(String name, List<String> rest) {
        if (rest.isEmpty() || rest.getFirst().startsWith("--")) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return rest.removeFirst();
    }

    private static Duration duration(String name, String value) {
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 duration like PT2M, was '" + value + "'");
        }
    }
}
