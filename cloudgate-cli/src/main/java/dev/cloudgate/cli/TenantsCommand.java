package dev.cloudgate.cli;

import dev.cloudgate.client.BackupResourceSpec;
import dev.cloudgate.client.CloudgateClient;
import dev.cloudgate.client.TenantChanges;
import dev.cloudgate.client.TenantSpec;
import dev.cloudgate.wire.tenants.DomainSpec;
import dev.cloudgate.wire.tenants.TenantType;
import dev.cloudgate.wire.tenants.ThrottlingUnit;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cloudgate tenants …}: Cloud Connect tenants and their quotas (SPEC-tenants §6.1–§6.5), with their
 * subtenants and hardware plan subscriptions in their own files. Tenants, pools, repositories and quotas
 * are named by id, UID or name. Passwords never come from the command line (see {@link TenantPasswords}).
 */
@Command(name = "tenants", mixinStandardHelpOptions = true,
        description = "List, show, create, edit and delete cloud tenants, their quotas, subtenants and hardware plan subscriptions.",
        subcommands = {TenantsCommand.List.class, TenantsCommand.Show.class, TenantsCommand.Create.class, TenantsCommand.Edit.class,
                TenantsCommand.Delete.class, TenantQuotaCommand.class, TenantSubtenantCommand.class, TenantComputeCommand.class})
