package dev.cloudgate.seed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.cloudgate.auth.AccountStore;
import dev.cloudgate.cloud.Gateway;
import dev.cloudgate.cloud.GatewayStore;
import dev.cloudgate.cloud.PoolStore;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.CloudInventoryStore;
import dev.cloudgate.infrastructure.InfrastructureStore;
import dev.cloudgate.tenants.HardwarePlanStore;
import dev.cloudgate.tenants.TenantStore;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The store's content as a seed, so that a state reached through the API can be saved and loaded
 * again. Passwords leave only as their hashes; sessions and tasks are not part of a seed.
 */
public final class SeedExport {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build())
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final InfrastructureStore infrastructure;
    private final AccountStore accounts;
    private final GatewayStore gateways;
    private final PoolStore pools;
    private final CloudSeedExport cloud;

    public SeedExport(InfrastructureStore infrastructure, AccountStore accounts, GatewayStore gateways, PoolStore pools,
            CloudInventoryStore inventory, TenantStore tenants, HardwarePlanStore plans) {
        this.infrastructure = infrastructure;
        this.accounts = accounts;
        this.gateways = gateways;
        this.pools = pools;
        this.cloud = new CloudSeedExport(inventory, tenants, plans);
    }

    /** Reads everything inside the caller's transaction, so the seed is one consistent picture. */
    public Seed export() {
        List<BackupServer> servers = infrastructure.backupServers();
        Map<UUID, String> refs = backupServerRefs(servers);
        List<Seed.SeedBackupServer> backupServers = servers.stream().map(this::backupServer).toList();
        List<Seed.SeedUser> users = accounts.accounts().stream()
                .map(a -> new Seed.SeedUser(a.name(), null, a.passwordHash(), a.role().title())).toList();
        List<Seed.SeedGateway> gatewayList = gateways.all().stream().map(g -> gateway(g, refs)).toList();
        List<Seed.SeedPool> poolList = pools.all().stream().map(p -> new Seed.SeedPool(p.id(), refs.get(p.backupServerId()), p.name(),
                p.description(), p.gatewayIds().stream().map(UUID::toString).toList(),
                p.tenantIds().stream().map(UUID::toString).toList())).toList();
        return new Seed(backupServers, users, gatewayList, poolList);
    }

    public static String yaml(Seed seed) {
        try {
            return YAML.writeValueAsString(seed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("seed could not be written", e);
        }
    }

    private Seed.SeedBackupServer backupServer(BackupServer s) {
        List<Seed.SeedManagedServer> managed = infrastructure.managedServersOf(s.id()).stream()
                .map(m -> new Seed.SeedManagedServer(m.id(), m.name(), m.type().name(), m.description(), m.ipAddress())).toList();
        return cloud.complete(new Seed.SeedBackupServer(s.id(), s.name(), s.description(), s.port(), s.version(), s.wcfPort(),
                s.certificateThumbprint(), s.ipOrDnsName(), s.cloudConnectEnabled(), managed, List.of()), s);
    }

    private static Seed.SeedGateway gateway(Gateway g, Map<UUID, String> refs) {
        return new Seed.SeedGateway(g.id(), refs.get(g.backupServerId()), g.name(), g.enabled(), g.networkMode().name(),
                g.externalIp(), g.externalPort(), g.internalPort(), g.description());
    }

    /** Gateways name their backup server by name where that is unambiguous, else by id. */
    private static Map<UUID, String> backupServerRefs(List<BackupServer> servers) {
        Map<String, Long> counts = servers.stream()
                .collect(Collectors.groupingBy(s -> s.name().toLowerCase(Locale.ROOT), Collectors.counting()));
        Map<UUID, String> refs = new HashMap<>();
        servers.forEach(s -> refs.put(s.id(), counts.get(s.name().toLowerCase(Locale.ROOT)) == 1 ? s.name() : s.id().toString()));
        return refs;
    }
}
