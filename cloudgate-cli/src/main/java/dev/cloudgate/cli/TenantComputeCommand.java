package dev.cloudgate.cli;

import dev.cloudgate.client.CloudgateClient;
import dev.cloudgate.client.ComputeResourceSpec;
import dev.cloudgate.client.HardwarePlan;
import dev.cloudgate.client.NetworkAppliance;
import dev.cloudgate.client.Ref;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cloudgate tenants compute …}: a standalone tenant's hardware plan subscriptions, the API's compute
 * resources (SPEC-tenants §6.6). A subscription is named by its id or by its plan, since a tenant
 * subscribes to a plan once; the platform sent is the plan's.
 */
@Command(name = "compute", mixinStandardHelpOptions = true,
        description = "List, show, add and remove a tenant's hardware plan subscriptions (compute resources).",
        subcommands = {TenantComputeCommand.List.class, TenantComputeCommand.Show.class, TenantComputeCommand.Subscribe.class,
                TenantComputeCommand.Unsubscribe.class})
final class TenantComputeCommand extends ParentCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List a tenant's hardware plan subscriptions.")
    static final class List implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Parameters(paramLabel = "TENANT", description = "Id, UID or name of the tenant.")
        String tenant;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                CloudgateClient client = c.client();
                String tenantId = Ids.tenant(client, tenant);
                // Plan names first: json and xml output print the last answer, which must be the list.
                Map<String, String> planNames = c.output().raw() ? Map.of()
                        : client.hardwarePlanRefs().stream().collect(Collectors.toMap(Ref::uid, Ref::name, (a, b) -> a));
                c.output().list(client.computeResources(tenantId), PlanViews.subscriptions(planNames));
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one subscription with its storage usage.")
    static final class Show implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Parameters(index = "0", paramLabel = "TENANT", description = "Id, UID or name of the tenant.")
        String tenant;
        @Parameters(index = "1", paramLabel = "SUBSCRIPTION", description = "The subscription's id, or its plan's name, id or UID.")
        String subscription;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                String tenantId = Ids.tenant(c.client(), tenant);
                c.output().record(PlanViews.subscription(c.client().computeResource(tenantId,
                        Ids.computeResource(c.client(), tenantId, subscription))));
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "subscribe", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Subscribe a standalone tenant to a hardware plan (an asynchronous task).",
                    "Subscribing again to the same plan replaces the subscription."})
    static final class Subscribe implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Mixin TaskWaiting waiting;
        @Parameters(paramLabel = "TENANT", description = "Id, UID or name of the tenant.")
        String tenant;
        @Option(names = "--plan", required = true, paramLabel = "PLAN", description = "The hardware plan: name, id or UID.")
        String plan;
        @Option(names = "--wan-accelerator", paramLabel = "WAN", description = "A WAN accelerator of the backup server: name, id or UID.")
        String wanAccelerator;
        @Option(names = "--appliance", paramLabel = "NAME", description = "Network failover through an appliance of this name.")
        String appliance;
        @Option(names = "--production-network", paramLabel = "NETWORK", description = "The network the appliance joins (with --appliance).")
        String productionNetwork;
        @Option(names = "--ip", paramLabel = "ADDRESS", description = "The appliance's fixed IPv4 address (default: DHCP).")
        String ip;
        @Option(names = "--subnet-mask", paramLabel = "MASK", description = "Its subnet mask (with --ip).")
        String subnetMask;
        @Option(names = "--gateway", paramLabel = "ADDRESS", description = "Its default gateway (with --ip).")
        String gateway;

        @Override
        public Integer call() {
            NetworkAppliance networkAppliance = appliance();
            try (Connection c = Connection.open(options)) {
                CloudgateClient client = c.client();
                String tenantId = Ids.tenant(client, tenant);
                HardwarePlan target = client.hardwarePlan(Ids.plan(client, plan));
                ComputeResourceSpec spec = ComputeResourceSpec.of(target.uid(), target.platform());
                if (networkAppliance != null) {
                    spec = spec.withNetworkFailover(networkAppliance);
                }
                if (wanAccelerator != null) {
                    spec = spec.withWanAccelerator(Ids.wanAcceleratorUid(client, target.backupServerId(), wanAccelerator));
                }
                return waiting.report(client.createComputeResource(tenantId, spec), c.output());
            }
        }

        private NetworkAppliance appliance() {
            if (appliance == null) {
                if (productionNetwork != null || ip != null) {
                    throw CliFailure.usage("--production-network and --ip go with --appliance.");
                }
                return null;
            }
            if (productionNetwork == null) {
                throw CliFailure.usage("--appliance needs --production-network.");
            }
            if (ip == null) {
                return NetworkAppliance.automatic(appliance, productionNetwork);
            }
            if (subnetMask == null || gateway == null) {
                throw CliFailure.usage("--ip needs --subnet-mask and --gateway.");
            }
            return NetworkAppliance.manual(appliance, productionNetwork, ip, subnetMask, gateway);
        }
    }

    @Command(name = "unsubscribe", mixinStandardHelpOptions = true,
            description = "End a tenant's subscription to a hardware plan (an asynchronous task).")
    static final class Unsubscribe implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Mixin TaskWaiting waiting;
        @Parameters(index = "0", paramLabel = "TENANT", description = "Id, UID or name of the tenant.")
        String tenant;
        @Parameters(index = "1", paramLabel = "SUBSCRIPTION", description = "The subscription's id, or its plan's name, id or UID.")
        String subscription;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                String tenantId = Ids.tenant(c.client(), tenant);
                return waiting.report(c.client().deleteComputeResource(tenantId, Ids.computeResource(c.client(), tenantId, subscription)),
                        c.output());
            }
        }
    }
}
