package dev.cloudgate.infrastructure;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A virtualization host of the provider (SPEC-tenants §3.2) that hardware plans and VLAN ranges
 * point at. {@code ref} is the vendor's hierarchy reference, compared case-insensitively and
 * emitted as seeded (§2.3). {@code parentType} is null for Hyper-V hosts.
 */
public record Host(
        UUID id,
        UUID backupServerId,
        String ref,
        String name,
        Platform platform,
        ParentType parentType,
        List<HostDatastore> datastores) {

    public Host {
        Objects.requireNonNull(id);
        Objects.requireNonNull(backupServerId);
        Objects.requireNonNull(ref);
        Objects.requireNonNull(name);
        Objects.requireNonNull(platform);
        datastores = List.copyOf(datastores);
    }

    /** True when {@code text} names this host by its ref or its name (trimmed, any case; §2.3, §3.2). */
    public boolean isNamedBy(String text) {
        String wanted = text.trim();
        return ref.equalsIgnoreCase(wanted) || name.equalsIgnoreCase(wanted);
    }

    public static String refKey(String ref) {
        return ref.trim().toLowerCase(Locale.ROOT);
    }
}
