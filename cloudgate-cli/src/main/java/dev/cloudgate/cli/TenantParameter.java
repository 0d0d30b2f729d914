package dev.cloudgate.cli;

import dev.cloudgate.client.CloudgateClient;
import picocli.CommandLine.Parameters;

/**
 * The tenant a {@code tenants …} subcommand acts on, always its first parameter. One mixin for all of them,
 * so that the quota, compute and subtenant commands name and look up a tenant exactly as {@code tenants show} does.
 */
final class TenantParameter {
    @Parameters(index = "0", paramLabel = "TENANT", description = "Id, UID or name of the tenant.")
    String text;

    /** The tenant's id; a name or UID costs a request. */
    String id(CloudgateClient client) {
        return Ids.tenant(client, text);
    }
}
