package dev.quickbite.orders;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Owns the orders database and runs the create, confirm and cancel order job workers. */
@SpringBootApplication
public class OrdersWorkerApplication {

    public static void main(String[] args) {
        SpringApplication.run(OrdersWorkerApplication.class, args);
    }
}
