package dev.cloudgate.store.jdbc;

import dev.cloudgate.store.Transactor;
import dev.cloudgate.tenants.BackupProtection;
import dev.cloudgate.tenants.BackupResource;
import dev.cloudgate.tenants.CloudTenant;
import dev.cloudgate.tenants.ComputeResource;
import dev.cloudgate.tenants.FreeLicenseCounters;
import dev.cloudgate.tenants.LastResult;
import dev.cloudgate.tenants.ManualIpSettings;
import dev.cloudgate.tenants.NetworkAppliance;
import dev.cloudgate.tenants.StorageUsage;
import dev.cloudgate.tenants.Subtenant;
import dev.cloudgate.tenants.TenantCounters;
import dev.cloudgate.tenants.TenantLogon;
import dev.cloudgate.tenants.TenantStore;
import dev.cloudgate.tenants.TenantType;
import dev.cloudgate.tenants.Throttling;
import dev.cloudgate.tenants.ThrottlingUnit;
import dev.cloudgate.tenants.VCloudComputeResource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenants (V1 + V10) and their sub-objects (V10, V11); pool assignments in V1's pool_tenant (T-B2). */
public final class JdbcTenantStore implements TenantStore {
    private static final String COLUMNS = "id, backup_server_id, name, description, password_hash, enabled, lease_expiration,"
            + " throttling_enabled, throttling_limit, throttling_unit, max_concurrent_tasks, protection_enabled, protection_days,"
            + " failover, public_ip_count, last_result, last_active, backup_count, replica_count, workstation_backup_count,"
            + " server_backup_count, rental_vm_backups, rental_workstation_backups, rental_server_backups, new_vm_backups,"
            + " new_workstation_backups, new_server_backups, new_vm_replicas, tenant_type, organization_ref, organization_name,"
            + " domain_name, domain_account_id, domain_port";
    private static final String TENANT = "select " + COLUMNS + " from tenant";
    private static final String RESOURCE = "select id, tenant_id, repository_id, display_name, quota_mb, used_quota_mb,"
            + " wan_accelerator_id from backup_resource";
    private static final String APPLIANCE = "appliance_name, appliance_network, appliance_automatic, appliance_ip, appliance_mask,"
            + " appliance_gateway, appliance_dvs_uuid, appliance_under_dvs";
    private static final String COMPUTE = "select id, tenant_id, plan_id, wan_accelerator_id, use_network_failover, memory_usage_mb,"
            + " cpu_count, " + APPLIANCE + " from compute_resource";
    private static final String VCLOUD = "select id, tenant_id, vdc_ref, use_network_failover, cpu_usage_mhz, memory_usage_mb,"
            + " storage_usage_gb, wan_accelerator_id, " + APPLIANCE + " from vcloud_compute_resource";
    private static final String SUBTENANT = "select id, tenant_id, name, description, password_hash, enabled, backup_resource_id,"
            + " quota_name, quota_mb, unlimited, used_quota_mb, quota_id from subtenant";

    private final Transactor tx;

    public JdbcTenantStore(Transactor tx) {
        this.tx = tx;
    }

    @Override
    public List<CloudTenant> all() {
        return Jdbc.list(tx.connection(), TENANT + " order by seq", JdbcTenantStore::tenant);
    }

    @Override
    public Optional<CloudTenant> find(UUID id) {
        return Jdbc.one(tx.connection(), TENANT + " where id = ?", JdbcTenantStore::tenant, id);
    }

    @Override
    public Optional<CloudTenant> named(UUID backupServerId, String nameKey) {
        return Jdbc.one(tx.connection(), TENANT + " where backup_server_id = ? and name_key = ?", JdbcTenantStore::tenant,
                backupServerId, nameKey);
    }

    @Override
    public void insert(CloudTenant t) {
        Object[] values = values(t);
        Jdbc.update(tx.write(), "insert into tenant (" + COLUMNS + ", name_key) values (" + "?, ".repeat(values.length)
                + "?)", append(values, t.nameKey()));
    }

    @Override
    public void update(CloudTenant t) {
        Object[] values = values(t);
        String assignments = String.join(" = ?, ", COLUMNS.split(",\\s*")) + " = ?, name_key = ?";
        Object[] args = append(append(values, t.nameKey()), t.id());
        Jdbc.update(tx.write(), "update tenant set " + assignments + " where id = ?", args);
    }

