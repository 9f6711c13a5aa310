package dev.quickbite.gateway.order;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Runs work only once the surrounding transaction has committed, never for a rolled-back one. */
final class AfterCommit {

    private AfterCommit() {
    }

    static void run(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
