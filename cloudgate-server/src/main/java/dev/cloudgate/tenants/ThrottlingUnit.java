package dev.cloudgate.tenants;

import java.util.Optional;

/** {@code ThrottlingSpeedUnit}; matched exactly because Mbps and MBps differ only by case (T-A24). */
public enum ThrottlingUnit {
    Mbps, KBps, MBps;

    public static Optional<ThrottlingUnit> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (ThrottlingUnit unit : values()) {
            if (unit.name().equals(text.trim())) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