    @Override
    public boolean delete(UUID id) {
        var c = tx.write();
        Jdbc.update(c, "delete from pool_tenant where tenant_id = ?", id);
        Jdbc.update(c, "update public_ip set tenant_id = null where tenant_id = ?", id);
        Jdbc.update(c, "delete from subtenant where tenant_id = ?", id);
        Jdbc.update(c, "delete from compute_storage_usage where compute_resource_id in (select id from compute_resource where tenant_id = ?)", id);
        Jdbc.update(c, "delete from compute_resource where tenant_id = ?", id);
        Jdbc.update(c, "delete from vcloud_compute_resource where tenant_id = ?", id);
        Jdbc.update(c, "delete from backup_resource where tenant_id = ?", id);
        return Jdbc.update(c, "delete from tenant where id = ?", id) > 0;
    }

    @Override
    public List<BackupResource> resources() {
        return Jdbc.list(tx.connection(), RESOURCE + " order by seq", JdbcTenantStore::resource);
    }

    @Override
    public List<BackupResource> resourcesOf(UUID tenantId) {
        return Jdbc.list(tx.connection(), RESOURCE + " where tenant_id = ? order by seq", JdbcTenantStore::resource, tenantId);
    }

    @Override
    public Optional<BackupResource> resource(UUID id) {
        return Jdbc.one(tx.connection(), RESOURCE + " where id = ?", JdbcTenantStore::resource, id);
    }

    @Override
    public void insert(BackupResource r) {
        Jdbc.update(tx.write(), "insert into backup_resource (id, tenant_id, repository_id, display_name, quota_mb,"
                + " used_quota_mb, wan_accelerator_id) values (?, ?, ?, ?, ?, ?, ?)", r.id(), r.tenantId(), r.repositoryId(),
                r.displayName(), r.quotaMb(), r.usedQuotaMb(), r.wanAcceleratorId());
    }

    @Override
    public boolean deleteResource(UUID id) {
        return Jdbc.update(tx.write(), "delete from backup_resource where id = ?", id) > 0;
    }

    @Override
    public List<ComputeResource> computeResources() {
        return Jdbc.list(tx.connection(), COMPUTE + " order by seq", this::compute);
    }

    @Override
    public List<ComputeResource> computeResourcesOf(UUID tenantId) {
        return Jdbc.list(tx.connection(), COMPUTE + " where tenant_id = ? order by seq", this::compute, tenantId);
    }

    @Override
    public void insert(ComputeResource r) {
        Jdbc.update(tx.write(), "insert into compute_resource (id, tenant_id, plan_id, wan_accelerator_id,"
                + " use_network_failover, memory_usage_mb, cpu_count, " + APPLIANCE + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                append(new Object[] {r.id(), r.tenantId(), r.planId(), r.wanAcceleratorId(), r.useNetworkFailover(), r.memoryUsageMb(),
                    r.cpuCount()}, appliance(r.appliance())));
        insertUsage(r);
    }

    @Override
    public void update(ComputeResource r) {
        Jdbc.update(tx.write(), "update compute_resource set wan_accelerator_id = ?, use_network_failover = ?,"
                + " memory_usage_mb = ?, cpu_count = ?, " + String.join(" = ?, ", APPLIANCE.split(",\\s*")) + " = ? where id = ?",
                append(append(new Object[] {r.wanAcceleratorId(), r.useNetworkFailover(), r.memoryUsageMb(), r.cpuCount()},
                        appliance(r.appliance())), r.id()));
        Jdbc.update(tx.write(), "delete from compute_storage_usage where compute_resource_id = ?", r.id());
        insertUsage(r);
    }

    @Override
    public boolean deleteComputeResource(UUID id) {
        Jdbc.update(tx.write(), "delete from compute_storage_usage where compute_resource_id = ?", id);
        return Jdbc.update(tx.write(), "delete from compute_resource where id = ?", id) > 0;
    }

    @Override
    public List<VCloudComputeResource> vCloudComputeResourcesOf(UUID tenantId) {
        return Jdbc.list(tx.connection(), VCLOUD + " where tenant_id = ? order by seq", JdbcTenantStore::vcloud, tenantId);
    }

    @Override
    public void insert(VCloudComputeResource r) {
        Jdbc.update(tx.write(), "insert into vcloud_compute_resource (id, tenant_id, vdc_ref, use_network_failover,"
                + " cpu_usage_mhz, memory_usage_mb, storage_usage_gb, wan_accelerator_id, " + APPLIANCE + ")"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                append(new Object[] {r.id(), r.tenantId(), r.vdcRef(), r.useNetworkFailover(), r.cpuUsageMhz(), r.memoryUsageMb(),
                    r.storageUsageGb(), r.wanAcceleratorId()}, appliance(r.appliance())));
    }

