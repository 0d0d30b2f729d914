package dev.cloudgate.store.jdbc;

import dev.cloudgate.infrastructure.DatastoreType;
import dev.cloudgate.infrastructure.Platform;
import dev.cloudgate.store.Transactor;
import dev.cloudgate.tenants.HardwarePlan;
import dev.cloudgate.tenants.HardwarePlanStore;
import dev.cloudgate.tenants.PlanStorage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Hardware plans (V11) with their storage items in plan_storage, by position. */
public final class JdbcHardwarePlanStore implements HardwarePlanStore {
    private static final String SELECT = "select id, backup_server_id, name, description, cpu_mhz, memory_mb, host_ref, platform,"
            + " networks_with_internet, networks_without_internet from hardware_plan";

    private final Transactor tx;

    public JdbcHardwarePlanStore(Transactor tx) {
        this.tx = tx;
    }

    @Override
    public List<HardwarePlan> all() {
        return Jdbc.list(tx.connection(), SELECT + " order by seq", this::plan);
    }

    @Override
    public Optional<HardwarePlan> find(UUID id) {
        return Jdbc.one(tx.connection(), SELECT + " where id = ?", this::plan, id);
    }

    @Override
    public Optional<HardwarePlan> lock(UUID id) {
        return Jdbc.one(tx.connection(), SELECT + " where id = ? for update", this::plan, id);
    }

    @Override
    public void insert(HardwarePlan p) {
        Jdbc.update(tx.write(), "insert into hardware_plan (id, backup_server_id, name, name_key, description, cpu_mhz,"
                + " memory_mb, host_ref, platform, networks_with_internet, networks_without_internet) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.id(), p.backupServerId(), p.name(), p.nameKey(), p.description(), p.cpuMhz(), p.memoryMb(), p.hostRef(),
                p.platform().name(), p.networksWithInternet(), p.networksWithoutInternet());
        insertStorage(p);
    }

    @Override
    public void update(HardwarePlan p) {
        Jdbc.update(tx.write(), "update hardware_plan set description = ?, cpu_mhz = ?, memory_mb = ? where id = ?",
                p.description(), p.cpuMhz(), p.memoryMb(), p.id());
        Jdbc.update(tx.write(), "delete from plan_storage where plan_id = ?", p.id());
        insertStorage(p);
    }

    @Override
    public boolean delete(UUID id) {
        Jdbc.update(tx.write(), "delete from plan_storage where plan_id = ?", id);
        return Jdbc.update(tx.write(), "delete from hardware_plan where id = ?", id) > 0;
    }

    private void insertStorage(HardwarePlan p) {
        for (int i = 0; i < p.storage().size(); i++) {
            switch (p.storage().get(i)) {
                case PlanStorage.Datastore d -> Jdbc.update(tx.write(), "insert into plan_storage (id, plan_id, position,"
                        + " friendly_name, datastore_type, reference, quota_gb) values (?, ?, ?, ?, ?, ?, ?)", d.id(), p.id(), i,
                        d.friendlyName(), d.type().name(), d.reference(), d.quotaGb());
                case PlanStorage.Volume v -> Jdbc.update(tx.write(), "insert into plan_storage (id, plan_id, position,"
                        + " friendly_name, volume_path, quota_gb) values (?, ?, ?, ?, ?, ?)", v.id(), p.id(), i, v.friendlyName(),
                        v.volumePath(), v.quotaGb());
            }
        }
    }

    private HardwarePlan plan(ResultSet rs) throws SQLException {
        UUID id = rs.getObject(1, UUID.class);
        List<PlanStorage> storage = Jdbc.list(tx.connection(), "select id, friendly_name, datastore_type, reference, volume_path,"
                + " quota_gb from plan_storage where plan_id = ? order by position", JdbcHardwarePlanStore::storage, id);
        return new HardwarePlan(id, rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                rs.getString(7), Platform.valueOf(rs.getString(8)), storage, rs.getInt(9), rs.getInt(10));
    }

    private static PlanStorage storage(ResultSet rs) throws SQLException {
        String type = rs.getString(3);
        if (type != null) {
            return new PlanStorage.Datastore(rs.getObject(1, UUID.class), rs.getString(2), DatastoreType.valueOf(type),
                    rs.getString(4), rs.getInt(6));
        }
        return new PlanStorage.Volume(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(5), rs.getInt(6));
    }
}
