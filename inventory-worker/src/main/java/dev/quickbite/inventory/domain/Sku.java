package dev.quickbite.inventory.domain;

/** A stock keeping unit, e.g. {@code burger}. */
public record Sku(String value) {
    static final int MAX_LENGTH = 64;

    public Sku {
        value = Text.requireShort(value, "sku", MAX_LENGTH);
    }

    public static Sku of(String value) {
        return new Sku(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
