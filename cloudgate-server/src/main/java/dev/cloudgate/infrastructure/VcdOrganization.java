package dev.cloudgate.infrastructure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A vCloud Director organization a backup server knows (SPEC-tenants §3.4, T-A1), with its VDCs. */
public record VcdOrganization(UUID id, UUID backupServerId, String ref, String name, List<OrganizationVdc> vdcs) {
    public VcdOrganization {
        Objects.requireNonNull(id);
        Objects.requireNonNull(backupServerId);
        Objects.requireNonNull(ref);
        Objects.requireNonNull(name);
        vdcs = List.copyOf(vdcs);
    }

    /** The VDC with that ref (trimmed, any case; §2.3). */
    public Optional<OrganizationVdc> vdc(String vdcRef) {
        return vdcs.stream().filter(v -> v.ref().equalsIgnoreCase(vdcRef.trim())).findFirst();
    }
}
