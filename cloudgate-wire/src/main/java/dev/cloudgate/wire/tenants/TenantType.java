package dev.cloudgate.wire.tenants;

import java.util.Optional;

/** Cloud tenant types (SPEC-tenants §1.4, §2.6); input in any case ({@code VCD}, {@code Vcd}: T-A6). */
public enum TenantType {
    Standalone, vCD, ActiveDirectory;

    public static Optional<TenantType> parse(String text) {
        for (TenantType type : values()) {
            if (text != null && type.name().equalsIgnoreCase(text.trim())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
