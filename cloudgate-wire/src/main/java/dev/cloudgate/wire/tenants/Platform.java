package dev.cloudgate.wire.tenants;

import java.util.Optional;

/** {@code PlatformType} of hardware plans and compute resources (SPEC-tenants §2.6); input in any case. */
public enum Platform {
    VMware, HyperV;

    public static Optional<Platform> parse(String text) {
        for (Platform platform : values()) {
            if (text != null && platform.name().equalsIgnoreCase(text.trim())) {
                return Optional.of(platform);
            }
        }
        return Optional.empty();
    }
}
