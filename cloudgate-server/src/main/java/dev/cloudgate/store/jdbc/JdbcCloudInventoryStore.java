package dev.cloudgate.store.jdbc;

import dev.cloudgate.infrastructure.AdDomain;
import dev.cloudgate.infrastructure.AllocationModel;
import dev.cloudgate.infrastructure.CloudInventoryStore;
import dev.cloudgate.infrastructure.DatastoreType;
import dev.cloudgate.infrastructure.Host;
import dev.cloudgate.infrastructure.HostDatastore;
import dev.cloudgate.infrastructure.OrganizationVdc;
import dev.cloudgate.infrastructure.ParentType;
import dev.cloudgate.infrastructure.Platform;
import dev.cloudgate.infrastructure.PublicIpAddress;
import dev.cloudgate.infrastructure.Repository;
import dev.cloudgate.infrastructure.RepositoryKind;
import dev.cloudgate.infrastructure.SwitchType;
import dev.cloudgate.infrastructure.VcdOrganization;
import dev.cloudgate.infrastructure.VlanConfiguration;
import dev.cloudgate.infrastructure.VlanRange;
import dev.cloudgate.infrastructure.WanAccelerator;
import dev.cloudgate.store.Transactor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The Cloud Connect inventory of V10/V11: one table per record, list parts in child tables by position. */
public final class JdbcCloudInventoryStore implements CloudInventoryStore {
    private static final String REPOSITORY = "select id, backup_server_id, name, kind, capacity, free_space from repository";
    private static final String WAN = "select id, backup_server_id, name, description, version, capacity_gb, traffic_port,"
            + " connections_count, cache_path, high_bandwidth, out_of_date from wan_accelerator";
    private static final String VLAN = "select id, backup_server_id, host_ref, platform, switch_name, switch_id, switch_type,"
            + " cluster_name, cluster_id, internet_left, internet_right, no_internet_left, no_internet_right from vlan_configuration";

    private final Transactor tx;

    public JdbcCloudInventoryStore(Transactor tx) {
        this.tx = tx;
    }

    @Override
    public List<Repository> repositories() {
        return Jdbc.list(tx.connection(), REPOSITORY + " order by seq", JdbcCloudInventoryStore::repository);
    }

    @Override
    public Optional<Repository> repository(UUID id) {
        return Jdbc.one(tx.connection(), REPOSITORY + " where id = ?", JdbcCloudInventoryStore::repository, id);
    }

    @Override
    public void add(Repository r) {
        Jdbc.update(tx.write(), "insert into repository (id, backup_server_id, name, name_key, kind, capacity, free_space)"
                + " values (?, ?, ?, ?, ?, ?, ?)", r.id(), r.backupServerId(), r.name(), key(r.name()), r.kind().name(), r.capacity(),
                r.freeSpace());
    }

    @Override
    public boolean removeRepository(UUID id) {
        return Jdbc.update(tx.write(), "delete from repository where id = ?", id) > 0;
    }

    @Override
    public List<WanAccelerator> wanAccelerators() {
        return Jdbc.list(tx.connection(), WAN + " order by seq", JdbcCloudInventoryStore::wan);
    }

    @Override
    public Optional<WanAccelerator> wanAccelerator(UUID id) {
        return Jdbc.one(tx.connection(), WAN + " where id = ?", JdbcCloudInventoryStore::wan, id);
    }

    @Override
    public void add(WanAccelerator w) {
        Jdbc.update(tx.write(), "insert into wan_accelerator (id, backup_server_id, name, name_key, description, version,"
                + " capacity_gb, traffic_port, connections_count, cache_path, high_bandwidth, out_of_date)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", w.id(), w.backupServerId(), w.name(), key(w.name()), w.description(),
                w.version(), w.cacheCapacityGb(), w.trafficPort(), w.connectionsCount(), w.cachePath(), w.highBandwidthMode(),
                w.outOfDate());
    }

    @Override
    public boolean removeWanAccelerator(UUID id) {
        return Jdbc.update(tx.write(), "delete from wan_accelerator where id = ?", id) > 0;
    }

    @Override
    public List<Host> hosts() {
        return Jdbc.list(tx.connection(), "select id, backup_server_id, ref, name, platform, parent_type from host order by seq", this::host);
    }

    @Override
    public void add(Host h) {
        Jdbc.update(tx.write(), "insert into host (id, backup_server_id, ref, ref_key, name, platform, parent_type)"
                + " values (?, ?, ?, ?, ?, ?, ?)", h.id(), h.backupServerId(), h.ref(), key(h.ref()), h.name(), h.platform().name(),
                h.parentType() == null ? null : h.parentType().name());
        for (int i = 0; i < h.datastores().size(); i++) {
            HostDatastore d = h.datastores().get(i);
            Jdbc.update(tx.write(), "insert into host_datastore (host_id, position, ref, name, datastore_type)"
                    + " values (?, ?, ?, ?, ?)", h.id(), i, d.ref(), d.name(), d.type().name());
        }
    }

    @Override
    public List<VcdOrganization> organizations() {
        return Jdbc.list(tx.connection(), "select id, backup_server_id, ref, name from vcd_organization order by seq", this::organization);
    }

    @Override
    public void add(VcdOrganization o) {
        Jdbc.update(tx.write(), "insert into vcd_organization (id, backup_server_id, ref, ref_key, name) values (?, ?, ?, ?, ?)",
                o.id(), o.backupServerId(), o.ref(), key(o.ref()), o.name());
        for (int i = 0; i < o.vdcs().size(); i++) {
            OrganizationVdc v = o.vdcs().get(i);
            Jdbc.update(tx.write(), "insert into organization_vdc (organization_id, position, ref, name, allocation_model, enabled)"
                    + " values (?, ?, ?, ?, ?, ?)", o.id(), i, v.ref(), v.name(), v.allocationModel().name(), v.enabled());
        }
    }