final class TenantsCommand extends ParentCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the tenants of all backup servers.")
    static final class List implements Callable<Integer> {
        @Mixin ClientOptions options;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                c.output().list(c.client().tenants(), Views.tenants());
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one tenant with its quotas.")
    static final class Show implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Parameters(paramLabel = "TENANT", description = "Id, UID or name of the tenant.")
        String tenant;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                c.output().record(Views.tenant(c.client().tenant(Ids.tenant(c.client(), tenant))));
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Create a tenant with its quotas and gateway pools (an asynchronous task: all of it or nothing).",
                    "A standalone tenant's password is asked for on the terminal, or read with --password-stdin or --password-env."})
    static final class Create implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Mixin TaskWaiting waiting;
        @Mixin TenantPasswords password;
        @Option(names = "--backup-server", required = true, paramLabel = "SERVER", description = "Backup server: name, id or UID.")
        String backupServer;
        @Option(names = "--name", required = true, paramLabel = "NAME",
                description = "The tenant's name: its logon name (Standalone), its organization's name (vCD), or NETBIOS\\account (AD).")
        String name;
        @Option(names = "--type", paramLabel = "TYPE", defaultValue = "Standalone", converter = TenantValues.Types.class,
                description = "Standalone (default), vCD or ActiveDirectory.")
        TenantType type;
        @Option(names = "--organization", paramLabel = "REF", description = "vCD: the vCloud Director organization reference.")
        String organization;
        @Option(names = "--domain", paramLabel = "DOMAIN", description = "ActiveDirectory: the domain name, e.g. tech.local.")
        String domain;
        @Option(names = "--domain-account", paramLabel = "ACCOUNT", description = "ActiveDirectory: the account that reads the directory.")
        String domainAccount;
        @Option(names = "--domain-port", paramLabel = "PORT", defaultValue = "389", description = "ActiveDirectory: the LDAP port (default 389).")
        int domainPort;
        @Option(names = "--description", paramLabel = "TEXT", description = "Description.")
        String description;
        @Option(names = "--disabled", description = "Create the tenant disabled.")
        boolean disabled;
        @Option(names = "--lease-until", paramLabel = "DATE", converter = TenantValues.Dates.class,
                description = "The account expires then: 2027-12-31 (midnight UTC) or 2027-12-31T18:00:00Z.")
        Instant leaseUntil;
        @Option(names = "--quota", paramLabel = "REPOSITORY=MB",
                description = "A quota in MB on a repository of the backup server, by name, id or UID (repeat for more).")
        java.util.Map<String, Long> quotas = new java.util.LinkedHashMap<>();
        @Option(names = "--pool", paramLabel = "POOL", description = "A gateway pool to assign the tenant to (repeat for more).")
        java.util.List<String> pools = java.util.List.of();
        @Option(names = "--failover", description = "Let the tenant fail over to other gateways when its pools fail.")
        boolean failover;
        @Option(names = "--throttling", paramLabel = "LIMIT", description = "Throttle the tenant's traffic to LIMIT (in --throttling-unit).")
        Integer throttling;
        @Option(names = "--throttling-unit", paramLabel = "UNIT", defaultValue = "MBps", converter = TenantValues.ThrottlingUnits.class,
                description = "Mbps, KBps or MBps (default; the case matters: Mbps are megabits).")
        ThrottlingUnit throttlingUnit;
        @Option(names = "--max-concurrent-tasks", paramLabel = "N", description = "Tasks the tenant may run at once (server default 1).")
        Integer maxConcurrentTasks;
        @Option(names = "--backup-protection", paramLabel = "DAYS", description = "Keep deleted backups for DAYS (1-99).")
        Integer backupProtection;
        @Option(names = "--public-ips", paramLabel = "N", description = "Public IP addresses to give the tenant.")
        Integer publicIps;

        @Override
        public Integer call() {
            // Read the password before connecting: a prompt should not hold a logon session open.
            TenantSpec spec = base();
            try (Connection c = Connection.open(options)) {
                return waiting.report(c.client().createTenant(complete(spec, c.client())), c.output());
            }
        }

        /** The spec of the type asked for, with what that type needs; a standalone tenant's password is read here. */
        private TenantSpec base() {
            if (type != TenantType.Standalone && password.given()) {
                throw CliFailure.usage("Only a standalone tenant has a password.");
            }
            return switch (type) {
                case Standalone -> TenantSpec.standalone(backupServer, name, password.read());
                case vCD -> {
                    if (organization == null) {
                        throw CliFailure.usage("A vCD tenant needs --organization.");
                    }
                    yield TenantSpec.vcd(backupServer, name, organization);
                }
                case ActiveDirectory -> {
                    if (domain == null || domainAccount == null) {
                        throw CliFailure.usage("An ActiveDirectory tenant needs --domain and --domain-account.");
                    }
                    yield TenantSpec.activeDirectory(backupServer, name, new DomainSpec(domain, domainAccount, domainPort));
                }
            };
        }

        /** The spec with the options that need names looked up on the server, and the plain ones. */
        private TenantSpec complete(TenantSpec spec, CloudgateClient client) {
            String backupServerId = Ids.backupServer(client, backupServer);
            for (java.util.Map.Entry<String, Long> quota : quotas.entrySet()) {
                spec = spec.withResource(BackupResourceSpec.of(Ids.repositoryUid(client, backupServerId, quota.getKey()), quota.getValue()));
            }
            if (!pools.isEmpty()) {
                spec = spec.withGatewayPools(pools.stream().map(p -> Ids.poolUid(client, p)).toList());
            }
            spec = spec.withDescription(description);
            if (disabled) {
                spec = spec.withEnabled(false);
            }
            if (leaseUntil != null) {
                spec = spec.withLease(leaseUntil);
            }
            if (failover) {
                spec = spec.withFailoverToOtherGateways(true);
            }
            if (throttling != null) {
                spec = spec.withThrottling(throttling, throttlingUnit);
            }
            if (maxConcurrentTasks != null) {
                spec = spec.withMaxConcurrentTasks(maxConcurrentTasks);
            }
            if (backupProtection != null) {
                spec = spec.withBackupProtection(backupProtection);
            }
            return publicIps == null ? spec : spec.withPublicIpCount(publicIps);
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Change a tenant; what is not given stays as it is.",
                    "A new password is read with --password-prompt, --password-stdin or --password-env."})
    static final class Edit implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Mixin TaskWaiting waiting;
        @Mixin TenantPasswords password;
        @Parameters(paramLabel = "TENANT", description = "Id, UID or name of the tenant.")
        String tenant;
        @Option(names = "--enable", negatable = true, description = "Enable (--enable) or disable (--no-enable) the tenant.")
        Boolean enabled;
        @Option(names = "--description", paramLabel = "TEXT", description = "Description (\"\" clears it).")
        String description;
        @Option(names = "--lease-until", paramLabel = "DATE", converter = TenantValues.Dates.class,
                description = "A new end of the lease: 2027-12-31 (midnight UTC) or 2027-12-31T18:00:00Z.")
        Instant leaseUntil;
        @Option(names = "--no-lease", description = "End the lease: the account no longer expires.")
        boolean noLease;
        @Option(names = "--pool", paramLabel = "POOL", description = "The new gateway pool list (repeat for more).")
        java.util.List<String> pools;
        @Option(names = "--no-pools", description = "Remove every pool assignment.")
        boolean noPools;
        @Option(names = "--failover", negatable = true, description = "Allow (--failover) or forbid (--no-failover) failover to other gateways.")
        Boolean failover;
        @Option(names = "--throttling", paramLabel = "LIMIT", description = "Throttle to LIMIT (switches throttling on).")
        Integer throttling;
        @Option(names = "--throttling-unit", paramLabel = "UNIT", converter = TenantValues.ThrottlingUnits.class, description = "Mbps, KBps or MBps.")
        ThrottlingUnit throttlingUnit;
        @Option(names = "--no-throttling", description = "Switch throttling off.")
        boolean noThrottling;
        @Option(names = "--max-concurrent-tasks", paramLabel = "N", description = "Tasks the tenant may run at once.")
        Integer maxConcurrentTasks;
        @Option(names = "--backup-protection", paramLabel = "DAYS", description = "Keep deleted backups for DAYS (switches protection on).")
        Integer backupProtection;
        @Option(names = "--no-backup-protection", description = "Switch deleted-backup protection off.")
        boolean noBackupProtection;

        @Override
        public Integer call() {
            conflicting(leaseUntil != null && noLease, "--lease-until", "--no-lease");
            conflicting(pools != null && noPools, "--pool", "--no-pools");
            conflicting(throttling != null && noThrottling, "--throttling", "--no-throttling");
            conflicting(backupProtection != null && noBackupProtection, "--backup-protection", "--no-backup-protection");
            TenantChanges changes = changes();
            if (changes.isEmpty() && pools == null) {
                throw CliFailure.usage("Nothing to change: give at least one of --password-prompt/--password-stdin/--password-env,"
                        + " --enable/--no-enable, --description, --lease-until, --no-lease, --pool, --no-pools, --failover/--no-failover,"
                        + " --throttling, --throttling-unit, --no-throttling, --max-concurrent-tasks, --backup-protection, --no-backup-protection.");
            }
            try (Connection c = Connection.open(options)) {
                CloudgateClient client = c.client();
                if (pools != null) {
                    changes = changes.withGatewayPools(pools.stream().map(p -> Ids.poolUid(client, p)).toList());
                }
                return waiting.report(client.editTenant(Ids.tenant(client, tenant), changes), c.output());
            }
        }

        /** What the options without a lookup ask for; {@code --pool} needs the server and is added later. */
        private TenantChanges changes() {
            TenantChanges changes = TenantChanges.none();
            if (password.given()) {
                changes = changes.withPassword(password.read());
            }
            if (enabled != null) {
                changes = changes.withEnabled(enabled);
            }
            if (description != null) {
                changes = changes.withDescription(description);
            }
            if (leaseUntil != null) {
                changes = changes.withLease(leaseUntil);
            }
            if (noLease) {
                changes = changes.withoutLease();
            }
            if (failover != null) {
                changes = changes.withFailoverToOtherGateways(failover);
            }
            if (throttling != null) {
                changes = changes.withThrottlingEnabled(true).withThrottlingSpeedLimit(throttling);
            }
            if (noThrottling) {
                changes = changes.withThrottlingEnabled(false);
            }
            if (throttlingUnit != null) {
                changes = changes.withThrottlingSpeedUnit(throttlingUnit);
            }
            if (maxConcurrentTasks != null) {
                changes = changes.withMaxConcurrentTasks(maxConcurrentTasks);
            }
            if (backupProtection != null) {
                changes = changes.withBackupProtectionEnabled(true).withBackupProtectionPeriod(backupProtection);
            }
            if (noBackupProtection) {
                changes = changes.withBackupProtectionEnabled(false);
            }
            if (noPools) {
                changes = changes.withGatewayPools(java.util.List.of());
            }
            return changes;
        }

        private static void conflicting(boolean both, String one, String other) {
            if (both) {
                throw CliFailure.usage("Give either " + one + " or " + other + ", not both.");
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a tenant with its quotas and pool assignments.")
    static final class Delete implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Mixin TaskWaiting waiting;
        @Parameters(paramLabel = "TENANT", description = "Id, UID or name of the tenant.")
        String tenant;
        @Option(names = "--include-backups", description = "Delete the tenant's backups too (includeBackups=true).")
        boolean includeBackups;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                return waiting.report(c.client().deleteTenant(Ids.tenant(c.client(), tenant), includeBackups), c.output());
            }
        }
    }
}
