package dev.cloudgate.tenants;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Hardware plans with their storage items in order; names are unique per backup server in the database (T-B11). */
public interface HardwarePlanStore {
    List<HardwarePlan> all();

    Optional<HardwarePlan> find(UUID id);

    /**
     * The plan, locked until the transaction ends: a subscription to it made meanwhile on another node
     * waits for this transaction (its foreign key check needs the row), so a delete that found no
     * subscriber cannot race one in (§6.11).
     */
    Optional<HardwarePlan> lock(UUID id);

    void insert(HardwarePlan plan);

    /** Replaces description, limits and the storage list. */
    void update(HardwarePlan plan);

    boolean delete(UUID id);
}
