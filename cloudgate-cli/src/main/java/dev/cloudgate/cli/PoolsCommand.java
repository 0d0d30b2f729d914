package dev.cloudgate.cli;

import dev.cloudgate.client.CloudgateClient;
import dev.cloudgate.client.PoolChanges;
import dev.cloudgate.client.PoolSpec;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cloudgate pools …}: cloud gateway pools (SPEC §5.8). Pools, gateways and tenants are named by id, UID or name. */
@Command(name = "pools", mixinStandardHelpOptions = true, description = "List, show, create, edit and delete cloud gateway pools.",
        subcommands = {PoolsCommand.List.class, PoolsCommand.Show.class, PoolsCommand.Create.class, PoolsCommand.Edit.class,
                PoolsCommand.Delete.class})
final class PoolsCommand extends ParentCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the pools of all backup servers.")
    static final class List implements Callable<Integer> {
        @Mixin ClientOptions options;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                c.output().list(c.client().pools(), Views.pools());
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one pool.")
    static final class Show implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Parameters(paramLabel = "POOL", description = "Id, UID or name of the pool.")
        String pool;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                c.output().record(Views.pool(c.client().pool(Ids.pool(c.client(), pool))));
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a pool of gateways (an asynchronous task).")
    static final class Create implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Mixin TaskWaiting waiting;
        @Option(names = "--backup-server", required = true, paramLabel = "SERVER", description = "Backup server: name, id or UID.")
        String backupServer;
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The pool's name.")
        String name;
        @Option(names = "--gateway", required = true, paramLabel = "GATEWAY", description = "A member gateway (repeat for more).")
        java.util.List<String> gateways;
        @Option(names = "--tenant", paramLabel = "TENANT", description = "A tenant to assign the pool to (repeat for more).")
        java.util.List<String> tenants = java.util.List.of();
        @Option(names = "--description", paramLabel = "TEXT", description = "Description.")
        String description;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                CloudgateClient client = c.client();
                PoolSpec spec = new PoolSpec(backupServer, name, gateways.stream().map(g -> Ids.gatewayUid(client, g)).toList(),
                        tenants.stream().map(t -> Ids.tenantUid(client, t)).toList(), description);
                return waiting.report(client.createPool(spec), c.output());
            }
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true, description = "Change a pool; what is not given stays as it is.")
    static final class Edit implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Mixin TaskWaiting waiting;
        @Parameters(paramLabel = "POOL", description = "Id, UID or name of the pool.")
        String pool;
        @Option(names = "--name", paramLabel = "NAME", description = "New name.")
        String name;
        @Option(names = "--description", paramLabel = "TEXT", description = "Description (\"\" clears it).")
        String description;
        @Option(names = "--gateway", paramLabel = "GATEWAY", description = "The new member list (repeat for more).")
        java.util.List<String> gateways;
        @Option(names = "--tenant", paramLabel = "TENANT", description = "The new tenant list (repeat for more).")
        java.util.List<String> tenants;
        @Option(names = "--no-tenants", description = "Remove every tenant assignment.")
        boolean noTenants;

        @Override
        public Integer call() {
            if (name == null && description == null && gateways == null && tenants == null && !noTenants) {
                throw CliFailure.usage("Nothing to change: give at least one of --name, --description, --gateway, --tenant, --no-tenants.");
            }
            try (Connection c = Connection.open(options)) {
                CloudgateClient client = c.client();
                PoolChanges changes = new PoolChanges(name, description,
                        gateways == null ? null : gateways.stream().map(g -> Ids.gatewayUid(client, g)).toList(),
                        noTenants ? java.util.List.of() : tenants == null ? null : tenants.stream().map(t -> Ids.tenantUid(client, t)).toList());
                return waiting.report(client.editPool(Ids.pool(client, pool), changes), c.output());
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a pool; its gateways stay.")
    static final class Delete implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Mixin TaskWaiting waiting;
        @Parameters(paramLabel = "POOL", description = "Id, UID or name of the pool.")
        String pool;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                return waiting.report(c.client().deletePool(Ids.pool(c.client(), pool)), c.output());
            }
        }
    }
}