    @Override
    public List<Subtenant> subtenants() {
        return Jdbc.list(tx.connection(), SUBTENANT + " order by seq", JdbcTenantStore::subtenant);
    }

    @Override
    public List<Subtenant> subtenantsOf(UUID tenantId) {
        return Jdbc.list(tx.connection(), SUBTENANT + " where tenant_id = ? order by seq", JdbcTenantStore::subtenant, tenantId);
    }

    @Override
    public void insert(Subtenant s) {
        Jdbc.update(tx.write(), "insert into subtenant (id, tenant_id, name, name_key, description, password_hash, enabled,"
                + " backup_resource_id, quota_name, quota_mb, unlimited, used_quota_mb, quota_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.id(), s.tenantId(), s.name(), s.nameKey(), s.description(), s.passwordHash(), s.enabled(), s.backupResourceId(),
                s.quotaDisplayName(), s.quotaMb(), s.unlimited(), s.usedQuotaMb(), s.quotaId());
    }

    @Override
    public void update(Subtenant s) {
        Jdbc.update(tx.write(), "update subtenant set description = ?, password_hash = ?, enabled = ?, backup_resource_id = ?,"
                + " quota_name = ?, quota_mb = ?, unlimited = ? where id = ?", s.description(), s.passwordHash(), s.enabled(),
                s.backupResourceId(), s.quotaDisplayName(), s.quotaMb(), s.unlimited(), s.id());
    }

    @Override
    public boolean deleteSubtenant(UUID id) {
        return Jdbc.update(tx.write(), "delete from subtenant where id = ?", id) > 0;
    }

    @Override
    public List<UUID> poolIdsOf(UUID tenantId) {
        return Jdbc.list(tx.connection(), "select p.id from gateway_pool p join pool_tenant pt on pt.pool_id = p.id"
                + " where pt.tenant_id = ? order by p.seq", rs -> rs.getObject(1, UUID.class), tenantId);
    }

    @Override
    public void setPools(UUID tenantId, List<UUID> poolIds) {
        List<UUID> current = poolIdsOf(tenantId);
        for (UUID pool : current) {
            if (!poolIds.contains(pool)) {
                Jdbc.update(tx.write(), "delete from pool_tenant where pool_id = ? and tenant_id = ?", pool, tenantId);
            }
        }
        for (UUID pool : poolIds.stream().distinct().toList()) {
            if (!current.contains(pool)) {
                Jdbc.update(tx.write(), "insert into pool_tenant (pool_id, tenant_id, position)"
                        + " select ?, ?, coalesce(max(position), -1) + 1 from pool_tenant where pool_id = ?", pool, tenantId, pool);
            }
        }
    }

    private void insertUsage(ComputeResource r) {
        for (StorageUsage u : r.storageUsage()) {
            Jdbc.update(tx.write(), "insert into compute_storage_usage (compute_resource_id, storage_item_id, usage_gb)"
                    + " values (?, ?, ?)", r.id(), u.storageItemId(), u.usageGb());
        }
    }

    private static Object[] values(CloudTenant t) {
        FreeLicenseCounters f = t.freeLicenseCounters();
        TenantCounters c = t.counters();
        String orgRef = null;
        String orgName = null;
        String domain = null;
        UUID account = null;
        Integer port = null;
        switch (t.logon()) {
            case TenantLogon.Vcd v -> {
                orgRef = v.organizationRef();
                orgName = v.organizationName();
            }
            case TenantLogon.ActiveDirectory ad -> {
                domain = ad.domainName();
                account = ad.domainAccountId();
                port = ad.port();
            }
            case TenantLogon.Standalone s -> {
            }
        }
        return new Object[] {t.id(), t.backupServerId(), t.name(), t.description(), t.passwordHash(), t.enabled(),
            millis(t.leaseExpiration()), t.throttling().enabled(), t.throttling().speedLimit(), t.throttling().unit().name(),
            t.maxConcurrentTasks(), t.backupProtection().enabled(), t.backupProtection().periodDays(), t.failoverToOtherGateways(),
            t.publicIpCount(), t.lastResult().name(), millis(t.lastActive()), c.backupCount(), c.replicaCount(),
            c.workstationBackupCount(), c.serverBackupCount(), f.rentalVmBackupCount(), f.rentalWorkstationBackupCount(),
            f.rentalServerBackupCount(), f.newVmBackupCount(), f.newWorkstationBackupCount(), f.newServerBackupCount(),
            f.newVmReplicaCount(), t.type().name(), orgRef, orgName, domain, account, port};
    }

