package dev.cloudgate.tenants;

import dev.cloudgate.infrastructure.DatastoreType;
import java.util.Objects;
import java.util.UUID;

/**
 * One storage item of a hardware plan (SPEC-tenants §4.8 items 4a/4b): a VMware datastore or a
 * Hyper-V volume, with its quota in GB. Its {@code id} is kept across plan edits (§6.11).
 */
public sealed interface PlanStorage {
    UUID id();

    String friendlyName();

    int quotaGb();

    /** {@code Datastore}: {@code reference} is the host datastore's ref; {@code RootPath} is always empty. */
    record Datastore(UUID id, String friendlyName, DatastoreType type, String reference, int quotaGb) implements PlanStorage {
        public Datastore {
            Objects.requireNonNull(id);
            Objects.requireNonNull(friendlyName);
            Objects.requireNonNull(type);
            Objects.requireNonNull(reference);
        }
    }

    /** {@code Volume} of a Hyper-V host. */
    record Volume(UUID id, String friendlyName, String volumePath, int quotaGb) implements PlanStorage {
        public Volume {
            Objects.requireNonNull(id);
            Objects.requireNonNull(friendlyName);
            Objects.requireNonNull(volumePath);
        }
    }
}
