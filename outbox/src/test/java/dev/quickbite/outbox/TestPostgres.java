package dev.quickbite.outbox;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

/** One real PostgreSQL per test JVM; every test class gets a database of its own. */
final class TestPostgres {

    private static EmbeddedPostgres postgres;

    private TestPostgres() {
    }

    static synchronized String newDatabase(String name) {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.start();
                Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop));
            }
            try (var connection = postgres.getPostgresDatabase().getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            return postgres.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
    }

    private static void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is exiting anyway
        }
    }
}
