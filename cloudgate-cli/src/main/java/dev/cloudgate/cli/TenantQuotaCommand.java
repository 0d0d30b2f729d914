package dev.cloudgate.cli;

import dev.cloudgate.client.BackupResourceSpec;
import dev.cloudgate.client.CloudgateClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cloudgate tenants quota …}: a tenant's backup resources, quotas on repositories (SPEC-tenants §6.5). */
@Command(name = "quota", mixinStandardHelpOptions = true, description = "List, add and remove a tenant's quotas (backup resources).",
        subcommands = {TenantQuotaCommand.List.class, TenantQuotaCommand.Add.class, TenantQuotaCommand.Remove.class})
final class TenantQuotaCommand extends ParentCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List a tenant's quotas.")
    static final class List implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Mixin TenantParameter tenant;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                c.output().list(c.client().backupResources(tenant.id(c.client())), Views.quotas());
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Give a tenant a quota on a repository (an asynchronous task). To change a quota, remove it and add another.")
    static final class Add implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Mixin TaskWaiting waiting;
        @Mixin TenantParameter tenant;
        @Option(names = "--repository", required = true, paramLabel = "REPOSITORY",
                description = "A repository of the tenant's backup server: name, id or UID.")
        String repository;
        @Option(names = "--mb", required = true, paramLabel = "MB", description = "The quota in MB (1024 to 2147483647).")
        long quotaMb;
        @Option(names = "--name", paramLabel = "NAME", description = "The quota's name (default: the repository's).")
        String name;
        @Option(names = "--wan-accelerator", paramLabel = "WAN", description = "A WAN accelerator of the backup server: name, id or UID.")
        String wanAccelerator;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                CloudgateClient client = c.client();
                String tenantId = tenant.id(client);
                String backupServerId = Ids.isId(repository) && (wanAccelerator == null || Ids.isId(wanAccelerator)) ? null
                        : client.tenant(tenantId).backupServerId();
                BackupResourceSpec spec = BackupResourceSpec.of(Ids.repositoryUid(client, backupServerId, repository), quotaMb).withName(name);
                if (wanAccelerator != null) {
                    spec = spec.withWanAccelerator(Ids.wanAcceleratorUid(client, backupServerId, wanAccelerator));
                }
                return waiting.report(client.createBackupResource(tenantId, spec), c.output());
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a tenant's quota (an asynchronous task).")
    static final class Remove implements Callable<Integer> {
        @Mixin ClientOptions options;
        @Mixin TaskWaiting waiting;
        @Mixin TenantParameter tenant;
        @Parameters(index = "1", paramLabel = "QUOTA", description = "The quota's id, its name, or its repository's name, id or UID.")
        String quota;

        @Override
        public Integer call() {
            try (Connection c = Connection.open(options)) {
                CloudgateClient client = c.client();
                String tenantId = tenant.id(client);
                return waiting.report(client.deleteBackupResource(tenantId, Ids.quota(client, tenantId, quota)), c.output());
            }
        }
    }
}
