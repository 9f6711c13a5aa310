package dev.quickbite.embedded.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar as the launcher does: its own process, killed and stopped by signals. */
class EmbeddedInfraProcessIT {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path dataDir;

    private Process infra;

    @AfterEach
    void stopInfra() throws Exception {
        if (infra != null && infra.isAlive()) {
            infra.destroy();
            infra.waitFor(60, TimeUnit.SECONDS);
        }
        OrphanedPostmaster.in(dataDir.resolve("postgres")).ifPresent(OrphanedPostmaster::stop);
    }

    @Test
    void afterTheProcessIsKilledARestartTakesOverItsPostgresDataAndStopsCleanlyOnSigterm() throws Exception {
        InfraOptions options = new InfraOptions(dataDir, freePort(), freePort(), freePort());
        Path log = dataDir.resolve("infra.log");

        infra = start(options, log);
        awaitReadyLine(log, 1);
        try (Connection orders = connectToOrders(options)) {
            execute(orders, "create table marker (id int)");
            execute(orders, "insert into marker values (42)");
        }
        ProcessHandle postmasterOfFirstRun = OrphanedPostmaster.in(options.postgresDir()).orElseThrow().process();

        infra.destroyForcibly().waitFor();
        assertThat(postmasterOfFirstRun.isAlive()).as("pg_ctl daemonises the postmaster").isTrue();

        infra = start(options, log);
        awaitReadyLine(log, 2);
        assertThat(postmasterOfFirstRun.isAlive()).isFalse();
        try (Connection orders = connectToOrders(options)) {
            assertThat(singleValue(orders, "select id from marker")).isEqualTo("42");
        }

        ProcessHandle postmasterOfSecondRun = OrphanedPostmaster.in(options.postgresDir()).orElseThrow().process();
        infra.destroy();
        assertThat(infra.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        // pg_ctl stop returns once the pid file is gone, a moment before the postmaster exits.
        assertThat(postmasterOfSecondRun.onExit()).succeedsWithin(Duration.ofSeconds(10));
        assertThat(Files.readString(log)).contains("Kafka stopped", "PostgreSQL stopped");
    }

    private static Process start(InfraOptions options, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-jar", System.getProperty("embedded-infra.jar"),
                "--data-dir", options.dataDir().toString(),
                "--postgres-port", Integer.toString(options.postgresPort()),
                "--kafka-port", Integer.toString(options.kafkaPort()),
                "--kafka-controller-port", Integer.toString(options.kafkaControllerPort()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    private void awaitReadyLine(Path log, int expectedCount) throws Exception {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (readyLines(log) >= expectedCount) {
                return;
            }
            assertThat(infra.isAlive()).as("infra process alive; log:%n%s", Files.readString(log)).isTrue();
            Thread.sleep(200);
        }
        throw new AssertionError("no ready line within " + READY_TIMEOUT + "; log:\n" + Files.readString(log));
    }

    private static long readyLines(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return lines.stream().filter(line -> line.startsWith("QUICKBITE-READY embedded-infra ")).count();
    }

    private static Connection connectToOrders(InfraOptions options) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + options.postgresPort() + "/orders",
                "orders", "orders");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String singleValue(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
