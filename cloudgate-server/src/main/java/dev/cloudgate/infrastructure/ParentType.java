package dev.cloudgate.infrastructure;

import java.util.Optional;

/** Where a VMware hardware plan's resources come from (SPEC-tenants §2.6). */
public enum ParentType {
    HostSystem, ClusterComputeResource;

    public static Optional<ParentType> parse(String text) {
        return Choices.parse(ParentType.class, text);
    }
}
