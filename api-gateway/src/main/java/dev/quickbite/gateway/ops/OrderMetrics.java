package dev.quickbite.gateway.ops;

import dev.quickbite.gateway.order.OrderRepository;
import dev.quickbite.gateway.order.OrderStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code quickbite.orders.accepted} counts accepted orders; {@code quickbite.orders{status}} is the
 * number of orders per status, refreshed in the background so a scrape never waits on a query.
 */
@Component
public class OrderMetrics {

    private static final Logger log = LoggerFactory.getLogger(OrderMetrics.class);

    private final OrderRepository orders;
    private final Counter accepted;
    private final Map<OrderStatus, AtomicLong> byStatus = new EnumMap<>(OrderStatus.class);

    public OrderMetrics(OrderRepository orders, MeterRegistry registry) {
        this.orders = orders;
        this.accepted = Counter.builder("quickbite.orders.accepted")
                .description("Orders accepted by the gateway")
                .register(registry);
        for (OrderStatus status : OrderStatus.values()) {
            AtomicLong count = new AtomicLong();
            byStatus.put(status, count);
            Gauge.builder("quickbite.orders", count, AtomicLong::get)
                    .description("Orders in the read model per status")
                    .tag("status", status.name())
                    .register(registry);
        }
    }

    public void orderAccepted() {
        accepted.increment();
    }

    @Scheduled(fixedDelayString = "${quickbite.gateway.metrics.refresh-interval:PT15S}")
    public void refresh() {
        try {
            Map<OrderStatus, Long> counts = orders.countByStatus();
            byStatus.forEach((status, gauge) -> gauge.set(counts.getOrDefault(status, 0L)));
        } catch (RuntimeException e) {
            log.debug("Cannot refresh order gauges: {}", e.toString());
        }
    }
}
