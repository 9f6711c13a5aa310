package dev.quickbite.gateway.web;

import dev.quickbite.gateway.order.Acceptance;
import dev.quickbite.gateway.order.CancelOrder;
import dev.quickbite.gateway.order.CancelOutcome;
import dev.quickbite.gateway.order.IdempotencyKey;
import dev.quickbite.gateway.order.Order;
import dev.quickbite.gateway.order.OrderId;
import dev.quickbite.gateway.order.OrderRepository;
import dev.quickbite.gateway.order.OrderStatus;
import dev.quickbite.gateway.order.PlaceOrder;
import dev.quickbite.gateway.readmodel.OrderTimeline;
import dev.quickbite.gateway.readmodel.TimelineEntry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The mobile app's order API. */
@RestController
@RequestMapping("/v1/orders")
public class OrderController {

    private final PlaceOrder placeOrder;
    private final CancelOrder cancelOrder;
    private final OrderRepository orders;
    private final OrderTimeline timeline;

    public OrderController(PlaceOrder placeOrder, CancelOrder cancelOrder, OrderRepository orders,
                           OrderTimeline timeline) {
        this.placeOrder = placeOrder;
        this.cancelOrder = cancelOrder;
        this.orders = orders;
        this.timeline = timeline;
    }

    @PostMapping
    public ResponseEntity<OrderAccepted> place(
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody PlaceOrderRequest request) {
        Optional<IdempotencyKey> key = Optional.ofNullable(idempotencyKey).map(IdempotencyKey::new);
        Acceptance acceptance = placeOrder.place(request.toNewOrder(), key);
        String id = acceptance.orderId().value();
        return ResponseEntity.accepted()
                .location(URI.create("/v1/orders/" + id))
                .body(new OrderAccepted(id, OrderStatus.PENDING));
    }

    @GetMapping("/{id}")
    public Order get(@PathVariable String id) {
        return OrderId.parse(id).flatMap(orders::find).orElseThrow(() -> new OrderNotFoundException(id));
    }

    @GetMapping
    public OrderPage list(@RequestParam @NotBlank @Size(max = 64) String userId,
                          @RequestParam(defaultValue = "0") @Min(0) int page,
                          @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return OrderPage.of(orders.findByUser(userId, page, size), page, size, orders.countByUser(userId));
    }

    @PostMapping("/{id}/cancel")
    public ResponseEntity<Order> cancel(@PathVariable String id) {
        OrderId orderId = OrderId.parse(id).orElseThrow(() -> new OrderNotFoundException(id));
        return switch (cancelOrder.cancel(orderId)) {
            case CancelOutcome.Requested requested -> ResponseEntity.accepted().body(requested.order());
            case CancelOutcome.AlreadyCancelled cancelled -> ResponseEntity.ok(cancelled.order());
            case CancelOutcome.AlreadyConfirmed confirmed -> throw new OrderAlreadyConfirmedException(id);
            case CancelOutcome.NotFound notFound -> throw new OrderNotFoundException(id);
        };
    }

    @GetMapping("/{id}/timeline")
    public Timeline timeline(@PathVariable String id) {
        OrderId orderId = OrderId.parse(id).orElseThrow(() -> new OrderNotFoundException(id));
        List<TimelineEntry> events = timeline.of(orderId.value());
        if (events.isEmpty() && orders.find(orderId).isEmpty()) {
            throw new OrderNotFoundException(id);
        }
        return new Timeline(orderId.value(), events);
    }
}
