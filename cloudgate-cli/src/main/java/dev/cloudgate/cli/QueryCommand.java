package dev.cloudgate.cli;

import dev.cloudgate.client.Query;
import dev.cloudgate.client.QueryResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cloudgate query TYPE …}: the query service (SPEC §6). */
@Command(name = "query", mixinStandardHelpOptions = true, description = "Ask the query service, e.g. query CloudGateway --filter 'Enabled==true'.")
final class QueryCommand implements Callable<Integer> {
    @Mixin ClientOptions options;
    @Parameters(paramLabel = "TYPE", description = "CloudGateway, CloudGatewayPool, BackupServer, ManagedServer, Task or CloudTenant.")
    String type;
    @Option(names = "--filter", paramLabel = "EXPR", description = "Filter expression (SPEC §6.2), e.g. 'Name==\"gw01.tech.local\";Enabled==true'.")
    String filter;
    @Option(names = "--entities", description = "Ask for entities instead of references.")
    boolean entities;
    @Option(names = "--sort-asc", paramLabel = "FIELD", description = "Sort ascending by this field.")
    String sortAsc;
    @Option(names = "--sort-desc", paramLabel = "FIELD", description = "Sort descending by this field.")
    String sortDesc;
    @Option(names = "--page-size", paramLabel = "N", description = "Items per page.")
    Integer pageSize;
    @Option(names = "--page", paramLabel = "K", description = "Page number, from 1.")
    Integer page;

    @Override
    public Integer call() {
        Query query = new Query(type, filter, entities, sortAsc, sortDesc, pageSize, page);
        try (Connection c = Connection.open(options)) {
            QueryResult result = c.client().query(query);
            Output out = c.output();
            if (!result.tasks().isEmpty() || type.equalsIgnoreCase("Task")) {
                out.list(result.tasks(), Views.tasks());
            } else if (!result.gateways().isEmpty()) {
                out.list(result.gateways(), Views.gateways());
            } else if (!result.pools().isEmpty()) {
                out.list(result.pools(), Views.pools());
            } else if (!result.backupServers().isEmpty()) {
                out.list(result.backupServers(), Views.backupServers());
            } else if (!result.managedServers().isEmpty()) {
                out.list(result.managedServers(), Views.managedServers());
            } else {
                out.list(result.refs(), Views.refs());
            }
            if (!out.raw() && result.paging() != null) {
                System.out.printf("page %d of %d (%d per page)%n", result.paging().pageNum(), result.paging().pagesCount(), result.paging().pageSize());
            }
            return ExitCode.OK;
        }
    }
}
