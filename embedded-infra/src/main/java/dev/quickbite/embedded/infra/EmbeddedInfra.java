package dev.quickbite.embedded.infra;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** PostgreSQL with the service databases and Kafka with the QuickBite topics, started together. */
final class EmbeddedInfra implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedInfra.class);

    private final PersistentPostgres postgres;
    private final KraftBroker kafka;

    private EmbeddedInfra(PersistentPostgres postgres, KraftBroker kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    static EmbeddedInfra start(InfraOptions options) throws Exception {
        PersistentPostgres postgres = PersistentPostgres.start(options.postgresDir(), options.postgresPort());
        try {
            new ServiceDatabases(postgres.superuserDataSource()).ensureAll();
            KraftBroker kafka = KraftBroker.start(options);
            try {
                KafkaTopics.ensureAll(kafka.bootstrapServers());
                return new EmbeddedInfra(postgres, kafka);
            } catch (Exception e) {
                kafka.close();
                throw e;
            }
        } catch (Exception e) {
            postgres.close();
            throw e;
        }
    }

    /** Kafka first: it may still be flushing logs while PostgreSQL has nothing to wait for. */
    @Override
    public void close() {
        try {
            kafka.close();
        } catch (RuntimeException e) {
            log.error("Kafka did not stop cleanly", e);
        }
        try {
            postgres.close();
        } catch (Exception e) {
            log.error("PostgreSQL did not stop cleanly", e);
        }
    }
}