    private static CloudTenant tenant(ResultSet rs) throws SQLException {
        TenantLogon logon = switch (TenantType.valueOf(rs.getString("tenant_type"))) {
            case Standalone -> TenantLogon.Standalone.INSTANCE;
            case vCD -> new TenantLogon.Vcd(rs.getString("organization_name"), rs.getString("organization_ref"));
            case ActiveDirectory -> new TenantLogon.ActiveDirectory(rs.getString("domain_name"),
                    rs.getObject("domain_account_id", UUID.class), rs.getInt("domain_port"));
        };
        return new CloudTenant(rs.getObject("id", UUID.class), rs.getObject("backup_server_id", UUID.class), rs.getString("name"),
                rs.getString("description"), rs.getString("password_hash"), rs.getBoolean("enabled"), instant(rs, "lease_expiration"),
                new Throttling(rs.getBoolean("throttling_enabled"), rs.getInt("throttling_limit"),
                        ThrottlingUnit.valueOf(rs.getString("throttling_unit"))),
                rs.getInt("max_concurrent_tasks"),
                new BackupProtection(rs.getBoolean("protection_enabled"), rs.getInt("protection_days")),
                rs.getBoolean("failover"), rs.getInt("public_ip_count"), LastResult.valueOf(rs.getString("last_result")),
                instant(rs, "last_active"),
                new TenantCounters(rs.getInt("backup_count"), rs.getInt("replica_count"), rs.getInt("workstation_backup_count"),
                        rs.getInt("server_backup_count")),
                new FreeLicenseCounters(rs.getInt("rental_vm_backups"), rs.getInt("rental_workstation_backups"),
                        rs.getInt("rental_server_backups"), rs.getInt("new_vm_backups"), rs.getInt("new_workstation_backups"),
                        rs.getInt("new_server_backups"), rs.getInt("new_vm_replicas")),
                logon);
    }

    private static BackupResource resource(ResultSet rs) throws SQLException {
        return new BackupResource(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getObject(7, UUID.class));
    }

    private ComputeResource compute(ResultSet rs) throws SQLException {
        UUID id = rs.getObject(1, UUID.class);
        List<StorageUsage> usage = Jdbc.list(tx.connection(), "select storage_item_id, usage_gb from compute_storage_usage"
                + " where compute_resource_id = ? order by storage_item_id", r -> new StorageUsage(r.getObject(1, UUID.class), r.getLong(2)), id);
        return new ComputeResource(id, rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                rs.getBoolean(5), appliance(rs), rs.getLong(6), rs.getInt(7), usage);
    }

    private static VCloudComputeResource vcloud(ResultSet rs) throws SQLException {
        return new VCloudComputeResource(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getBoolean(4),
                rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getObject(8, UUID.class), appliance(rs));
    }

    private static Subtenant subtenant(ResultSet rs) throws SQLException {
        return new Subtenant(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getBoolean(6), rs.getObject(7, UUID.class), rs.getString(8), rs.getLong(9), rs.getBoolean(10),
                rs.getLong(11), rs.getObject(12, UUID.class));
    }

    private static Object[] appliance(NetworkAppliance a) {
        if (a == null) {
            return new Object[8];
        }
        ManualIpSettings m = a.manual();
        return new Object[] {a.name(), a.productionNetwork(), a.obtainAddressAutomatically(), m == null ? null : m.ipAddress(),
            m == null ? null : m.subnetMask(), m == null ? null : m.defaultGateway(), a.distributedSwitchUuid(),
            a.productionNetworkUnderDvs()};
    }

    private static NetworkAppliance appliance(ResultSet rs) throws SQLException {
        String name = rs.getString("appliance_name");
        if (name == null) {
            return null;
        }
        String ip = rs.getString("appliance_ip");
        return new NetworkAppliance(name, rs.getString("appliance_network"), rs.getBoolean("appliance_automatic"),
                ip == null ? null : new ManualIpSettings(ip, rs.getString("appliance_mask"), rs.getString("appliance_gateway")),
                rs.getString("appliance_dvs_uuid"), rs.getBoolean("appliance_under_dvs"));
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }

    private static Object[] append(Object[] values, Object... more) {
        Object[] all = new Object[values.length + more.length];
        System.arraycopy(values, 0, all, 0, values.length);
        System.arraycopy(more, 0, all, values.length, more.length);
        return all;
    }
}
