package dev.quickbite.orders.worker;

import dev.quickbite.contract.SagaVariables;
import dev.quickbite.orders.domain.InvalidOrderException;
import dev.quickbite.orders.domain.OrderId;
import dev.quickbite.orders.domain.OrderRequest;
import dev.quickbite.zeebe.InvalidJobVariableException;
import dev.quickbite.zeebe.SagaJob;

/** Reads the order the customer placed from the saga variables every orders job carries. */
final class OrderRequestVariables {

    private OrderRequestVariables() {
    }

    /** @throws InvalidJobVariableException when the variables can never make a valid order */
    static OrderRequest read(SagaJob job) {
        try {
            return new OrderRequest(
                    OrderId.of(job.orderId()),
                    job.requiredString(SagaVariables.USER_ID),
                    job.requiredString(SagaVariables.SKU),
                    job.requiredInt(SagaVariables.QUANTITY),
                    job.optionalString(SagaVariables.NOTE).orElse(null));
        } catch (InvalidOrderException e) {
            // Retrying cannot repair the input: fail the job at once with an incident naming it.
            throw new InvalidJobVariableException("job " + job.key() + ": " + e.getMessage());
        }
    }
}
