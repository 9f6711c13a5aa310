package dev.quickbite.gateway.web;

import dev.quickbite.gateway.order.NewOrder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of POST /v1/orders; unknown fields are ignored. */
public record PlaceOrderRequest(
        @NotBlank @Size(max = 64) String userId,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may contain only letters, digits, '.', '_' and '-'") String sku,
        @NotNull @Min(1) @Max(100) Integer quantity,
        @Size(max = 500) String note) {

    NewOrder toNewOrder() {
        return new NewOrder(userId, sku, quantity, note);
    }
}
