package dev.cloudgate.wire.tenants;

import java.util.Optional;

/** The parent of a VMware hardware plan's host (SPEC-tenants §2.6); input in any case. */
public enum ParentType {
    HostSystem, ClusterComputeResource;

    public static Optional<ParentType> parse(String text) {
        for (ParentType type : values()) {
            if (text != null && type.name().equalsIgnoreCase(text.trim())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
