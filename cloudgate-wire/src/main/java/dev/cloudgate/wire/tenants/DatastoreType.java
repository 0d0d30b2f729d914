package dev.cloudgate.wire.tenants;

import java.util.Optional;

/** The kind of a VMware hardware plan's storage item (SPEC-tenants §2.6); input in any case. */
public enum DatastoreType {
    Datastore, StoragePod;

    public static Optional<DatastoreType> parse(String text) {
        for (DatastoreType type : values()) {
            if (text != null && type.name().equalsIgnoreCase(text.trim())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
