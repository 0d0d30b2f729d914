package dev.cloudgate.query;

import dev.cloudgate.store.StoreException;
import dev.cloudgate.store.Transactor;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Function;

/**
 * Runs a checked query in one transaction: the count, the page of ids and whatever the caller
 * loads for them with {@code render} (services join the open transaction), so that paging and
 * items come from the same unit of work.
 */
public final class QueryService {
    private final Transactor tx;
    private final QueryRunner runner = new QueryRunner();

    public QueryService(Transactor tx) {
        this.tx = tx;
    }

    public <T> T run(QueryPlan plan, UUID sessionId, Function<QueryPage, T> render) {
        return tx.inTransaction(() -> {
            QueryPage page;
            try {
                page = runner.run(tx.connection(), plan, sessionId);
            } catch (SQLException e) {
                throw new StoreException(e);
            }
            return render.apply(page);
        });
    }
}
