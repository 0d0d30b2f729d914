package dev.cloudgate.cli;

import dev.cloudgate.client.BackupResource;
import dev.cloudgate.client.CloudgateClient;
import dev.cloudgate.client.ComputeResource;
import dev.cloudgate.client.Gateway;
import dev.cloudgate.client.GatewayPool;
import dev.cloudgate.client.Ref;
import dev.cloudgate.client.Repository;
import dev.cloudgate.client.Subtenant;
import dev.cloudgate.client.WanAccelerator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Turns what a user types (a UUID, a UID or a name) into the id a path needs. */
final class Ids {
    private static final Pattern UUID = Pattern.compile("(?i)(urn:veeam:[A-Za-z]+:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Ids() {
    }

    static boolean isId(String text) {
        return UUID.matcher(text.trim()).matches();
    }

    static String bare(String idOrUid) {
        String t = idOrUid.trim();
        return t.substring(t.lastIndexOf(':') + 1);
    }

    static String gateway(CloudgateClient client, String text) {
        return isId(text) ? bare(text) : byName(client.gateways(), Gateway::name, Gateway::id, "cloud gateway", text);
    }

    static String pool(CloudgateClient client, String text) {
        return isId(text) ? bare(text) : byName(client.pools(), GatewayPool::name, GatewayPool::id, "cloud gateway pool", text);
    }

    static String gatewayUid(CloudgateClient client, String text) {
        return "urn:veeam:CloudGateway:" + gateway(client, text);
    }

    static String tenantUid(CloudgateClient client, String text) {
        return "urn:veeam:CloudTenant:" + tenant(client, text);
    }

    static String tenant(CloudgateClient client, String text) {
        return isId(text) ? bare(text) : byName(client.tenantRefs(), Ref::name, Ref::id, "cloud tenant", text);
    }

    static String poolUid(CloudgateClient client, String text) {
        return "urn:veeam:CloudGatewayPool:" + pool(client, text);
    }

    /** A repository of {@code backupServerId} by name, or any repository by id or UID (the server judges where it lives). */
    static String repositoryUid(CloudgateClient client, String backupServerId, String text) {
        return "urn:veeam:Repository:" + (isId(text) ? bare(text)
                : byName(client.repositoriesOf(backupServerId), Repository::name, Repository::id, "repository on that backup server", text));
    }

    /** A WAN accelerator of {@code backupServerId} by name, or any by id or UID. */
    static String wanAcceleratorUid(CloudgateClient client, String backupServerId, String text) {
        return "urn:veeam:WanAccelerator:" + (isId(text) ? bare(text) : byName(client.wanAccelerators().stream()
                .filter(w -> w.links().stream().anyMatch(l -> l.rel().equals("Up") && l.href().endsWith("/" + backupServerId))).toList(),
                WanAccelerator::name, WanAccelerator::id, "WAN accelerator on that backup server", text));
    }

    /** A tenant's quota by id, by its name, or by its repository's name. */
    static String quota(CloudgateClient client, String tenantId, String text) {
        if (isId(text)) {
            return bare(text);
        }
        java.util.List<BackupResource> quotas = client.backupResources(tenantId);
        java.util.List<BackupResource> named = quotas.stream().filter(q -> text.trim().equalsIgnoreCase(q.displayName())).toList();
        if (named.size() > 1) {
            throw CliFailure.usage("Several quotas are named '" + text + "'; give the id instead: "
                    + String.join(", ", named.stream().map(BackupResource::id).toList()) + ".");
        }
        if (named.size() == 1) {
            return named.get(0).id();
        }
        String repository = repositoryUid(client, client.tenant(tenantId).backupServerId(), text);
        return quotas.stream().filter(q -> repository.equalsIgnoreCase(q.repositoryUid())).map(BackupResource::id).findFirst()
                .orElseThrow(() -> CliFailure.notFound("The tenant has no quota named '" + text + "' nor one on that repository."));
    }

    static String plan(CloudgateClient client, String text) {
        return isId(text) ? bare(text) : byName(client.hardwarePlanRefs(), Ref::name, Ref::id, "hardware plan", text);
    }

    /** A subtenant of the tenant by id or by name (names are unique within a tenant, any case). */
    static String subtenant(CloudgateClient client, String tenantId, String text) {
        return isId(text) ? bare(text) : byName(client.subtenants(tenantId), Subtenant::name, Subtenant::id, "subtenant of that tenant", text);
    }

    /** A tenant's subscription by its own id, or by the plan it subscribes to (name, id or UID): a tenant subscribes to a plan once. */
    static String computeResource(CloudgateClient client, String tenantId, String text) {
        java.util.List<ComputeResource> subscriptions = client.computeResources(tenantId);
        if (isId(text) && subscriptions.stream().anyMatch(c -> c.id().equalsIgnoreCase(bare(text)))) {
            return bare(text);
        }
        String planId = plan(client, text);
        return subscriptions.stream().filter(c -> planId.equalsIgnoreCase(c.hardwarePlanId())).map(ComputeResource::id).findFirst()
                .orElseThrow(() -> CliFailure.notFound("The tenant has no subscription '" + text + "' nor one to that hardware plan."));
    }

    static String backupServer(CloudgateClient client, String text) {
        return isId(text) ? bare(text) : byName(client.backupServerRefs(), Ref::name, Ref::id, "backup server", text);
    }

    static String managedServer(CloudgateClient client, String text) {
        return isId(text) ? bare(text) : byName(client.managedServerRefs(), Ref::name, Ref::id, "managed server", text);
    }

    /** Names are unique per backup server only, so a name found on two servers must be given by id. */
    private static <T> String byName(List<T> all, Function<T, String> name, Function<T, String> id, String kind, String text) {
        List<T> named = all.stream().filter(item -> text.trim().equalsIgnoreCase(name.apply(item))).toList();
        if (named.isEmpty()) {
            throw CliFailure.notFound("No " + kind + " is named '" + text + "'.");
        }
        if (named.size() > 1) {
            throw CliFailure.usage("Several " + kind + "s are named '" + text + "'; give the id instead: "
                    + String.join(", ", named.stream().map(id).toList()) + ".");
        }
        return id.apply(named.get(0));
    }
}
