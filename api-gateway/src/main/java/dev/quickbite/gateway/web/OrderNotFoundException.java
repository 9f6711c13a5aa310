package dev.quickbite.gateway.web;

public class OrderNotFoundException extends RuntimeException {
    public OrderNotFoundException(String id) {
        super("no order with id '" + id + "'");
    }
}
