package dev.cloudgate.tenants;

import dev.cloudgate.infrastructure.Choices;
import java.util.Optional;

/** The kind of tenant account (SPEC-tenants §1.4, §2.6); declared order is the query order (§8). */
public enum TenantType {
    Standalone, vCD, ActiveDirectory;

    /** Any case (T-A6: the vendor writes {@code vCD}, {@code VCD} and {@code Vcd}). */
    public static Optional<TenantType> parse(String text) {
        return Choices.parse(TenantType.class, text);
    }
}
