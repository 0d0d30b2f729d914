package dev.cloudgate.client;

import dev.cloudgate.wire.Node;
import dev.cloudgate.wire.tenants.CreateCloudTenantResourceSpec;
import java.util.Objects;

/**
 * A quota to give a tenant on one repository: the body of {@link CloudgateClient#createBackupResource}
 * ({@code CreateCloudTenantResourceSpec}) and one {@code BackupResource} of a {@link TenantSpec}
 * (SPEC-tenants §6.5). The server reads it with the wire module's {@link CreateCloudTenantResourceSpec}.
 *
 * @param repository     the repository, by UID or bare UUID
 * @param quotaMb        the quota in MB, 1024 to 2147483647
 * @param name           the quota's name, or null for the repository's name
 * @param wanAccelerator a WAN accelerator of the same backup server, by UID or bare UUID, or null
 */
public record BackupResourceSpec(String repository, long quotaMb, String name, String wanAccelerator) {
    /** Requires the repository. */
    public BackupResourceSpec {
        Objects.requireNonNull(repository, "repository");
    }

    /** A quota of {@code quotaMb} MB on {@code repository}, named after the repository. */
    public static BackupResourceSpec of(String repository, long quotaMb) {
        return new BackupResourceSpec(repository, quotaMb, null, null);
    }

    /** This quota with its own name. */
    public BackupResourceSpec withName(String value) {
        return new BackupResourceSpec(repository, quotaMb, value, wanAccelerator);
    }

    /** This quota with a WAN accelerator. */
    public BackupResourceSpec withWanAccelerator(String value) {
        return new BackupResourceSpec(repository, quotaMb, name, value);
    }

    /** The POST body, root {@code CreateCloudTenantResourceSpec}. */
    Node toNode() {
        return fill(Node.element(CreateCloudTenantResourceSpec.ROOT));
    }

    /** The {@code BackupResource} item of a tenant create: the same elements (§6.5). */
    Node toItem() {
        return fill(Node.element("BackupResource"));
    }

    /** The XSD order of §6.5; {@code Name} is required in XML and may be empty (T-A34). */
    private Node fill(Node node) {
        return node.leafChild("Name", name == null ? "" : name)
                .leafChild("RepositoryUid", repository)
                .leafChild("QuotaMb", quotaMb)
                .leafChild("WanAcceleratorUid", wanAccelerator);
    }
}
