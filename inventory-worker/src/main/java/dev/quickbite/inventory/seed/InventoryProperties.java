package dev.quickbite.inventory.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code quickbite.inventory.*}.
 *
 * @param seed stock to start with; written only into an empty stock table (a new database)
 */
@ConfigurationProperties("quickbite.inventory")
public record InventoryProperties(@DefaultValue(InventoryProperties.DEFAULT_SEED) StockSeed seed) {

    public static final String DEFAULT_SEED = "burger=5,pizza=10";
}
