package dev.quickbite.contract;

import java.util.Arrays;
import java.util.List;

/**
 * Every job type of the {@code order-saga} model. The BPMN service tasks name these types in
 * {@code zeebe:taskDefinition}; a test in the bpmn module fails when model and enum disagree.
 */
public enum JobType {
    CREATE_ORDER("create-order", Service.ORDERS_WORKER),
    RESERVE_STOCK("reserve-stock", Service.INVENTORY_WORKER),
    RELEASE_STOCK("release-stock", Service.INVENTORY_WORKER),
    CONFIRM_ORDER("confirm-order", Service.ORDERS_WORKER),
    CANCEL_ORDER("cancel-order", Service.ORDERS_WORKER);

    private final String type;
    private final Service owner;

    JobType(String type, Service owner) {
        this.type = type;
        this.owner = owner;
    }

    /** The string used in the BPMN task definition. */
    public String type() {
        return type;
    }

    public Service owner() {
        return owner;
    }

    public static List<JobType> ownedBy(Service service) {
        return Arrays.stream(values()).filter(job -> job.owner == service).toList();
    }

    public static JobType fromType(String type) {
        return Arrays.stream(values())
                .filter(job -> job.type.equals(type))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown job type: " + type));
    }
}
