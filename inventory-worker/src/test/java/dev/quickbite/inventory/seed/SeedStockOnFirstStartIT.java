package dev.quickbite.inventory.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quickbite.inventory.InventoryWorkerApplication;
import dev.quickbite.inventory.support.EmbeddedPostgresServer;
import dev.quickbite.inventory.support.FreePort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Starts the real application repeatedly against one new database, as a restart would. */
class SeedStockOnFirstStartIT {

    private final String databaseUrl = EmbeddedPostgresServer.newDatabase("seed");

    @Test
    void theFirstStartOnANewDatabaseSeedsTheDefaultStock() {
        try (ConfigurableApplicationContext app = start(null)) {
            assertThat(stockIn(app)).isEqualTo(Map.of("burger", 5, "pizza", 10));
        }
    }

    @Test
    void aRestartNeverSeedsAgainEvenWithADifferentSeed() {
        try (ConfigurableApplicationContext app = start("burger=5,pizza=10")) {
            jdbc(app).sql("UPDATE stock SET available = 1 WHERE sku = 'burger'").update();
        }

        try (ConfigurableApplicationContext app = start("burger=50,salad=7")) {
            assertThat(stockIn(app)).isEqualTo(Map.of("burger", 1, "pizza", 10));
        }
    }

    @Test
    void anEmptiedStockTableIsSeededOnTheNextStart() {
        try (ConfigurableApplicationContext app = start("burger=5")) {
            jdbc(app).sql("DELETE FROM stock").update();
        }

        try (ConfigurableApplicationContext app = start("salad=7")) {
            assertThat(stockIn(app)).isEqualTo(Map.of("salad", 7));
        }
    }

    @Test
    void anEmptySeedLeavesTheTableEmpty() {
        try (ConfigurableApplicationContext app = start("")) {
            assertThat(stockIn(app)).isEmpty();
        }
    }

    @Test
    void aMalformedSeedStopsTheStartNamingTheBadEntry() {
        assertThatThrownBy(() -> start("burger=5,pizza").close())
                .hasRootCauseMessage("stock seed entry 'pizza' is not sku=quantity");
    }

    private ConfigurableApplicationContext start(String seed) {
        // Command-line arguments, because they outrank application.yaml as deployment settings do.
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--server.port=0",
                // No broker here: this test is about the stock table only.
                "--quickbite.outbox.relay.enabled=false",
                "--spring.kafka.bootstrap-servers=127.0.0.1:" + FreePort.find(),
                "--quickbite.zeebe.gateway-address=127.0.0.1:" + FreePort.find()));
        if (seed != null) {
            args.add("--quickbite.inventory.seed=" + seed);
        }
        return new SpringApplicationBuilder(InventoryWorkerApplication.class).run(args.toArray(String[]::new));
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext app) {
        return app.getBean(JdbcClient.class);
    }

    private static Map<String, Integer> stockIn(ConfigurableApplicationContext app) {
        Map<String, Integer> stock = new TreeMap<>();
        jdbc(app).sql("SELECT sku, available FROM stock")
                .query((row, rowNum) -> stock.put(row.getString("sku"), row.getInt("available")))
                .list();
        return stock;
    }
}
