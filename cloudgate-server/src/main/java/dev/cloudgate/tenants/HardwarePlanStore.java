package dev.cloudgate.tenants;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Hardware plans with their storage items in order; names are unique per backup server in the database (T-B11). */
public interface HardwarePlanStore {
    List<HardwarePlan> all();

    Optional<HardwarePlan> find(UUID id);

    void insert(HardwarePlan plan);

    /** Replaces description, limits and the storage list. */
    void update(HardwarePlan plan);

    boolean delete(UUID id);
}
