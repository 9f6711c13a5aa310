package dev.quickbite.gateway.web;

public class OrderAlreadyConfirmedException extends RuntimeException {
    public OrderAlreadyConfirmedException(String id) {
        super("order " + id + " is already confirmed and can no longer be cancelled");
    }
}
