package dev.quickbite.contract;

/** The services that run job workers; each job type belongs to exactly one of them. */
public enum Service {
    ORDERS_WORKER,
    INVENTORY_WORKER
}
