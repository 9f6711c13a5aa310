package dev.quickbite.launcher;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A process of the embedded stack: where its runnable jar is, where it logs, and how it tells
 * that it is ready. Declared in start order.
 */
public enum Component {
    INFRA("embedded-infra", "postgres+kafka", "infra", Readiness.READY_LINE),
    ZEEBE("embedded-zeebe", "zeebe", "zeebe", Readiness.READY_LINE),
    ORDERS_WORKER("orders-worker", "orders-worker", "orders-worker", Readiness.HTTP_READINESS),
    INVENTORY_WORKER("inventory-worker", "inventory-worker", "inventory-worker", Readiness.HTTP_READINESS),
    API_GATEWAY("api-gateway", "api-gateway", "api-gateway", Readiness.HTTP_READINESS);

    /** How a component signals it can serve. */
    public enum Readiness {
        /** One line {@code QUICKBITE-READY <artifactId> ...} on its stdout. */
        READY_LINE,
        /** {@code GET /actuator/health/readiness} answers 200. */
        HTTP_READINESS
    }

    private static final String READY_MARKER = "QUICKBITE-READY ";

    private final String module;
    private final String displayName;
    private final String logName;
    private final Readiness readiness;

    Component(String module, String displayName, String logName, Readiness readiness) {
        this.module = module;
        this.displayName = displayName;
        this.logName = logName;
        this.readiness = readiness;
    }

    public String module() {
        return module;
    }

    /** Module directories and artifactIds are the same (docs/conventions.md). */
    public String artifactId() {
        return module;
    }

    public String displayName() {
        return displayName;
    }

    public Readiness readiness() {
        return readiness;
    }

    public boolean isService() {
        return readiness == Readiness.HTTP_READINESS;
    }

    public Path jar(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target").resolve(artifactId() + "-exec.jar");
    }

    public Path logFile(Path dataDir) {
        return dataDir.resolve("logs").resolve(logName + ".log");
    }

    /** True for the line this component prints on stdout once it serves. */
    public boolean isReadyLine(String line) {
        return readiness == Readiness.READY_LINE && line.startsWith(READY_MARKER + artifactId() + " ");
    }

    /**
     * A pid file of a process the component starts but does not parent: pg_ctl daemonises
     * PostgreSQL, so killing or pausing the infrastructure JVM alone would leave it serving.
     */
    public Optional<Path> detachedProcessPidFile(Path dataDir) {
        return this == INFRA ? Optional.of(dataDir.resolve("postgres").resolve("postmaster.pid")) : Optional.empty();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
