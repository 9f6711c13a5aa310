package dev.quickbite.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The PostgreSQL init script, run the way the postgres image runs it, against a real server")
class InitScriptOnPostgresTest {

    private static EmbeddedPostgres postgres;
    private static PostgresInitScript script;
    private static String output;

    @BeforeAll
    static void runTheScriptOnAFreshServer() throws Exception {
        // The embedded binaries bring a server but no psql client; the postgres image has both.
        Assumptions.assumeTrue(KubernetesManifests.executableOnPath("psql").isPresent(),
                "psql is not installed, so the init script cannot be run here (apt-get install postgresql-client)");
        Repository repository = Repository.current();
        script = PostgresInitScript.load(repository);
        postgres = EmbeddedPostgres.builder().setPort(0).start();

        ProcessBuilder builder = new ProcessBuilder("sh", repository.resolve(PostgresInitScript.PATH).toString())
                .redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("POSTGRES_USER", "postgres");
        environment.put("PGHOST", "localhost");
        environment.put("PGPORT", String.valueOf(postgres.getPort()));
        script.passwordVariables().forEach((database, variable) -> environment.put(variable, database + "-secret"));
        Process process = builder.start();
        output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("init script output:%n%s", output).isZero();
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void eachOwnerCanCreateTablesInItsOwnDatabase() throws SQLException {
        for (Map.Entry<String, String> database : script.owners().entrySet()) {
            try (Connection connection = connect(database.getKey(), database.getValue());
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE liquibase_would_do_this (id bigint PRIMARY KEY)");
                try (ResultSet owner = statement.executeQuery(
                        "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")) {
                    assertThat(owner.next()).isTrue();
                    assertThat(owner.getString(1)).isEqualTo(database.getValue());
                }
            }
        }
        assertThat(output).contains("created database orders owned by orders");
    }

    @Test
    void noServiceCanConnectToAnotherServicesDatabase() {
        assertThatThrownBy(() -> connect("inventory", "orders").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("permission denied");
    }

    @Test
    void aMissingPasswordStopsTheInitialisation() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", Repository.current().resolve(PostgresInitScript.PATH).toString())
                .redirectErrorStream(true);
        builder.environment().put("POSTGRES_USER", "postgres");
        builder.environment().put("PGHOST", "localhost");
        builder.environment().put("PGPORT", String.valueOf(postgres.getPort()));
        script.passwordVariables().values().forEach(builder.environment()::remove);

        Process process = builder.start();
        String failure = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isNotZero();
        assertThat(failure).contains("ORDERS_DB_PASSWORD is not set");
    }

    private static Connection connect(String database, String user) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database, user, database + "-secret");
    }
}
