package dev.cloudgate.cli;

import dev.cloudgate.client.BackupResource;
import dev.cloudgate.client.CloudgateClient;
import dev.cloudgate.client.SubtenantChanges;
import dev.cloudgate.client.SubtenantSpec;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cloudgate tenants subtenants …}: the subtenants of a standalone tenant (SPEC-tenants §6.8), each
 * with a password and a share of one of the tenant's quotas. Subtenants are named by id or name; their
 * passwords never come from the command line (see {@link TenantPasswords}).
 */
@Command(name = "subtenants", mixinStandardHelpOptions = true, description = "List, show, create, edit and delete a tenant's subtenants.",
        subcommands = {TenantSubtenantCommand.List.class, TenantSubtenantCommand.Show.class, TenantSubtenantCommand.Create.class,
                TenantSubtenantCommand.Edit.class, TenantSubtenantCommand.Delete.class})
final class TenantSubtenantCommand extends ParentCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List a tenant's subtenants.")
    static final class List implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Parameters(paramLabel = "TENANT", description = "Id, UID or name of the tenant.")
        String tenant;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                c.output().list(c.client().subtenants(Ids.tenant(c.client(), tenant)), SubtenantViews.subtenants());
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one subtenant with its quota.")
    static final class Show implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Parameters(index = "0", paramLabel = "TENANT", description = "Id, UID or name of the tenant.")
        String tenant;
        @Parameters(index = "1", paramLabel = "SUBTENANT", description = "Id or name of the subtenant.")
        String subtenant;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                String tenantId = Ids.tenant(c.client(), tenant);
                c.output().record(SubtenantViews.subtenant(c.client().subtenant(tenantId, Ids.subtenant(c.client(), tenantId, subtenant))));
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Create a subtenant of a standalone tenant (an asynchronous task).",
                    "Its password is asked for on the terminal, or read with --password-stdin or --password-env."})
    static final class Create implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Mixin TaskWaiting waiting;
        @Mixin TenantPasswords password;
        @Parameters(paramLabel = "TENANT", description = "Id, UID or name of the tenant.")
        String tenant;
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The subtenant's logon name, unique within the tenant.")
        String name;
        @Option(names = "--mb", paramLabel = "MB", description = "Its quota in MB (1024 to 2147483647); or give --unlimited.")
        Long quotaMb;
        @Option(names = "--unlimited", description = "Let it use the whole of the tenant's quota.")
        boolean unlimited;
        @Option(names = "--quota", paramLabel = "QUOTA",
                description = "The tenant's quota it draws on: its id, its name, or its repository's (default: the tenant's only quota).")
        String quota;
        @Option(names = "--quota-name", paramLabel = "NAME", description = "The name of the subtenant's quota (default: the subtenant's name).")
        String quotaName;
        @Option(names = "--description", paramLabel = "TEXT", description = "Description.")
        String description;
        @Option(names = "--disabled", description = "Create the subtenant disabled.")
        boolean disabled;

        @Override
        public Integer call() {
            if ((quotaMb == null) == !unlimited) {
                throw CliFailure.usage("Give either --mb or --unlimited.");
            }
            // Read the password before connecting: a prompt should not hold a logon session open.
            String secret = password.read();
            try (Connection c = Connection.open(options)) {
                CloudgateClient client = c.client();
                String tenantId = Ids.tenant(client, tenant);
                String resource = tenantQuota(client, tenantId, quota);
                SubtenantSpec spec = unlimited ? SubtenantSpec.unlimited(name, secret, resource)
                        : SubtenantSpec.limited(name, secret, resource, quotaMb);
                spec = spec.withDescription(description).withQuotaName(quotaName);
                if (disabled) {
                    spec = spec.withEnabled(false);
                }
                return waiting.report(client.createSubtenant(tenantId, spec), c.output());
            }
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Change a subtenant; what is not given stays as it is. A subtenant cannot be renamed.",
                    "A new password is read with --password-prompt, --password-stdin or --password-env."})
    static final class Edit implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Mixin TaskWaiting waiting;
        @Mixin TenantPasswords password;
        @Parameters(index = "0", paramLabel = "TENANT", description = "Id, UID or name of the tenant.")
        String tenant;
        @Parameters(index = "1", paramLabel = "SUBTENANT", description = "Id or name of the subtenant.")
        String subtenant;
        @Option(names = "--enable", negatable = true, description = "Enable (--enable) or disable (--no-enable) the subtenant.")
        Boolean enabled;
        @Option(names = "--description", paramLabel = "TEXT", description = "Description (\"\" clears it).")
        String description;
        @Option(names = "--mb", paramLabel = "MB", description = "A new quota in MB (makes it limited).")
        Long quotaMb;
        @Option(names = "--unlimited", description = "Let it use the whole of the tenant's quota.")
        boolean unlimited;
        @Option(names = "--quota-name", paramLabel = "NAME", description = "A new name for its quota.")
        String quotaName;
        @Option(names = "--quota", paramLabel = "QUOTA",
                description = "Draw on another of the tenant's quotas: its id, its name, or its repository's.")
        String quota;

        @Override
        public Integer call() {
            if (quotaMb != null && unlimited) {
                throw CliFailure.usage("Give either --mb or --unlimited, not both.");
            }
            SubtenantChanges changes = changes();
            if (changes.isEmpty() && quota == null) {
                throw CliFailure.usage("Nothing to change: give at least one of --password-prompt/--password-stdin/--password-env,"
                        + " --enable/--no-enable, --description, --mb, --unlimited, --quota-name, --quota.");
            }
            try (Connection c = Connection.open(options)) {
                CloudgateClient client = c.client();
                String tenantId = Ids.tenant(client, tenant);
                if (quota != null) {
                    changes = changes.withTenantResource(tenantQuota(client, tenantId, quota));
                }
                return waiting.report(client.editSubtenant(tenantId, Ids.subtenant(client, tenantId, subtenant), changes), c.output());
            }
        }

        /** What the options without a lookup ask for; {@code --quota} needs the server and is added later. */
        private SubtenantChanges changes() {
            SubtenantChanges changes = SubtenantChanges.none();
            if (password.given()) {
                changes = changes.withPassword(password.read());
            }
            if (enabled != null) {
                changes = changes.withEnabled(enabled);
            }
            if (description != null) {
                changes = changes.withDescription(description);
            }
            if (quotaMb != null) {
                changes = changes.withQuotaMb(quotaMb);
            }
            if (unlimited) {
                changes = changes.withUnlimitedQuota();
            }
            return quotaName == null ? changes : changes.withQuotaName(quotaName);
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a subtenant (an asynchronous task).")
    static final class Delete implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Mixin TaskWaiting waiting;
        @Parameters(index = "0", paramLabel = "TENANT", description = "Id, UID or name of the tenant.")
        String tenant;
        @Parameters(index = "1", paramLabel = "SUBTENANT", description = "Id or name of the subtenant.")
        String subtenant;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                String tenantId = Ids.tenant(c.client(), tenant);
                return waiting.report(c.client().deleteSubtenant(tenantId, Ids.subtenant(c.client(), tenantId, subtenant)), c.output());
            }
        }
    }

    /** The tenant's quota (backup resource) a subtenant draws on: the one named, or the tenant's only one. */
    static String tenantQuota(CloudgateClient client, String tenantId, String text) {
        if (text != null) {
            return Ids.quota(client, tenantId, text);
        }
        java.util.List<BackupResource> quotas = client.backupResources(tenantId);
        if (quotas.size() != 1) {
            throw CliFailure.usage("The tenant has " + quotas.size() + " quotas: say with --quota which one the subtenant draws on.");
        }
        return quotas.get(0).id();
    }
}
