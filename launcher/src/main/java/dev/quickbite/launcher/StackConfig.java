package dev.quickbite.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything needed to start the stack. Immutable; change it with the {@code with...} methods.
 *
 * @param repoRoot         where the modules' {@code target/*-exec.jar} files are
 * @param dataDir          PostgreSQL data, Kafka logs and the components' log files
 * @param components       which components to run (all by default)
 * @param extraArguments   appended to a component's command line, e.g. a fault-injection property
 * @param javaExecutable   the {@code java} that runs every component (JDK 21+)
 * @param readyTimeout     how long one component may take to become ready
 */
public record StackConfig(Path repoRoot, Path dataDir, Ports ports, InventorySeed inventorySeed,
                          Duration orderDeadline, Set<Component> components,
                          Map<Component, List<String>> extraArguments, Path javaExecutable,
                          Duration readyTimeout) {

    public static final Duration DEFAULT_ORDER_DEADLINE = Duration.ofMinutes(2);
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(180);

    public StackConfig {
        repoRoot = repoRoot.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        if (orderDeadline.isNegative() || orderDeadline.isZero()) {
            throw new IllegalArgumentException("order deadline must be positive, was " + orderDeadline);
        }
        if (readyTimeout.isNegative() || readyTimeout.isZero()) {
            throw new IllegalArgumentException("ready timeout must be positive, was " + readyTimeout);
        }
        components = components.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(components));
        Map<Component, List<String>> copy = new EnumMap<>(Component.class);
        extraArguments.forEach((component, arguments) -> copy.put(component, List.copyOf(arguments)));
        extraArguments = Map.copyOf(copy);
    }

    /**
     * The conventional setup: repository root from the {@code quickbite.home} system property
     * (set by ./quickbite) or the current directory, data in {@code <root>/.quickbite/data}.
     */
    public static StackConfig defaults() {
        Path repoRoot = Path.of(System.getProperty("quickbite.home", ""));
        return new StackConfig(repoRoot, repoRoot.resolve(".quickbite").resolve("data"), Ports.defaults(),
                InventorySeed.DEFAULT, DEFAULT_ORDER_DEADLINE, EnumSet.allOf(Component.class), Map.of(),
                Path.of(System.getProperty("java.home"), "bin", "java"), DEFAULT_READY_TIMEOUT);
    }

    public StackConfig withRepoRoot(Path value) {
        return new StackConfig(value, dataDir, ports, inventorySeed, orderDeadline, components, extraArguments,
                javaExecutable, readyTimeout);
    }

    public StackConfig withDataDir(Path value) {
        return new StackConfig(repoRoot, value, ports, inventorySeed, orderDeadline, components, extraArguments,
                javaExecutable, readyTimeout);
    }

    public StackConfig withPorts(Ports value) {
        return new StackConfig(repoRoot, dataDir, value, inventorySeed, orderDeadline, components, extraArguments,
                javaExecutable, readyTimeout);
    }

    public StackConfig withInventorySeed(InventorySeed value) {
        return new StackConfig(repoRoot, dataDir, ports, value, orderDeadline, components, extraArguments,
                javaExecutable, readyTimeout);
    }

    public StackConfig withOrderDeadline(Duration value) {
        return new StackConfig(repoRoot, dataDir, ports, inventorySeed, value, components, extraArguments,
                javaExecutable, readyTimeout);
    }

    /** Runs only these components, e.g. infrastructure and engine for a test of one service. */
    public StackConfig withComponents(Component first, Component... more) {
        return withComponents(EnumSet.of(first, more));
    }

    public StackConfig withComponents(Collection<Component> value) {
        return new StackConfig(repoRoot, dataDir, ports, inventorySeed, orderDeadline, Set.copyOf(value),
                extraArguments, javaExecutable, readyTimeout);
    }

    /** Adds arguments to a component's command line, after the ones the stack gives it. */
    public StackConfig withExtraArguments(Component component, String... arguments) {
        Map<Component, List<String>> copy = new EnumMap<>(Component.class);
        copy.putAll(extraArguments);
        List<String> combined = new ArrayList<>(copy.getOrDefault(component, List.of()));
        combined.addAll(List.of(arguments));
        copy.put(component, combined);
        return new StackConfig(repoRoot, dataDir, ports, inventorySeed, orderDeadline, components, copy,
                javaExecutable, readyTimeout);
    }

    public StackConfig withJavaExecutable(Path value) {
        return new StackConfig(repoRoot, dataDir, ports, inventorySeed, orderDeadline, components, extraArguments,
                value, readyTimeout);
    }

    public StackConfig withReadyTimeout(Duration value) {
        return new StackConfig(repoRoot, dataDir, ports, inventorySeed, orderDeadline, components, extraArguments,
                javaExecutable, value);
    }

    public List<String> extraArguments(Component component) {
        return extraArguments.getOrDefault(component, List.of());
    }

    /** The components to run, in start order. */
    public List<Component> componentsInStartOrder() {
        return EnumSet.allOf(Component.class).stream().filter(components::contains).toList();
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public String baseUrl() {
        return "http://localhost:" + ports.gateway();
    }
}
