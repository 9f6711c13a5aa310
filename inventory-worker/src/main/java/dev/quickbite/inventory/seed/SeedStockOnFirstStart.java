package dev.quickbite.inventory.seed;

import dev.quickbite.inventory.persistence.StockRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty stock table from {@code quickbite.inventory.seed}. Runs before the application
 * is ready, so before any job worker opens. A table with any row is never touched: stock that
 * orders used up must not come back on a restart.
 */
@Component
public class SeedStockOnFirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedStockOnFirstStart.class);

    private final StockRepository stock;
    private final InventoryProperties properties;

    public SeedStockOnFirstStart(StockRepository stock, InventoryProperties properties) {
        this.stock = stock;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        seedIfEmpty(properties.seed());
    }

    /** @return how many skus were inserted */
    @Transactional
    public int seedIfEmpty(StockSeed seed) {
        if (seed.isEmpty() || !stock.isEmpty()) {
            return 0;
        }
        // Two instances starting on the same new database both see it empty; the insert
        // skips skus the other one wrote first.
        int inserted = stock.insertMissing(seed.availableBySku());
        log.info("Seeded stock on an empty table: {}", seed.availableBySku());
        return inserted;
    }
}
