package dev.quickbite.orders.domain;

/** What the customer asked for, as carried by the saga's variables. */
public record OrderRequest(OrderId id, String userId, String sku, int quantity, String note) {

    public static final int MAX_USER_ID_LENGTH = 64;
    public static final int MAX_SKU_LENGTH = 64;
    public static final int MAX_NOTE_LENGTH = 500;

    public OrderRequest {
        if (id == null) {
            throw new InvalidOrderException("orderId is required");
        }
        requireText(userId, "userId", MAX_USER_ID_LENGTH);
        requireText(sku, "sku", MAX_SKU_LENGTH);
        if (quantity <= 0) {
            throw new InvalidOrderException("quantity must be a positive number, was " + quantity);
        }
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw new InvalidOrderException("note must be at most " + MAX_NOTE_LENGTH + " characters");
        }
    }

    private static void requireText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidOrderException(field + " is required");
        }
        if (value.length() > maxLength) {
            throw new InvalidOrderException(field + " must be at most " + maxLength + " characters");
        }
    }
}
