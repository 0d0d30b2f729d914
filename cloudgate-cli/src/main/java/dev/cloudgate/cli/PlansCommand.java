package dev.cloudgate.cli;

import dev.cloudgate.client.CloudgateClient;
import dev.cloudgate.client.HardwarePlan;
import dev.cloudgate.client.HardwarePlanChanges;
import dev.cloudgate.client.HardwarePlanSpec;
import dev.cloudgate.client.PlanStorage;
import dev.cloudgate.wire.tenants.ParentType;
import dev.cloudgate.wire.tenants.Platform;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cloudgate plans …}: Cloud Connect hardware plans (SPEC-tenants §6.11), named by id, UID or name.
 * A plan's platform follows from its storage: datastores make a VMware plan, volumes a Hyper-V one.
 */
@Command(name = "plans", mixinStandardHelpOptions = true, description = "List, show, create, edit and delete hardware plans, and list their tenants.",
        subcommands = {PlansCommand.List.class, PlansCommand.Show.class, PlansCommand.Create.class, PlansCommand.Edit.class,
                PlansCommand.Delete.class, PlansCommand.Tenants.class})
final class PlansCommand extends ParentCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the hardware plans of all backup servers.")
    static final class List implements Callable<Integer> {
        @Mixin ClientOptions options;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                c.output().list(c.client().hardwarePlans(), PlanViews.plans());
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one hardware plan with its datastores or volumes.")
    static final class Show implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Parameters(paramLabel = "PLAN", description = "Id, UID or name of the plan.")
        String plan;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                c.output().record(PlanViews.plan(c.client().hardwarePlan(Ids.plan(c.client(), plan))));
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "tenants", mixinStandardHelpOptions = true, description = "List the tenants subscribed to a hardware plan.")
    static final class Tenants implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Parameters(paramLabel = "PLAN", description = "Id, UID or name of the plan.")
        String plan;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                c.output().list(c.client().hardwarePlanTenants(Ids.plan(c.client(), plan)), Views.tenants());
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Create a hardware plan (an asynchronous task).",
                    "Give --datastore for a VMware plan or --volume for a Hyper-V plan; CPU and memory are unlimited unless limited."})
    static final class Create implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Mixin TaskWaiting waiting;
        @Option(names = "--backup-server", required = true, paramLabel = "SERVER", description = "Backup server: name, id or UID.")
        String backupServer;
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The plan's name, unique on the backup server.")
        String name;
        @Option(names = "--host", required = true, paramLabel = "REF",
                description = "The host's reference, e.g. urn:VMware:Host:…host-438 or urn:HyperV:Host:….")
        String host;
        @Option(names = "--host-name", paramLabel = "NAME", description = "VMware: the host's (or cluster's) name, e.g. esx01.tech.local.")
        String hostName;
        @Option(names = "--cluster", description = "VMware: the host is a cluster (ClusterComputeResource), not a single host.")
        boolean cluster;
        @Option(names = "--datastore", paramLabel = "NAME=REFERENCE:GB", converter = PlanValues.Datastores.class,
                description = "VMware: a datastore of the host with its quota in GB (repeat for more).")
        java.util.List<PlanStorage> datastores = java.util.List.of();
        @Option(names = "--volume", paramLabel = "NAME=PATH:GB", converter = PlanValues.Volumes.class,
                description = "Hyper-V: a volume of the host with its quota in GB (repeat for more).")
        java.util.List<PlanStorage> volumes = java.util.List.of();
        @Option(names = "--cpu-mhz", paramLabel = "MHZ", defaultValue = "-1", description = "CPU limit in MHz (default -1: unlimited).")
        int cpuMhz;
        @Option(names = "--memory-mb", paramLabel = "MB", defaultValue = "-1", description = "Memory limit in MB (default -1: unlimited).")
        int memoryMb;
        @Option(names = "--networks-with-internet", paramLabel = "N", defaultValue = "0", description = "Networks with internet access (default 0).")
        int withInternet;
        @Option(names = "--networks-without-internet", paramLabel = "N", defaultValue = "0",
                description = "Networks without internet access (default 0).")
        int withoutInternet;
        @Option(names = "--description", paramLabel = "TEXT", description = "Description.")
        String description;

        @Override
        public Integer call() {
            if (datastores.isEmpty() == volumes.isEmpty()) {
                throw CliFailure.usage("Give --datastore (a VMware plan) or --volume (a Hyper-V plan), not both and not neither.");
            }
            if (!datastores.isEmpty() && hostName == null) {
                throw CliFailure.usage("A VMware plan needs --host-name, the name of its host or cluster.");
            }
            try (Connection c = Connection.open(options)) {
                String backupServerUid = "urn:veeam:BackupServer:" + Ids.backupServer(c.client(), backupServer);
                HardwarePlanSpec spec = datastores.isEmpty() ? HardwarePlanSpec.hyperV(backupServerUid, name, host, volumes)
                        : HardwarePlanSpec.vmware(backupServerUid, name, host, hostName, datastores);
                if (cluster) {
                    spec = spec.withParentType(ParentType.ClusterComputeResource);
                }
                spec = spec.withDescription(description).withLimits(cpuMhz, memoryMb).withNetworks(withInternet, withoutInternet);
                return waiting.report(c.client().createHardwarePlan(spec), c.output());
            }
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Change a hardware plan; what is not given stays as it is.",
                    "Its name, platform, host and networks cannot change. Storage items are named by their name or id."})
    static final class Edit implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Mixin TaskWaiting waiting;
        @Parameters(paramLabel = "PLAN", description = "Id, UID or name of the plan.")
        String plan;
        @Option(names = "--description", paramLabel = "TEXT", description = "Description (\"\" clears it).")
        String description;
        @Option(names = "--cpu-mhz", paramLabel = "MHZ", description = "CPU limit in MHz (-1: unlimited).")
        Integer cpuMhz;
        @Option(names = "--memory-mb", paramLabel = "MB", description = "Memory limit in MB (-1: unlimited).")
        Integer memoryMb;
        @Option(names = "--set-quota", paramLabel = "ITEM=GB",
                description = "A new quota in GB for a datastore or volume of the plan (repeat for more).")
        Map<String, Integer> quotas = new LinkedHashMap<>();
        @Option(names = "--add-datastore", paramLabel = "NAME=REFERENCE:GB", converter = PlanValues.Datastores.class,
                description = "VMware: add a datastore of the plan's host (repeat for more).")
        java.util.List<PlanStorage> addDatastores = java.util.List.of();
        @Option(names = "--add-volume", paramLabel = "NAME=PATH:GB", converter = PlanValues.Volumes.class,
                description = "Hyper-V: add a volume of the plan's host (repeat for more).")
        java.util.List<PlanStorage> addVolumes = java.util.List.of();
        @Option(names = "--remove-storage", paramLabel = "ITEM", description = "Remove a datastore or volume from the plan (repeat for more).")
        java.util.List<String> removals = java.util.List.of();

        @Override
        public Integer call() {
            boolean storage = !quotas.isEmpty() || !addDatastores.isEmpty() || !addVolumes.isEmpty() || !removals.isEmpty();
            HardwarePlanChanges changes = HardwarePlanChanges.none();
            if (description != null) {
                changes = changes.withDescription(description);
            }
            if (cpuMhz != null) {
                changes = changes.withProcessorLimit(cpuMhz);
            }
            if (memoryMb != null) {
                changes = changes.withMemoryLimit(memoryMb);
            }
            if (changes.isEmpty() && !storage) {
                throw CliFailure.usage("Nothing to change: give at least one of --description, --cpu-mhz, --memory-mb, --set-quota,"
                        + " --add-datastore, --add-volume, --remove-storage.");
            }
            try (Connection c = Connection.open(options)) {
                CloudgateClient client = c.client();
                String planId = Ids.plan(client, plan);
                if (storage) {
                    HardwarePlan current = client.hardwarePlan(planId);
                    changes = changes.withStorage(current.platform(), newStorage(current));
                }
                return waiting.report(client.editHardwarePlan(planId, changes), c.output());
            }
        }

        /** The plan's items with the asked changes; items read from the plan keep their ids, so the server keeps them. */
        private java.util.List<PlanStorage> newStorage(HardwarePlan current) {
            boolean vmware = current.platform() == Platform.VMware;
            if (vmware && !addVolumes.isEmpty() || !vmware && !addDatastores.isEmpty()) {
                throw CliFailure.usage("Plan " + current.name() + " is a " + current.platform() + " plan: it holds "
                        + (vmware ? "datastores (--add-datastore)." : "volumes (--add-volume)."));
            }
            java.util.List<PlanStorage> items = new ArrayList<>(current.storage());
            quotas.forEach((item, gb) -> {
                String id = item(current, item).id();
                items.replaceAll(s -> s.id().equals(id) ? s.withQuotaGb(gb) : s);
            });
            removals.forEach(item -> {
                String id = item(current, item).id();
                items.removeIf(s -> s.id().equals(id));
            });
            items.addAll(vmware ? addDatastores : addVolumes);
            return items;
        }

        private static PlanStorage item(HardwarePlan plan, String text) {
            return plan.storage().stream().filter(s -> text.trim().equalsIgnoreCase(s.friendlyName()) || text.trim().equalsIgnoreCase(s.id()))
                    .findFirst().orElseThrow(() -> CliFailure.notFound("Plan " + plan.name() + " has no datastore or volume '" + text + "'."));
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a hardware plan (an asynchronous task; it fails while tenants are subscribed to the plan).")
    static final class Delete implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Mixin TaskWaiting waiting;
        @Parameters(paramLabel = "PLAN", description = "Id, UID or name of the plan.")
        String plan;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                return waiting.report(c.client().deleteHardwarePlan(Ids.plan(c.client(), plan)), c.output());
            }
        }
    }
}
