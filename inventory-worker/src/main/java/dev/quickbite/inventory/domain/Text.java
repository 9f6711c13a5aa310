package dev.quickbite.inventory.domain;

/** The one rule every identifier of this service follows: present, trimmed, fits its column. */
final class Text {
    private Text() {
    }

    static String requireShort(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters");
        }
        return trimmed;
    }
}
