package dev.quickbite.orders.support;

import dev.quickbite.orders.domain.OrderId;
import dev.quickbite.orders.domain.OrderRequest;
import java.util.UUID;

/** Fresh orders for tests that share one database: a new id each time, so tests never collide. */
public final class TestOrders {

    private TestOrders() {
    }

    public static OrderRequest aNewOrder() {
        return new OrderRequest(OrderId.of("order-" + UUID.randomUUID()), "user-7", "burger", 2, "no onions");
    }
}
