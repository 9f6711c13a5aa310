package dev.quickbite.gateway.web;

import dev.quickbite.gateway.order.Order;
import java.util.List;

public record OrderPage(List<Order> items, int page, int size, long totalItems, long totalPages) {

    static OrderPage of(List<Order> items, int page, int size, long totalItems) {
        return new OrderPage(items, page, size, totalItems, (totalItems + size - 1) / size);
    }
}
