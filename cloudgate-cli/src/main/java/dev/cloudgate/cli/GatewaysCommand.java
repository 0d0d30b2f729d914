package dev.cloudgate.cli;

import dev.cloudgate.client.GatewayChanges;
import dev.cloudgate.client.GatewaySpec;
import dev.cloudgate.client.NetworkMode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cloudgate gateways …}: cloud gateways (SPEC §5.7). Gateways are named by id, UID or name. */
@Command(name = "gateways", mixinStandardHelpOptions = true, description = "List, show, create, edit and delete cloud gateways.",
        subcommands = {GatewaysCommand.List.class, GatewaysCommand.Show.class, GatewaysCommand.Create.class,
                GatewaysCommand.Edit.class, GatewaysCommand.Delete.class})
final class GatewaysCommand extends ParentCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the gateways of all backup servers.")
    static final class List implements Callable<Integer> {
        @Mixin ClientOptions options;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                c.output().list(c.client().gateways(), Views.gateways());
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one gateway.")
    static final class Show implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Parameters(paramLabel = "GATEWAY", description = "Id, UID or name of the gateway.")
        String gateway;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                c.output().record(Views.gateway(c.client().gateway(Ids.gateway(c.client(), gateway))));
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a gateway on a managed Windows server (an asynchronous task).")
    static final class Create implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Mixin TaskWaiting waiting;
        @Option(names = "--backup-server", required = true, paramLabel = "SERVER", description = "Backup server: name, id or UID.")
        String backupServer;
        @Option(names = "--host", required = true, paramLabel = "HOST", description = "The managed Windows server (DNS name or IP) to deploy on.")
        String host;
        @Option(names = "--mode", paramLabel = "MODE", defaultValue = "Direct", converter = NetworkModes.class,
                description = "Direct (default) or NAT.")
        NetworkMode mode;
        @Option(names = "--external-ip", paramLabel = "IP", description = "Public address (required for NAT).")
        String externalIp;
        @Option(names = "--external-port", paramLabel = "PORT", description = "Port tenants connect to (server default 6180).")
        Integer externalPort;
        @Option(names = "--internal-port", paramLabel = "PORT", description = "Port the gateway listens on.")
        Integer internalPort;
        @Option(names = "--description", paramLabel = "TEXT", description = "Description.")
        String description;

        @Override
        public Integer call() {
            GatewaySpec spec = new GatewaySpec(backupServer, host, mode, externalIp, externalPort, internalPort, description);
            try (Connection c = Connection.open(options)) {
                return waiting.report(c.client().createGateway(spec), c.output());
            }
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true, description = "Change a gateway; what is not given stays as it is.")
    static final class Edit implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Mixin TaskWaiting waiting;
        @Parameters(paramLabel = "GATEWAY", description = "Id, UID or name of the gateway.")
        String gateway;
        @Option(names = "--enable", negatable = true, description = "Enable (--enable) or disable (--no-enable) the gateway.")
        Boolean enabled;
        @Option(names = "--mode", paramLabel = "MODE", converter = NetworkModes.class, description = "Direct or NAT.")
        NetworkMode mode;
        @Option(names = "--external-ip", paramLabel = "IP", description = "Public address.")
        String externalIp;
        @Option(names = "--external-port", paramLabel = "PORT", description = "Port tenants connect to.")
        Integer externalPort;
        @Option(names = "--internal-port", paramLabel = "PORT", description = "Port the gateway listens on.")
        Integer internalPort;
        @Option(names = "--description", paramLabel = "TEXT", description = "Description (\"\" clears it).")
        String description;

        @Override
        public Integer call() {
            GatewayChanges changes = new GatewayChanges(enabled, mode, externalIp, externalPort, internalPort, description);
            if (changes.equals(GatewayChanges.none())) {
                throw CliFailure.usage("Nothing to change: give at least one of --enable/--no-enable, --mode, --external-ip,"
                        + " --external-port, --internal-port, --description.");
            }
            try (Connection c = Connection.open(options)) {
                return waiting.report(c.client().editGateway(Ids.gateway(c.client(), gateway), changes), c.output());
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a gateway (it must be in no pool).")
    static final class Delete implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Mixin TaskWaiting waiting;
        @Parameters(paramLabel = "GATEWAY", description = "Id, UID or name of the gateway.")
        String gateway;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                return waiting.report(c.client().deleteGateway(Ids.gateway(c.client(), gateway)), c.output());
            }
        }
    }

    /** {@code --mode} values, case-insensitive as on the wire. */
    static final class NetworkModes implements picocli.CommandLine.ITypeConverter<NetworkMode> {
        @Override
        public NetworkMode convert(String value) {
            try {
                return NetworkMode.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a network mode; use Direct or NAT");
            }
        }
    }
}
