package dev.quickbite.deployment;

/** The deployable QuickBite services: one Maven module, one image, one compose service, one Deployment each. */
enum ServiceModule {
    API_GATEWAY("api-gateway"),
    ORDERS_WORKER("orders-worker"),
    INVENTORY_WORKER("inventory-worker");

    private final String moduleName;

    ServiceModule(String moduleName) {
        this.moduleName = moduleName;
    }

    /** Maven module directory and artifactId, compose service name and Kubernetes Deployment name. */
    String moduleName() {
        return moduleName;
    }

    /** Image repository (without tag) built from the root Dockerfile with MODULE=moduleName. */
    String imageRepository() {
        return "quickbite/" + moduleName;
    }

    /** The service's configuration file; Spring reads application.yaml or application.yml alike. */
    String applicationYaml() {
        return moduleName + "/src/main/resources/application.yaml";
    }

    String applicationYml() {
        return moduleName + "/src/main/resources/application.yml";
    }

    @Override
    public String toString() {
        return moduleName;
    }
}