    @Override
    public List<AdDomain> domains() {
        return Jdbc.list(tx.connection(), "select id, backup_server_id, name, netbios_name, port from ad_domain order by seq", this::domain);
    }

    @Override
    public void add(AdDomain d) {
        Jdbc.update(tx.write(), "insert into ad_domain (id, backup_server_id, name, name_key, netbios_name, port)"
                + " values (?, ?, ?, ?, ?, ?)", d.id(), d.backupServerId(), d.name(), key(d.name()), d.netbiosName(), d.port());
        for (int i = 0; i < d.accounts().size(); i++) {
            Jdbc.update(tx.write(), "insert into ad_account (domain_id, position, name) values (?, ?, ?)",
                    d.id(), i, d.accounts().get(i));
        }
    }

    @Override
    public List<PublicIpAddress> publicIps() {
        return Jdbc.list(tx.connection(), "select backup_server_id, address, tenant_id from public_ip order by seq",
                rs -> new PublicIpAddress(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class)));
    }

    @Override
    public void add(PublicIpAddress a) {
        Jdbc.update(tx.write(), "insert into public_ip (backup_server_id, address, tenant_id) values (?, ?, ?)",
                a.backupServerId(), a.address(), a.tenantId());
    }

    @Override
    public int assignPublicIps(UUID backupServerId, UUID tenantId, int count) {
        List<String> free = Jdbc.list(tx.connection(), "select address from public_ip where backup_server_id = ? and tenant_id is null"
                + " order by seq", rs -> rs.getString(1), backupServerId);
        int given = 0;
        for (String address : free.subList(0, Math.min(count, free.size()))) {
            // "and tenant_id is null": another node may have taken it since the read.
            given += Jdbc.update(tx.write(), "update public_ip set tenant_id = ? where backup_server_id = ? and address = ?"
                    + " and tenant_id is null", tenantId, backupServerId, address);
        }
        return given;
    }

    @Override
    public List<VlanConfiguration> vlans() {
        return Jdbc.list(tx.connection(), VLAN + " order by seq", JdbcCloudInventoryStore::vlan);
    }

    @Override
    public Optional<VlanConfiguration> vlan(UUID id) {
        return Jdbc.one(tx.connection(), VLAN + " where id = ?", JdbcCloudInventoryStore::vlan, id);
    }

    @Override
    public void add(VlanConfiguration v) {
        Jdbc.update(tx.write(), "insert into vlan_configuration (id, backup_server_id, host_ref, platform, switch_name,"
                + " switch_id, switch_type, cluster_name, cluster_id, internet_left, internet_right, no_internet_left, no_internet_right)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", v.id(), v.backupServerId(), v.hostRef(), v.platform().name(),
                v.switchName(), v.switchId(), v.switchType().name(), v.clusterName(), v.clusterId(), v.withInternet().left(),
                v.withInternet().right(), v.withoutInternet().left(), v.withoutInternet().right());
    }

    @Override
    public void update(VlanConfiguration v) {
        Jdbc.update(tx.write(), "update vlan_configuration set internet_left = ?, internet_right = ?, no_internet_left = ?,"
                + " no_internet_right = ? where id = ?", v.withInternet().left(), v.withInternet().right(), v.withoutInternet().left(),
                v.withoutInternet().right(), v.id());
    }

    @Override
    public boolean removeVlan(UUID id) {
        return Jdbc.update(tx.write(), "delete from vlan_configuration where id = ?", id) > 0;
    }

    static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private static Repository repository(ResultSet rs) throws SQLException {
        return new Repository(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                RepositoryKind.valueOf(rs.getString(4)), rs.getLong(5), rs.getLong(6));
    }

    private static WanAccelerator wan(ResultSet rs) throws SQLException {
        return new WanAccelerator(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getLong(6), rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getBoolean(10), rs.getBoolean(11));
    }

    private static VlanConfiguration vlan(ResultSet rs) throws SQLException {
        return new VlanConfiguration(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                Platform.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), SwitchType.valueOf(rs.getString(7)),
                rs.getString(8), rs.getString(9), new VlanRange(rs.getInt(10), rs.getInt(11)), new VlanRange(rs.getInt(12), rs.getInt(13)));
    }

    private Host host(ResultSet rs) throws SQLException {
        UUID id = rs.getObject(1, UUID.class);
        String parent = rs.getString(6);
        List<HostDatastore> datastores = Jdbc.list(tx.connection(), "select ref, name, datastore_type from host_datastore"
                + " where host_id = ? order by position", r -> new HostDatastore(r.getString(1), r.getString(2),
                DatastoreType.valueOf(r.getString(3))), id);
        return new Host(id, rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), Platform.valueOf(rs.getString(5)),
                parent == null ? null : ParentType.valueOf(parent), datastores);
    }

    private VcdOrganization organization(ResultSet rs) throws SQLException {
        UUID id = rs.getObject(1, UUID.class);
        List<OrganizationVdc> vdcs = Jdbc.list(tx.connection(), "select ref, name, allocation_model, enabled from organization_vdc"
                + " where organization_id = ? order by position", r -> new OrganizationVdc(r.getString(1), r.getString(2),
                AllocationModel.valueOf(r.getString(3)), r.getBoolean(4)), id);
        return new VcdOrganization(id, rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), vdcs);
    }

    private AdDomain domain(ResultSet rs) throws SQLException {
        UUID id = rs.getObject(1, UUID.class);
        List<String> accounts = Jdbc.list(tx.connection(), "select name from ad_account where domain_id = ? order by position",
                r -> r.getString(1), id);
        return new AdDomain(id, rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getInt(5), accounts);
    }
}
