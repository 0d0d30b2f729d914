package dev.cloudgate.infrastructure;

import java.util.Objects;

/** A datastore (or storage pod) a VMware host offers to hardware plans (SPEC-tenants §3.2). */
public record HostDatastore(String ref, String name, DatastoreType type) {
    public HostDatastore {
        Objects.requireNonNull(ref);
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
    }
}
