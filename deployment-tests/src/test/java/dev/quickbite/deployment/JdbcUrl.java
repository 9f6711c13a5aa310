package dev.quickbite.deployment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A PostgreSQL JDBC URL taken apart: where the service connects and to which database. */
record JdbcUrl(String host, int port, String database) {

    private static final Pattern POSTGRES = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]+)(?:\\?.*)?");

    static JdbcUrl parse(String url) {
        Matcher matcher = POSTGRES.matcher(url.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a jdbc:postgresql://host[:port]/database URL: " + url);
        }
        int port = matcher.group(2) == null ? 5432 : Integer.parseInt(matcher.group(2));
        return new JdbcUrl(matcher.group(1), port, matcher.group(3));
    }
}
