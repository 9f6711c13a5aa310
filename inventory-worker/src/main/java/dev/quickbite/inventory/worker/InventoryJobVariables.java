package dev.quickbite.inventory.worker;

import dev.quickbite.contract.SagaVariables;
import dev.quickbite.inventory.domain.OrderId;
import dev.quickbite.inventory.domain.Quantity;
import dev.quickbite.inventory.domain.Sku;
import dev.quickbite.zeebe.InvalidJobVariableException;
import dev.quickbite.zeebe.SagaJob;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads a job's variables into value objects. A value the domain refuses (a quantity of 0, a sku
 * too long for its column) is bad input like a missing one: no retry can fix it, so it is
 * reported as {@link InvalidJobVariableException} and becomes an incident at once.
 */
final class InventoryJobVariables {

    private InventoryJobVariables() {
    }

    static OrderId orderId(SagaJob job) {
        return read(job, SagaVariables.ORDER_ID, job::orderId, OrderId::of);
    }

    static Sku sku(SagaJob job) {
        return read(job, SagaVariables.SKU, () -> job.requiredString(SagaVariables.SKU), Sku::of);
    }

    static Quantity quantity(SagaJob job) {
        return read(job, SagaVariables.QUANTITY, () -> job.requiredInt(SagaVariables.QUANTITY), Quantity::of);
    }

    private static <R, T> T read(SagaJob job, String name, Supplier<R> raw, Function<R, T> toValue) {
        R value = raw.get();
        try {
            return toValue.apply(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidJobVariableException(
                    "job " + job.key() + ": variable '" + name + "' is invalid: " + e.getMessage());
        }
    }
}
