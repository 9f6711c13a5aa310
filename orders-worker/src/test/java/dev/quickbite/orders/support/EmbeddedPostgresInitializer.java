package dev.quickbite.orders.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the context at a real PostgreSQL started once per test JVM, with the {@code orders}
 * database and an unprivileged {@code orders} user, as in production; Liquibase migrates it.
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String DATABASE = "orders";
    private static EmbeddedPostgres postgres;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedPostgres server = server();
        TestPropertyValues.of(
                        "spring.datasource.url=" + server.getJdbcUrl(DATABASE, DATABASE),
                        "spring.datasource.username=" + DATABASE,
                        "spring.datasource.password=" + DATABASE)
                .applyTo(context);
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
                createServiceDatabase(postgres);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresInitializer::stop));
        }
        return postgres;
    }

    private static void createServiceDatabase(EmbeddedPostgres server) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("CREATE ROLE " + DATABASE + " LOGIN PASSWORD '" + DATABASE + "'");
            sql.execute("CREATE DATABASE " + DATABASE + " OWNER " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the orders database", e);
        }
    }

    private static void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            // The JVM is exiting; the embedded server's directory is temporary anyway.
        }
    }
}
