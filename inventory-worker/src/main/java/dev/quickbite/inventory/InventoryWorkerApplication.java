package dev.quickbite.inventory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Owns stock and reservations; runs the reserve-stock and release-stock job workers. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InventoryWorkerApplication {

    /** The CloudEvents {@code source} of every event this service publishes. */
    public static final String EVENT_SOURCE = "/inventory-worker";

    public static void main(String[] args) {
        SpringApplication.run(InventoryWorkerApplication.class, args);
    }
}
