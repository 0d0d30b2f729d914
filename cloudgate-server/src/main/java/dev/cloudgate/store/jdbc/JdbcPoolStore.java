package dev.cloudgate.store.jdbc;

import dev.cloudgate.cloud.Pool;
import dev.cloudgate.cloud.PoolStore;
import dev.cloudgate.store.Transactor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Pools in gateway_pool, their members in pool_gateway and pool_tenant (V1), each list kept in its position order. */
public final class JdbcPoolStore implements PoolStore {
    private static final String SELECT = "select id, backup_server_id, name, description from gateway_pool";

    private final Transactor tx;

    public JdbcPoolStore(Transactor tx) {
        this.tx = tx;
    }

    @Override
    public List<Pool> all() {
        return withMembers(Jdbc.list(tx.connection(), SELECT + " order by seq", JdbcPoolStore::header));
    }

    @Override
    public Optional<Pool> find(UUID id) {
        return withMembers(Jdbc.list(tx.connection(), SELECT + " where id = ?", JdbcPoolStore::header, id)).stream().findFirst();
    }

    @Override
    public List<Pool> byIds(List<UUID> ids) {
        Map<UUID, Pool> found = new HashMap<>();
        for (UUID id : ids) {
            find(id).ifPresent(pool -> found.put(id, pool));
        }
        return ids.stream().filter(found::containsKey).map(found::get).toList();
    }

    @Override
    public List<Pool> withTenant(UUID tenantId) {
        return withMembers(Jdbc.list(tx.connection(), SELECT + " where id in (select pool_id from pool_tenant where tenant_id = ?)"
                + " order by seq", JdbcPoolStore::header, tenantId));
    }

    @Override
    public Optional<Pool> named(UUID backupServerId, String nameKey) {
        return withMembers(Jdbc.list(tx.connection(), SELECT + " where backup_server_id = ? and name_key = ?", JdbcPoolStore::header,
                backupServerId, nameKey)).stream().findFirst();
    }

    @Override
    public void insert(Pool pool) {
        Jdbc.update(tx.write(), "insert into gateway_pool (id, backup_server_id, name, name_key, description) values (?, ?, ?, ?, ?)",
                pool.id(), pool.backupServerId(), pool.name(), pool.nameKey(), pool.description());
        insertMembers(pool);
    }

    @Override
    public void update(Pool pool) {
        Jdbc.update(tx.write(), "update gateway_pool set name = ?, name_key = ?, description = ? where id = ?",
                pool.name(), pool.nameKey(), pool.description(), pool.id());
        Jdbc.update(tx.write(), "delete from pool_gateway where pool_id = ?", pool.id());
        Jdbc.update(tx.write(), "delete from pool_tenant where pool_id = ?", pool.id());
        insertMembers(pool);
    }

    @Override
    public boolean delete(UUID id) {
        // Member rows go with the pool (on delete cascade in V1).
        return Jdbc.update(tx.write(), "delete from gateway_pool where id = ?", id) > 0;
    }

    private void insertMembers(Pool pool) {
        for (int i = 0; i < pool.gatewayIds().size(); i++) {
            Jdbc.update(tx.write(), "insert into pool_gateway (pool_id, gateway_id, position) values (?, ?, ?)",
                    pool.id(), pool.gatewayIds().get(i), i);
        }
        for (int i = 0; i < pool.tenantIds().size(); i++) {
            Jdbc.update(tx.write(), "insert into pool_tenant (pool_id, tenant_id, position) values (?, ?, ?)",
                    pool.id(), pool.tenantIds().get(i), i);
        }
    }

    /** Adds each pool's member lists; one query per list and pool keeps the SQL plain and bound. */
    private List<Pool> withMembers(List<Header> headers) {
        List<Pool> result = new ArrayList<>();
        for (Header h : headers) {
            List<UUID> gateways = Jdbc.list(tx.connection(), "select gateway_id from pool_gateway where pool_id = ? order by position",
                    rs -> rs.getObject(1, UUID.class), h.id());
            List<UUID> tenants = Jdbc.list(tx.connection(), "select tenant_id from pool_tenant where pool_id = ? order by position",
                    rs -> rs.getObject(1, UUID.class), h.id());
            result.add(new Pool(h.id(), h.backupServerId(), h.name(), h.description(), gateways, tenants));
        }
        return result;
    }

    private static Header header(ResultSet rs) throws SQLException {
        return new Header(rs.getObject("id", UUID.class), rs.getObject("backup_server_id", UUID.class), rs.getString("name"),
                rs.getString("description"));
    }

    private record Header(UUID id, UUID backupServerId, String name, String description) {
    }
}
