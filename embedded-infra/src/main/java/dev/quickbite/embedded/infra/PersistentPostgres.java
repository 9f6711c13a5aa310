package dev.quickbite.embedded.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real PostgreSQL whose data directory survives restarts. The cluster is initialised only when
 * the directory holds none yet.
 */
final class PersistentPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PersistentPostgres.class);

    private final EmbeddedPostgres postgres;

    private PersistentPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static PersistentPostgres start(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        OrphanedPostmaster.in(dataDirectory).ifPresent(OrphanedPostmaster::stop);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                // Our own shutdown hook stops Kafka first, then PostgreSQL.
                .setRegisterShutdownHook(false)
                // Zonky's default (off) could lose committed orders when the process is killed.
                .setServerConfig("synchronous_commit", "on")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        log.info("PostgreSQL is up on port {} with data in {}", port, dataDirectory);
        return new PersistentPostgres(postgres);
    }

    DataSource superuserDataSource() {
        return postgres.getPostgresDatabase();
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
        log.info("PostgreSQL stopped");
    }
}
