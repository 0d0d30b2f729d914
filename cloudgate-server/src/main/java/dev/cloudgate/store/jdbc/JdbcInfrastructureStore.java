package dev.cloudgate.store.jdbc;

import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.HostLookup;
import dev.cloudgate.infrastructure.InfrastructureStore;
import dev.cloudgate.infrastructure.ManagedServer;
import dev.cloudgate.infrastructure.ManagedServerType;
import dev.cloudgate.infrastructure.Tenant;
import dev.cloudgate.store.Transactor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class JdbcInfrastructureStore implements InfrastructureStore {
    private static final String BACKUP_SERVER = "select id, name, description, port, version, wcf_port, thumbprint, ip_or_dns_name, cloud_connect from backup_server";
    private static final String MANAGED_SERVER = "select id, backup_server_id, name, description, server_type, ip_address from managed_server";
    private static final String TENANT = "select id, backup_server_id, name, enabled from tenant";

    private final Transactor tx;

    public JdbcInfrastructureStore(Transactor tx) {
        this.tx = tx;
    }

    @Override
    public List<BackupServer> backupServers() {
        return Jdbc.list(tx.connection(), BACKUP_SERVER + " order by seq", JdbcInfrastructureStore::backupServer);
    }

    @Override
    public Optional<BackupServer> backupServer(UUID id) {
        return Jdbc.one(tx.connection(), BACKUP_SERVER + " where id = ?", JdbcInfrastructureStore::backupServer, id);
    }

    /** Every create names its backup server, most often by name: found in SQL, not by reading them all (issue 11). */
    @Override
    public Optional<BackupServer> backupServerNamed(String name) {
        return Jdbc.list(tx.connection(), BACKUP_SERVER + " where name_key = ? order by seq", JdbcInfrastructureStore::backupServer,
                JdbcCloudInventoryStore.key(name))
                .stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    /** SPEC §8 B2 by index: by name first, then by IP address, the first made winning a tie. */
    @Override
    public Optional<ManagedServer> managedServerByHost(UUID backupServerId, String host) {
        if (host == null) {
            return Optional.empty();
        }
        String key = HostLookup.key(host);
        Optional<ManagedServer> byName = Jdbc.one(tx.connection(), MANAGED_SERVER + " where backup_server_id = ? and name_key = ?"
                + " order by seq fetch first 1 rows only", JdbcInfrastructureStore::managedServer, backupServerId, key);
        return byName.isPresent() ? byName : Jdbc.one(tx.connection(), MANAGED_SERVER + " where backup_server_id = ? and ip_key = ?"
                + " order by seq fetch first 1 rows only", JdbcInfrastructureStore::managedServer, backupServerId, key);
    }

    @Override
    public List<ManagedServer> managedServers() {
        return Jdbc.list(tx.connection(), MANAGED_SERVER + " order by seq", JdbcInfrastructureStore::managedServer);
    }

    @Override
    public List<ManagedServer> managedServersOf(UUID backupServerId) {
        return Jdbc.list(tx.connection(), MANAGED_SERVER + " where backup_server_id = ? order by seq",
                JdbcInfrastructureStore::managedServer, backupServerId);
    }

    @Override
    public Optional<ManagedServer> managedServer(UUID id) {
        return Jdbc.one(tx.connection(), MANAGED_SERVER + " where id = ?", JdbcInfrastructureStore::managedServer, id);
    }

    @Override
    public List<Tenant> tenants() {
        return Jdbc.list(tx.connection(), TENANT + " order by seq", JdbcInfrastructureStore::tenant);
    }

    @Override
    public Optional<Tenant> tenant(UUID id) {
        return Jdbc.one(tx.connection(), TENANT + " where id = ?", JdbcInfrastructureStore::tenant, id);
    }

    @Override
    public void add(BackupServer s) {
        Jdbc.update(tx.write(), "insert into backup_server (id, name, description, port, version, wcf_port, thumbprint, ip_or_dns_name, cloud_connect,"
                + " name_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s.id(), s.name(), s.description(), s.port(), s.version(), s.wcfPort(),
                s.certificateThumbprint(), s.ipOrDnsName(), s.cloudConnectEnabled(), JdbcCloudInventoryStore.key(s.name()));
    }

    @Override
    public void add(ManagedServer s) {
        Jdbc.update(tx.write(), "insert into managed_server (id, backup_server_id, name, description, server_type, ip_address,"
                + " name_key, ip_key) values (?, ?, ?, ?, ?, ?, ?, ?)", s.id(), s.backupServerId(), s.name(), s.description(), s.type().name(),
                s.ipAddress(), HostLookup.key(s.name()), s.ipAddress() == null ? null : HostLookup.key(s.ipAddress()));
    }

    @Override
    public void add(Tenant t) {
        Jdbc.update(tx.write(), "insert into tenant (id, backup_server_id, name, name_key, enabled) values (?, ?, ?, ?, ?)",
                t.id(), t.backupServerId(), t.name(), JdbcCloudInventoryStore.key(t.name()), t.enabled());
    }

    @Override
    public boolean isEmpty() {
        return Jdbc.one(tx.connection(), "select count(*) from backup_server", rs -> rs.getLong(1), new Object[0]).orElse(0L) == 0;
    }

    private static BackupServer backupServer(ResultSet rs) throws SQLException {
        return new BackupServer(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
                rs.getInt("port"), rs.getString("version"), Jdbc.nullableInt(rs, "wcf_port"), rs.getString("thumbprint"),
                rs.getString("ip_or_dns_name"), rs.getBoolean("cloud_connect"));
    }

    private static ManagedServer managedServer(ResultSet rs) throws SQLException {
        return new ManagedServer(rs.getObject("id", UUID.class), rs.getObject("backup_server_id", UUID.class), rs.getString("name"),
                rs.getString("description"), ManagedServerType.valueOf(rs.getString("server_type")), rs.getString("ip_address"));
    }

    private static Tenant tenant(ResultSet rs) throws SQLException {
        return new Tenant(rs.getObject("id", UUID.class), rs.getObject("backup_server_id", UUID.class), rs.getString("name"),
                rs.getBoolean("enabled"));
    }
}
