package dev.cloudgate.tenants;

import dev.cloudgate.tasks.TaskCommand;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The tenant operations as task commands (SPEC-tenants §5), registered in {@link TenantOperations}.
 * Component names are the stored JSON keys: never rename one. A command never carries a password,
 * only its PBKDF2 hash (§2.4); times are epoch milliseconds. References keep the text as sent,
 * because task messages quote it (T-A39).
 */
public sealed interface TenantCommand extends TaskCommand {

    /** A UID from a body: what it names and how it was written. */
    record Ref(UUID id, String sent) {
        public Ref {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(sent, "sent");
        }
    }

    /** A {@code BackupResource} / {@code CreateCloudTenantResourceSpec}; {@code name} null = the repository's name (T-A34). */
    record Quota(String name, Ref repository, long quotaMb, Ref wanAccelerator) {
        public Quota {
            Objects.requireNonNull(repository, "repository");
        }
    }

    /** A {@code ComputeResource} of a create (§6.6). */
    record Subscription(Ref plan, Ref wanAccelerator, String platform, boolean useNetworkFailover, NetworkAppliance appliance) {
        public Subscription {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(platform, "platform");
        }
    }

    /** A {@code VCloudComputeResource} of a vCD create (§6.2 #20). */
    record Vdc(String vdcRef, boolean useNetworkFailover, NetworkAppliance appliance, Ref wanAccelerator) {
        public Vdc {
            Objects.requireNonNull(vdcRef, "vdcRef");
        }
    }

    /** {@code CreateCloudTenant}; {@code organizationRef} for vCD, {@code domainName}/{@code domainPort} for AD. */
    record Create(UUID backupServerId, String name, String description, String passwordHash, boolean enabled, Long leaseExpiration,
            List<Quota> resources, List<Subscription> computeResources, boolean throttlingEnabled, int throttlingSpeedLimit,
            String throttlingSpeedUnit, int publicIpCount, int maxConcurrentTasks, boolean backupProtectionEnabled,
            int backupProtectionPeriod, String tenantType, String organizationRef, List<Vdc> vdcs, List<Ref> pools, boolean failover,
            String domainName, Integer domainPort) implements TenantCommand {
        public Create {
            Objects.requireNonNull(backupServerId, "backupServerId");
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("name is required");
            }
            Objects.requireNonNull(tenantType, "tenantType");
            description = description == null ? "" : description;
            resources = resources == null ? List.of() : List.copyOf(resources);
            computeResources = computeResources == null ? List.of() : List.copyOf(computeResources);
            vdcs = vdcs == null ? List.of() : List.copyOf(vdcs);
            pools = pools == null ? List.of() : List.copyOf(pools);
        }

        @Override
        public String target() {
            return "name " + name;
        }
    }

    /** {@code EditCloudTenant}: null = not sent, unchanged (§2.7); {@code pools} non-null replaces the pools. */
    record Edit(UUID tenantId, String passwordHash, String description, Boolean enabled, Boolean leaseEnabled, Long leaseExpiration,
            Boolean throttlingEnabled, Integer throttlingSpeedLimit, String throttlingSpeedUnit, Integer maxConcurrentTasks,
            Boolean backupProtectionEnabled, Integer backupProtectionPeriod, List<Ref> pools, Boolean failover) implements TenantCommand {
        public Edit {
            Objects.requireNonNull(tenantId, "tenantId");
            pools = pools == null ? null : List.copyOf(pools);
        }

        @Override
        public String target() {
            return "tenant " + tenantId;
        }
    }

    /** {@code DeleteCloudTenant}; {@code includeBackups} is kept for the audit line only (T-A28). */
    record Delete(UUID tenantId, boolean includeBackups) implements TenantCommand {
        public Delete {
            Objects.requireNonNull(tenantId, "tenantId");
        }

        @Override
        public String target() {
            return "tenant " + tenantId;
        }
    }

    /**
     * {@code CreateCloudTenantResource}: a backup resource ({@code quota}, §6.5) or, under the same
     * operation name (T-A11), a hardware plan subscription ({@code subscription}, §6.6); exactly one is set.
     */
    record CreateResource(UUID tenantId, Quota quota, Subscription subscription) implements TenantCommand {
        public CreateResource {
            Objects.requireNonNull(tenantId, "tenantId");
            if ((quota == null) == (subscription == null)) {
                throw new IllegalArgumentException("exactly one of quota and subscription is required");
            }
        }

        @Override
        public String target() {
            return "tenant " + tenantId;
        }
    }

    /** {@code DeleteCloudTenantResource}. */
    record DeleteResource(UUID tenantId, UUID resourceId) implements TenantCommand {
        public DeleteResource {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(resourceId, "resourceId");
        }

        @Override
        public String target() {
            return "backup resource " + resourceId;
        }
    }

    /** {@code DeleteCloudTenantComputeResource}. */
    record DeleteComputeResource(UUID tenantId, UUID computeResourceId) implements TenantCommand {
        public DeleteComputeResource {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(computeResourceId, "computeResourceId");
        }

        @Override
        public String target() {
            return "compute resource " + computeResourceId;
        }
    }

    /**
     * {@code AddCloudSubtenant} (§6.8); {@code quotaName} null = the subtenant's name, {@code quotaMb}
     * null = unlimited without a value (the backup resource's quota is stored, T-A29).
     */
    record AddSubtenant(UUID tenantId, String name, String description, String passwordHash, boolean enabled, UUID resourceId,
            String quotaName, Long quotaMb, boolean unlimited) implements TenantCommand {
        public AddSubtenant {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(passwordHash, "passwordHash");
            Objects.requireNonNull(resourceId, "resourceId");
            description = description == null ? "" : description;
        }

        @Override
        public String target() {
            return "tenant " + tenantId;
        }
    }

    /** {@code EditCloudSubtenant}: null = not sent, unchanged (§2.7); merged with the stored subtenant when the task runs. */
    record EditSubtenant(UUID tenantId, UUID subtenantId, String description, String passwordHash, Boolean enabled, Boolean unlimited,
            String quotaName, UUID resourceId, Long quotaMb) implements TenantCommand {
        public EditSubtenant {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(subtenantId, "subtenantId");
        }

        @Override
        public String target() {
            return "subtenant " + subtenantId;
        }
    }

    /** {@code DeleteCloudSubtenant}. */
    record DeleteSubtenant(UUID tenantId, UUID subtenantId) implements TenantCommand {
        public DeleteSubtenant {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(subtenantId, "subtenantId");
        }

        @Override
        public String target() {
            return "subtenant " + subtenantId;
        }
    }
}
