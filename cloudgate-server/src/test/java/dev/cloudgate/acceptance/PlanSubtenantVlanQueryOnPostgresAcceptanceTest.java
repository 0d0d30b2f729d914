package dev.cloudgate.acceptance;

import dev.cloudgate.store.RequiresPostgres;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

@RequiresPostgres
class PlanSubtenantVlanQueryOnPostgresAcceptanceTest extends PlanSubtenantVlanQueryAcceptance {
    @RegisterExtension
    static final ServerExtension server = ServerExtension.onPostgres(Map.of());

    @Override
    ServerExtension server() {
        return server;
    }
}
