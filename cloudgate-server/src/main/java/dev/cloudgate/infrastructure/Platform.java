package dev.cloudgate.infrastructure;

import java.util.Optional;

/** A virtualization platform (SPEC-tenants §2.6 {@code PlatformType}); declared order is the query order. */
public enum Platform {
    VMware, HyperV;

    public static Optional<Platform> parse(String text) {
        return Choices.parse(Platform.class, text);
    }
}
