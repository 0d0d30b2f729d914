package dev.cloudgate.infrastructure;

import java.util.Objects;

/** A virtual data center of a vCloud Director organization (SPEC-tenants §3.4). */
public record OrganizationVdc(String ref, String name, AllocationModel allocationModel, boolean enabled) {
    public OrganizationVdc {
        Objects.requireNonNull(ref);
        Objects.requireNonNull(name);
        Objects.requireNonNull(allocationModel);
    }
}
