package dev.quickbite.gateway.order;

public enum OrderStatus {
    PENDING,
    CONFIRMED,
    CANCELLED;

    public boolean isTerminal() {
        return this != PENDING;
    }
}
