package dev.quickbite.deployment;

/** A {@code host:port} address as the services take it (Kafka bootstrap server, Zeebe gateway). */
record HostAndPort(String host, int port) {

    static HostAndPort parse(String address) {
        String trimmed = address.trim().replaceFirst("^[a-zA-Z]+://", "");
        int colon = trimmed.lastIndexOf(':');
        if (colon <= 0 || colon == trimmed.length() - 1 || trimmed.contains(",")) {
            throw new IllegalArgumentException("expected exactly one host:port, got " + address);
        }
        return new HostAndPort(trimmed.substring(0, colon), Integer.parseInt(trimmed.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
