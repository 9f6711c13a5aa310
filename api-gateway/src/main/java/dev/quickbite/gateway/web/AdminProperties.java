package dev.quickbite.gateway.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The admin account for /admin/**. The defaults are for a local machine only: override them. */
@ConfigurationProperties("quickbite.gateway.admin")
public record AdminProperties(
        @DefaultValue("admin") String username,
        @DefaultValue("admin") String password) {
}
