package dev.quickbite.inventory.domain;

/** How many units an order asks for; always at least one. */
public record Quantity(int value) {

    public Quantity {
        if (value <= 0) {
            throw new IllegalArgumentException("quantity must be a positive number, was " + value);
        }
    }

    public static Quantity of(int value) {
        return new Quantity(value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
