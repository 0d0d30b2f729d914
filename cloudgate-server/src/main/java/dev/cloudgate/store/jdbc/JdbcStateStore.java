package dev.cloudgate.store.jdbc;

import dev.cloudgate.control.StateStore;
import dev.cloudgate.store.Transactor;
import java.util.UUID;

/**
 * Deletes children before parents, so that it runs the same on H2 and PostgreSQL without relying
 * on cascades that V1 declares only for some foreign keys. A migration that adds a table of
 * server state must add it here too.
 */
public final class JdbcStateStore implements StateStore {
    /**
     * {@code task} first: deleting its rows waits for a task runner that holds one locked while it applies
     * the operation (TaskRunner.apply locks the task row before it writes), and a runner that comes later
     * finds its task gone and writes nothing. Deleted later, a task applied meanwhile could commit a gateway
     * after {@code gateway} was emptied, and {@code delete from managed_server} would fail on its foreign key.
     */
    private static final String[] ALL_TABLES = {"task", "pool_tenant", "pool_gateway", "gateway_pool", "gateway", "logon_session",
        "subtenant", "compute_storage_usage", "compute_resource", "vcloud_compute_resource", "backup_resource", "public_ip",
        "plan_storage", "hardware_plan", "vlan_configuration", "ad_account", "ad_domain", "organization_vdc", "vcd_organization",
        "host_datastore", "host", "wan_accelerator", "repository",
        "tenant", "managed_server", "backup_server", "account"};
    private static final String POOLS_OF = "select id from gateway_pool where backup_server_id = ?";

    private final Transactor tx;

    public JdbcStateStore(Transactor tx) {
        this.tx = tx;
    }

    @Override
    public void clear() {
        for (String table : ALL_TABLES) {
            Jdbc.update(tx.write(), "delete from " + table);
        }
    }

    @Override
    public boolean removeBackupServer(UUID id) {
        Jdbc.update(tx.write(), "delete from pool_tenant where pool_id in (" + POOLS_OF + ")"
                + " or tenant_id in (select id from tenant where backup_server_id = ?)", id, id);
        Jdbc.update(tx.write(), "delete from pool_gateway where pool_id in (" + POOLS_OF + ")"
                + " or gateway_id in (select id from gateway where backup_server_id = ?)", id, id);
        Jdbc.update(tx.write(), "delete from gateway_pool where backup_server_id = ?", id);
        Jdbc.update(tx.write(), "delete from gateway where backup_server_id = ?", id);
        removeTenantsOf(id);
        removeCloudInventoryOf(id);
        Jdbc.update(tx.write(), "delete from tenant where backup_server_id = ?", id);
        Jdbc.update(tx.write(), "delete from managed_server where backup_server_id = ?", id);
        return Jdbc.update(tx.write(), "delete from backup_server where id = ?", id) > 0;
    }

    private void removeTenantsOf(UUID id) {
        String tenants = "select id from tenant where backup_server_id = ?";
        Jdbc.update(tx.write(), "delete from subtenant where tenant_id in (" + tenants + ")", id);
        Jdbc.update(tx.write(), "delete from compute_storage_usage where compute_resource_id in"
                + " (select id from compute_resource where tenant_id in (" + tenants + "))", id);
        Jdbc.update(tx.write(), "delete from compute_resource where tenant_id in (" + tenants + ")", id);
        Jdbc.update(tx.write(), "delete from vcloud_compute_resource where tenant_id in (" + tenants + ")", id);
        Jdbc.update(tx.write(), "delete from backup_resource where tenant_id in (" + tenants + ")", id);
        Jdbc.update(tx.write(), "delete from public_ip where backup_server_id = ?", id);
    }

    private void removeCloudInventoryOf(UUID id) {
        Jdbc.update(tx.write(), "delete from plan_storage where plan_id in (select id from hardware_plan where backup_server_id = ?)", id);
        Jdbc.update(tx.write(), "delete from hardware_plan where backup_server_id = ?", id);
        Jdbc.update(tx.write(), "delete from vlan_configuration where backup_server_id = ?", id);
        Jdbc.update(tx.write(), "delete from ad_account where domain_id in (select id from ad_domain where backup_server_id = ?)", id);
        Jdbc.update(tx.write(), "delete from ad_domain where backup_server_id = ?", id);
        Jdbc.update(tx.write(), "delete from organization_vdc where organization_id in"
                + " (select id from vcd_organization where backup_server_id = ?)", id);
        Jdbc.update(tx.write(), "delete from vcd_organization where backup_server_id = ?", id);
        Jdbc.update(tx.write(), "delete from host_datastore where host_id in (select id from host where backup_server_id = ?)", id);
        Jdbc.update(tx.write(), "delete from host where backup_server_id = ?", id);
        Jdbc.update(tx.write(), "delete from wan_accelerator where backup_server_id = ?", id);
        Jdbc.update(tx.write(), "delete from repository where backup_server_id = ?", id);
    }

    @Override
    public boolean removeManagedServer(UUID id) {
        Jdbc.update(tx.write(), "delete from gateway where managed_server_id = ?", id);
        return Jdbc.update(tx.write(), "delete from managed_server where id = ?", id) > 0;
    }
}
