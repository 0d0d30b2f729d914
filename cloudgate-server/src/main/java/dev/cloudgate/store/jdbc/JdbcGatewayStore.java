package dev.cloudgate.store.jdbc;

import dev.cloudgate.cloud.Gateway;
import dev.cloudgate.cloud.GatewayStore;
import dev.cloudgate.cloud.NetworkMode;
import dev.cloudgate.store.Transactor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class JdbcGatewayStore implements GatewayStore {
    private static final String SELECT = "select id, backup_server_id, managed_server_id, name, enabled, network_mode, external_ip,"
            + " external_port, internal_port, description from gateway";

    private final Transactor tx;

    public JdbcGatewayStore(Transactor tx) {
        this.tx = tx;
    }

    @Override
    public List<Gateway> all() {
        return Jdbc.list(tx.connection(), SELECT + " order by seq", JdbcGatewayStore::gateway);
    }

    @Override
    public Optional<Gateway> find(UUID id) {
        return Jdbc.one(tx.connection(), SELECT + " where id = ?", JdbcGatewayStore::gateway, id);
    }

    @Override
    public Optional<Gateway> onManagedServer(UUID managedServerId) {
        return Jdbc.one(tx.connection(), SELECT + " where managed_server_id = ?", JdbcGatewayStore::gateway, managedServerId);
    }

    @Override
    public List<Gateway> byIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        Map<UUID, Gateway> found = new HashMap<>();
        for (Gateway g : Jdbc.list(tx.connection(), SELECT + " where id in (" + marks + ")", JdbcGatewayStore::gateway, ids.toArray())) {
            found.put(g.id(), g);
        }
        List<Gateway> ordered = new ArrayList<>();
        for (UUID id : ids) {
            if (found.containsKey(id)) {
                ordered.add(found.get(id));
            }
        }
        return ordered;
    }

    @Override
    public void insert(Gateway g) {
        Jdbc.update(tx.write(), "insert into gateway (id, backup_server_id, managed_server_id, name, enabled, network_mode,"
                + " external_ip, external_port, internal_port, description) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                g.id(), g.backupServerId(), g.managedServerId(), g.name(), g.enabled(), g.networkMode().name(), g.externalIp(),
                g.externalPort(), g.internalPort(), g.description());
    }

    @Override
    public void update(Gateway g) {
        Jdbc.update(tx.write(), "update gateway set enabled = ?, network_mode = ?, external_ip = ?, external_port = ?,"
                + " internal_port = ?, description = ? where id = ?",
                g.enabled(), g.networkMode().name(), g.externalIp(), g.externalPort(), g.internalPort(), g.description(), g.id());
    }

    @Override
    public boolean delete(UUID id) {
        return Jdbc.update(tx.write(), "delete from gateway where id = ?", id) > 0;
    }

    @Override
    public List<PoolRef> poolsOf(UUID gatewayId) {
        return Jdbc.list(tx.connection(), "select p.id, p.name from gateway_pool p join pool_gateway m on m.pool_id = p.id"
                + " where m.gateway_id = ? order by p.seq", rs -> new PoolRef(rs.getObject(1, UUID.class), rs.getString(2)), gatewayId);
    }

    /** By position, in the order of {@link #SELECT}: H2 looks column labels up case-insensitively, at a cost per call. */
    private static Gateway gateway(ResultSet rs) throws SQLException {
        return new Gateway(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4),
                rs.getBoolean(5), NetworkMode.valueOf(rs.getString(6)), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getString(10));
    }
}
