package dev.cloudgate.tenants;

import java.util.UUID;

/** How much of one storage item of its plan a subscription uses, in GB (SPEC-tenants §3.5); seed value. */
public record StorageUsage(UUID storageItemId, long usageGb) {
}
