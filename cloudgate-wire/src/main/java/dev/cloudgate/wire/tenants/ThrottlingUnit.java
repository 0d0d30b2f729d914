package dev.cloudgate.wire.tenants;

import java.util.Optional;

/**
 * {@code ThrottlingSpeedUnit}: matched exactly, because {@code Mbps} (megabits) and {@code MBps}
 * (megabytes) differ only by case (SPEC-tenants §2.6, T-A24).
 */
public enum ThrottlingUnit {
    Mbps, KBps, MBps;

    public static Optional<ThrottlingUnit> parse(String text) {
        for (ThrottlingUnit unit : values()) {
            if (text != null && unit.name().equals(text.trim())) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
