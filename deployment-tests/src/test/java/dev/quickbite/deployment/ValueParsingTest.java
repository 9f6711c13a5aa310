package dev.quickbite.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The small parsers the deployment checks rely on")
class ValueParsingTest {

    @Test
    void relaxedBindingAcceptsTheCanonicalAndTheUnderscoredEnvironmentName() {
        assertThat(EnvironmentVariable.acceptedNamesFor("quickbite.zeebe.gateway-address"))
                .containsExactlyInAnyOrder("QUICKBITE_ZEEBE_GATEWAYADDRESS", "QUICKBITE_ZEEBE_GATEWAY_ADDRESS");
        assertThat(EnvironmentVariable.acceptedNamesFor("spring.datasource.url")).containsExactly("SPRING_DATASOURCE_URL");
    }

    @Test
    void aJdbcUrlYieldsHostPortAndDatabase() {
        assertThat(JdbcUrl.parse("jdbc:postgresql://postgres:5433/orders?sslmode=disable"))
                .isEqualTo(new JdbcUrl("postgres", 5433, "orders"));
        assertThat(JdbcUrl.parse("jdbc:postgresql://db/inventory")).isEqualTo(new JdbcUrl("db", 5432, "inventory"));
        assertThatThrownBy(() -> JdbcUrl.parse("jdbc:mysql://db/x")).hasMessageContaining("jdbc:postgresql");
    }

    @Test
    void anAddressMustBeExactlyOneHostAndPort() {
        assertThat(HostAndPort.parse("http://camunda:26500")).isEqualTo(new HostAndPort("camunda", 26500));
        assertThatThrownBy(() -> HostAndPort.parse("kafka:9092,kafka2:9092")).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> HostAndPort.parse("kafka")).hasMessageContaining("exactly one");
    }

    @Test
    void composeInterpolationAppliesDefaultsAndRefusesVariablesWithoutOne() {
        assertThat(ComposeInterpolation.withDefaults("${A:-x}:${B-y} $$HOME")).isEqualTo("x:y $HOME");
        assertThat(ComposeInterpolation.variablesIn("${A:-x} $${NOT_A_VARIABLE} ${B-y}")).containsExactly("A", "B");
        assertThatThrownBy(() -> ComposeInterpolation.withDefaults("${PASSWORD}")).hasMessageContaining("PASSWORD");
    }

    @Test
    void theInitScriptNamesEachDatabaseItsOwnerAndPasswordVariable() {
        PostgresInitScript script = new PostgresInitScript("""
                create_database orders orders "${ORDERS_DB_PASSWORD:?missing}"
                # create_database ignored comment
                create_database stock inventory "${STOCK_PASSWORD:?missing}"
                """);

        assertThat(script.owners()).containsExactly(
                java.util.Map.entry("orders", "orders"), java.util.Map.entry("stock", "inventory"));
        assertThat(script.passwordVariables()).containsEntry("stock", "STOCK_PASSWORD");
    }
}
