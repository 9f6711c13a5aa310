package dev.quickbite.launcher;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Initial stock for an empty inventory, written as {@code burger=5,pizza=10}. */
public record InventorySeed(Map<String, Integer> stock) {

    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9._-]+");

    public static final InventorySeed DEFAULT = parse("burger=5,pizza=10");

    public InventorySeed {
        stock = Map.copyOf(stock);
    }

    public static InventorySeed parse(String text) {
        Map<String, Integer> stock = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            String[] parts = entry.trim().split("=", -1);
            if (parts.length != 2 || !SKU.matcher(parts[0].trim()).matches()) {
                throw new IllegalArgumentException("seed entry '" + entry.trim() + "' is not sku=quantity, e.g. burger=5");
            }
            stock.put(parts[0].trim(), quantity(parts[0].trim(), parts[1].trim()));
        }
        return new InventorySeed(stock);
    }

    /** The form the inventory-worker's {@code quickbite.inventory.seed} property reads, sorted by SKU. */
    public String asProperty() {
        return String.join(",", stock.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + "=" + entry.getValue()).toList());
    }

    private static int quantity(String sku, String text) {
        try {
            int quantity = Integer.parseInt(text);
            if (quantity < 0) {
                throw new IllegalArgumentException("stock of " + sku + " must not be negative, was " + quantity);
            }
            return quantity;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("stock of " + sku + " must be a whole number, was '" + text + "'");
        }
    }
}
