package dev.quickbite.inventory.seed;

import dev.quickbite.inventory.domain.Sku;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Initial stock written as {@code sku=available,sku=available}, e.g. {@code burger=5,pizza=10}.
 * Spring binds the property through {@link #of(String)}, so a typo stops the start with a
 * message naming the bad entry.
 */
public record StockSeed(Map<Sku, Integer> availableBySku) {

    public StockSeed {
        availableBySku = Collections.unmodifiableMap(new LinkedHashMap<>(availableBySku));
    }

    public static StockSeed of(String text) {
        Map<Sku, Integer> availableBySku = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return new StockSeed(availableBySku);
        }
        for (String entry : text.split(",")) {
            String[] parts = entry.split("=", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException("stock seed entry '" + entry.strip() + "' is not sku=quantity");
            }
            Sku sku = Sku.of(parts[0]);
            int available = parseAvailable(parts[1].strip(), entry);
            if (availableBySku.putIfAbsent(sku, available) != null) {
                throw new IllegalArgumentException("stock seed names sku '" + sku + "' twice");
            }
        }
        return new StockSeed(availableBySku);
    }

    private static int parseAvailable(String number, String entry) {
        int available;
        try {
            available = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("stock seed entry '" + entry.strip() + "' has no whole-number quantity");
        }
        if (available < 0) {
            throw new IllegalArgumentException("stock seed entry '" + entry.strip() + "' has a negative quantity");
        }
        return available;
    }

    public boolean isEmpty() {
        return availableBySku.isEmpty();
    }
}
