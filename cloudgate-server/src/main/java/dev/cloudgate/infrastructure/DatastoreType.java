package dev.cloudgate.infrastructure;

import java.util.Optional;

/** A VMware storage item's kind (SPEC-tenants §2.6). */
public enum DatastoreType {
    Datastore, StoragePod;

    public static Optional<DatastoreType> parse(String text) {
        return Choices.parse(DatastoreType.class, text);
    }
}
