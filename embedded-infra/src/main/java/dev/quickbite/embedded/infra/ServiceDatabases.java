package dev.quickbite.embedded.infra;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates each service's user and database when they are missing; existing ones are kept. */
final class ServiceDatabases {

    private static final Logger log = LoggerFactory.getLogger(ServiceDatabases.class);

    private final DataSource superuser;

    ServiceDatabases(DataSource superuser) {
        this.superuser = superuser;
    }

    void ensureAll() throws SQLException {
        try (Connection connection = superuser.getConnection()) {
            for (ServiceDatabase database : ServiceDatabase.values()) {
                ensure(connection, database);
            }
        }
    }

    private static void ensure(Connection connection, ServiceDatabase database) throws SQLException {
        // The names come from our own enum, never from user input, so quoting them is enough.
        String user = quoted(database.user());
        if (!exists(connection, "select 1 from pg_roles where rolname = ?", database.user())) {
            execute(connection, "create role " + user + " login password '" + database.password() + "'");
            log.info("created database user {}", database.user());
        }
        if (!exists(connection, "select 1 from pg_database where datname = ?", database.databaseName())) {
            execute(connection, "create database " + quoted(database.databaseName()) + " owner " + user);
            log.info("created database {}", database.databaseName());
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier + '"';
    }
}
