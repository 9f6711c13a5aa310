package dev.quickbite.gateway.support;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real servers the gateway talks to in tests, shared by every test class: PostgreSQL (can be
 * stopped and started again on the same port and data) and the Zeebe engine with its gRPC gateway
 * (can be stopped and replaced by a fresh one that, like a restarted in-memory engine, knows no
 * deployments). Kafka comes from {@code @EmbeddedKafka}.
 */
public final class TestInfrastructure {

    private static final int POSTGRES_PORT = freePort();
    private static final int ZEEBE_PORT = freePort();
    private static final Path POSTGRES_DATA = createDataDirectory();

    private static EmbeddedPostgres postgres;
    private static ZeebeTestEngine engine;

    private TestInfrastructure() {
    }

    public static synchronized void ensureStarted() {
        if (postgres == null) {
            startPostgres();
        }
        if (engine == null) {
            startEngine();
        }
    }

    public static String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + POSTGRES_PORT + "/postgres";
    }

    public static String zeebeAddress() {
        return "localhost:" + ZEEBE_PORT;
    }

    public static synchronized ZeebeTestEngine engine() {
        return engine;
    }

    public static synchronized void startPostgres() {
        try {
            postgres = EmbeddedPostgres.builder()
                    .setPort(POSTGRES_PORT)
                    .setDataDirectory(POSTGRES_DATA)
                    .setCleanDataDirectory(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized void stopPostgres() {
        try {
            postgres.close();
            postgres = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new engine on the same port: all deployments and instances of the old one are gone. */
    public static synchronized void startEngine() {
        engine = EngineFactory.create(ZEEBE_PORT);
        engine.start();
    }

    public static synchronized void stopEngine() {
        engine.stop();
        engine = null;
    }

    private static Path createDataDirectory() {
        try {
            return Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "gateway-pg-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
