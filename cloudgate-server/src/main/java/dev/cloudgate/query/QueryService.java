package dev.cloudgate.query;

import dev.cloudgate.store.StoreException;
import dev.cloudgate.store.Transactor;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Runs a checked query in one transaction: the count, the page of ids and whatever the caller
 * loads for them with {@code render} (services join the open transaction), so that paging and
 * items come from the same unit of work.
 */
public final class QueryService {
    private static final int CACHED_PAGES = 256;

    private final Transactor tx;
    private final QueryRunner runner = new QueryRunner();
    private final boolean cache;
    /**
     * Pages (ids and total) of recent queries, valid while no write has committed since. Test suites
     * poll the same query again and again; counting 10,000 rows each time is what this saves.
     */
    private final Map<PageKey, CachedPage> pages = new LinkedHashMap<>(CACHED_PAGES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PageKey, CachedPage> eldest) {
            return size() > CACHED_PAGES;
        }
    };

    /**
     * @param cache whether pages may be reused; only where this process sees every write, i.e. on a
     *     store no other node shares ({@link Transactor#writeCount()} does not count other nodes' writes)
     */
    public QueryService(Transactor tx, boolean cache) {
        this.tx = tx;
        this.cache = cache;
    }

    public QueryService(Transactor tx) {
        this(tx, false);
    }

    public <T> T run(QueryPlan plan, UUID sessionId, Function<QueryPage, T> render) {
        return tx.inTransaction(() -> render.apply(page(plan, sessionId)));
    }

    private QueryPage page(QueryPlan plan, UUID sessionId) {
        boolean cacheable = cache && !plan.type().sessionScoped();
        PageKey key = cacheable ? PageKey.of(plan) : null;
        long version = tx.writeCount();
        if (cacheable) {
            CachedPage cached;
            synchronized (pages) {
                cached = pages.get(key);
            }
            if (cached != null && cached.version() == version) {
                return cached.page();
            }
        }
        QueryPage page;
        try {
            page = runner.run(tx.connection(), plan, sessionId);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        if (cacheable) {
            synchronized (pages) {
                pages.put(key, new CachedPage(version, page));
            }
        }
        return page;
    }

    /** Everything that decides which ids a page holds and how many match. */
    private record PageKey(String sql, List<Object> binds, int page, int pageSize) {
        static PageKey of(QueryPlan plan) {
            return new PageKey(plan.sql().pageSql(), plan.sql().filterBinds(), plan.parameters().page(),
                    plan.parameters().pageSize().orElse(-1));
        }
    }

    private record CachedPage(long version, QueryPage page) {
    }
}
