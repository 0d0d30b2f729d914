package dev.cloudgate.tenants;

import java.util.Objects;

/** A tenant's traffic throttling (SPEC-tenants §4.2 items 9–11); defaults: off, 1 MBps. */
public record Throttling(boolean enabled, int speedLimit, ThrottlingUnit unit) {
    public static final Throttling DEFAULT = new Throttling(false, 1, ThrottlingUnit.MBps);

    public Throttling {
        Objects.requireNonNull(unit);
    }
}
