package dev.quickbite.embedded.infra;

import java.util.Locale;

/**
 * The database of each service; database, user and password share one name (local development
 * only, see docs/conventions.md).
 */
public enum ServiceDatabase {
    ORDERS,
    INVENTORY,
    GATEWAY;

    public String databaseName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String user() {
        return databaseName();
    }

    public String password() {
        return databaseName();
    }
}
