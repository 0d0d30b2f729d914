package dev.cloudgate.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cloudgate infra …}: the read-only inventory (SPEC §5.4, §5.5, §5.9). */
@Command(name = "infra", mixinStandardHelpOptions = true, description = "Backup servers, managed servers, repositories, WAN accelerators and tenant references (read-only).",
        subcommands = {InfraCommand.BackupServers.class, InfraCommand.BackupServer.class, InfraCommand.ManagedServers.class,
                InfraCommand.ManagedServer.class, InfraCommand.Repositories.class, InfraCommand.WanAccelerators.class,
                InfraCommand.Tenants.class})
final class InfraCommand extends ParentCommand {

    @Command(name = "backup-servers", mixinStandardHelpOptions = true, description = "List the backup servers.")
    static final class BackupServers implements Callable<Integer> {
        @Mixin ClientOptions options;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                c.output().list(c.client().backupServers(), Views.backupServers());
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "backup-server", mixinStandardHelpOptions = true, description = "Show one backup server.")
    static final class BackupServer implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Parameters(paramLabel = "SERVER", description = "Id, UID or name of the backup server.")
        String server;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                c.output().record(Views.backupServer(c.client().backupServer(Ids.backupServer(c.client(), server))));
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "managed-servers", mixinStandardHelpOptions = true, description = "List the managed servers (hosts).")
    static final class ManagedServers implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Option(names = "--backup-server", paramLabel = "SERVER", description = "Only the hosts of this backup server.")
        String backupServer;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                c.output().list(backupServer == null ? c.client().managedServers()
                        : c.client().managedServersOf(Ids.backupServer(c.client(), backupServer)), Views.managedServers());
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "managed-server", mixinStandardHelpOptions = true, description = "Show one managed server.")
    static final class ManagedServer implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Parameters(paramLabel = "HOST", description = "Id, UID or name of the managed server.")
        String host;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                c.output().record(Views.managedServer(c.client().managedServer(Ids.managedServer(c.client(), host))));
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "repositories", mixinStandardHelpOptions = true, description = "List the backup repositories (where tenant quotas live).")
    static final class Repositories implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Option(names = "--backup-server", paramLabel = "SERVER", description = "Only the repositories of this backup server.")
        String backupServer;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                c.output().list(backupServer == null ? c.client().repositories()
                        : c.client().repositoriesOf(Ids.backupServer(c.client(), backupServer)), Views.repositories());
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "wan-accelerators", mixinStandardHelpOptions = true, description = "List the WAN accelerators.")
    static final class WanAccelerators implements Callable<Integer> {
        @Mixin ClientOptions options;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                c.output().list(c.client().wanAccelerators(), Views.wanAccelerators());
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "tenants", mixinStandardHelpOptions = true, description = "List the cloud tenants (references; see cloudgate tenants list).")
    static final class Tenants implements Callable<Integer> {
        @Mixin ClientOptions options;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                c.output().list(c.client().tenantRefs(), Views.refs());
                return ExitCode.OK;
            }
        }
    }
}
