package dev.quickbite.gateway.web;

import dev.quickbite.gateway.order.OrderStatus;

/** Body of 202 Accepted: the order exists and its saga will run. */
public record OrderAccepted(String id, OrderStatus status) {
}
