package dev.cloudgate.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cloudgate.auth.Account;
import dev.cloudgate.auth.AccountStore;
import dev.cloudgate.auth.Passwords;
import dev.cloudgate.auth.Role;
import dev.cloudgate.cloud.Gateway;
import dev.cloudgate.cloud.GatewayStore;
import dev.cloudgate.cloud.Pool;
import dev.cloudgate.cloud.PoolStore;
import dev.cloudgate.cloud.NetworkMode;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.HostLookup;
import dev.cloudgate.infrastructure.InfrastructureStore;
import dev.cloudgate.infrastructure.ManagedServer;
import dev.cloudgate.infrastructure.ManagedServerType;
import dev.cloudgate.infrastructure.CloudInventoryStore;
import dev.cloudgate.infrastructure.Tenant;
import dev.cloudgate.tenants.HardwarePlanStore;
import dev.cloudgate.tenants.TenantStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.yaml.snakeyaml.LoaderOptions;

/** Reads seed files and writes their content into the stores (inside the caller's transaction). */
public final class SeedLoader {
    public static final String DEMO = "/seed/demo.yaml";
    /**
     * SnakeYAML refuses documents over 3 MiB by default; a seed is the operator's own file, and one
     * of 10,000 gateways (bench/) is already larger. 256 Mi code points still bound a runaway file.
     */
    private static final int MAX_SEED_CODE_POINTS = 256 << 20;
    private static final ObjectMapper YAML = new ObjectMapper(yamlFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.LOWER_CAMEL_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final InfrastructureStore infrastructure;
    private final AccountStore accounts;
    private final GatewayStore gateways;
    private final PoolStore pools;
    private final CloudSeedLoader cloud;

    public SeedLoader(InfrastructureStore infrastructure, AccountStore accounts, GatewayStore gateways, PoolStore pools,
            CloudInventoryStore inventory, TenantStore tenants, HardwarePlanStore plans) {
        this.infrastructure = infrastructure;
        this.accounts = accounts;
        this.gateways = gateways;
        this.pools = pools;
        this.cloud = new CloudSeedLoader(inventory, tenants, plans);
    }

    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_SEED_CODE_POINTS);
        return YAMLFactory.builder().loaderOptions(options).build();
    }

    /** Reads a seed from a file, or the demo seed shipped with the server when {@code file} is null. */
    public static Seed read(Path file) throws IOException {
        if (file != null) {
            try (InputStream in = Files.newInputStream(file)) {
                return YAML.readValue(in, Seed.class);
            }
        }
        try (InputStream in = Objects.requireNonNull(SeedLoader.class.getResourceAsStream(DEMO), "demo seed missing")) {
            return YAML.readValue(in, Seed.class);
        }
    }

    public static Seed parse(String yaml) throws IOException {
        return YAML.readValue(yaml, Seed.class);
    }

    /** Writes the seed; the caller's transaction makes it all or nothing. */
    public void apply(Seed seed) {
        SeedRules.check(seed);
        Map<String, BackupServer> byName = new HashMap<>();
        for (Seed.SeedBackupServer s : seed.backupServers()) {
            BackupServer server = addBackupServer(s);
            // Gateways, requests and the control API find backup servers by name: it must be unambiguous.
            if (byName.put(server.name().toLowerCase(Locale.ROOT), server) != null) {
                throw new IllegalArgumentException("seed: backup server name " + server.name() + " appears twice");
            }
            byName.put(server.id().toString(), server);
        }
        for (Seed.SeedUser u : seed.users()) {
            String hash = u.passwordHash() != null ? u.passwordHash() : Passwords.hash(require(u.password(), "user password"));
            Role role = Role.parse(u.role()).orElseThrow(() -> new IllegalArgumentException("seed: unknown role " + u.role()));
            accounts.add(new Account(require(u.name(), "user name"), hash, role));
        }
        // Hosts are looked up by name or IP through one index per backup server: a seed of 100,000
        // gateways (bench/) would otherwise read every managed server once per gateway.
        Map<UUID, HostLookup> hostsByServer = new HashMap<>();
        for (Seed.SeedGateway g : seed.gateways()) {
            BackupServer server = byName.get(require(g.backupServer(), "gateway backupServer").toLowerCase(Locale.ROOT));
            if (server == null) {
                throw new IllegalArgumentException("seed: gateway names unknown backup server " + g.backupServer());
            }
            addGateway(server, g, hostsByServer.computeIfAbsent(server.id(), id -> HostLookup.of(infrastructure.managedServersOf(id))));
        }
        for (Seed.SeedPool p : seed.pools()) {
            BackupServer server = byName.get(require(p.backupServer(), "pool backupServer").toLowerCase(Locale.ROOT));
            if (server == null) {
                throw new IllegalArgumentException("seed: pool names unknown backup server " + p.backupServer());
            }
            addPool(server, p);
        }
    }

    /**
     * A pool as the pool rules of SPEC §8 B8 allow it: at least one gateway, all on the pool's backup
     * server; the database refuses a gateway in two pools and two pools of one name.
     */
    private void addPool(BackupServer server, Seed.SeedPool p) {
        String name = require(p.name(), "pool name").trim();
        List<Gateway> onServer = gateways.all().stream().filter(g -> g.backupServerId().equals(server.id())).toList();
        List<UUID> members = list(p.gateways()).stream().map(ref -> onServer.stream()
                .filter(g -> g.id().toString().equalsIgnoreCase(ref.trim()) || g.name().equalsIgnoreCase(ref.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("seed: pool " + name + " names gateway " + ref
                        + ", which is not a gateway of " + server.name()))
                .id()).distinct().toList();
        if (members.isEmpty()) {
            throw new IllegalArgumentException("seed: pool " + name + " needs at least one gateway");
        }
        List<Tenant> tenantsOnServer = infrastructure.tenants().stream().filter(t -> t.backupServerId().equals(server.id())).toList();
        List<UUID> tenants = list(p.tenants()).stream().map(ref -> tenantsOnServer.stream()
                .filter(t -> t.id().toString().equalsIgnoreCase(ref.trim()) || t.name().equalsIgnoreCase(ref.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("seed: pool " + name + " names tenant " + ref
                        + ", which is not a tenant of " + server.name()))
                .id()).distinct().toList();
        pools.insert(new Pool(p.id() == null ? UUID.randomUUID() : p.id(), server.id(), name, orEmpty(p.description()), members, tenants));
    }

    /** Adds a backup server with its managed servers and tenants; a missing id is made up. */
    public BackupServer addBackupServer(Seed.SeedBackupServer s) {
        BackupServer server = new BackupServer(s.id() == null ? UUID.randomUUID() : s.id(), require(s.name(), "backup server name"),
                orEmpty(s.description()), s.port() == null ? 9392 : s.port(), s.version() == null ? "13.0.1.1071" : s.version(),
                s.wcfPort(), s.certificateThumbprint(), s.ipOrDnsName(),
                s.cloudConnect() == null || s.cloudConnect());
        infrastructure.add(server);
        Set<String> names = new HashSet<>();
        for (Seed.SeedManagedServer m : list(s.managedServers())) {
            // A gateway's host is looked up by name on its backup server (SPEC §8 B2).
            if (!names.add(addManagedServer(server.id(), m).name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("seed: managed server name " + m.name() + " appears twice on " + server.name());
            }
        }
        cloud.addInventory(server, s);
        cloud.addTenants(server, list(s.tenants()));
        return server;
    }

    /** A repository of that backup server (SPEC-tenants §3.1), for the control API's inventory. */
    public dev.cloudgate.infrastructure.Repository addRepository(BackupServer server, CloudSeed.SeedRepository spec) {
        return cloud.addRepository(server, spec);
    }

    public dev.cloudgate.infrastructure.WanAccelerator addWanAccelerator(BackupServer server, CloudSeed.SeedWanAccelerator spec) {
        return cloud.addWanAccelerator(server, spec);
    }

    public ManagedServer addManagedServer(UUID backupServerId, Seed.SeedManagedServer m) {
        ManagedServerType type = ManagedServerType.parse(m.type() == null ? "Windows" : m.type())
                .orElseThrow(() -> new IllegalArgumentException("seed: unknown managed server type " + m.type()));
        ManagedServer server = new ManagedServer(m.id() == null ? UUID.randomUUID() : m.id(), backupServerId,
                require(m.name(), "managed server name"), orEmpty(m.description()), type, m.ip());
        infrastructure.add(server);
        return server;
    }

    private void addGateway(BackupServer server, Seed.SeedGateway g, HostLookup hosts) {
        String hostName = require(g.host(), "gateway host").trim();
        ManagedServer host = hosts.find(hostName).orElseThrow(() -> new IllegalArgumentException(
                "seed: gateway host " + hostName + " is not a managed server of " + server.name()));
        NetworkMode mode = g.networkMode() == null ? NetworkMode.Direct : NetworkMode.parse(g.networkMode(), "networkMode");
        int external = g.externalPort() == null ? Gateway.DEFAULT_PORT : g.externalPort();
        gateways.insert(new Gateway(g.id() == null ? UUID.randomUUID() : g.id(), server.id(), host.id(), hostName,
                g.enabled() == null || g.enabled(), mode,
                g.externalIp() != null ? g.externalIp() : host.ownAddress(hostName),
                external, g.internalPort() != null ? g.internalPort() : external, orEmpty(g.description())));
    }

    /**
     * The same seed with every plain password replaced by its hash. PBKDF2 is slow on purpose, so a
     * seed that is applied again and again (reset) is hashed once.
     */
    public static Seed withHashedPasswords(Seed seed) {
        List<Seed.SeedUser> users = seed.users().stream()
                .map(u -> u.passwordHash() != null || u.password() == null ? u
                        : new Seed.SeedUser(u.name(), null, Passwords.hash(u.password()), u.role()))
                .toList();
        List<Seed.SeedBackupServer> servers = seed.backupServers().stream().map(SeedLoader::withHashedTenantPasswords).toList();
        return new Seed(servers, users, seed.gateways(), seed.pools());
    }

    /** Tenant and subtenant passwords, like users', are kept only as hashes (SPEC-tenants §2.4). */
    private static Seed.SeedBackupServer withHashedTenantPasswords(Seed.SeedBackupServer s) {
        if (s.tenants() == null) {
            return s;
        }
        List<Seed.SeedTenant> tenants = s.tenants().stream().map(t -> {
            List<CloudSeed.SeedSubtenant> subtenants = t.subtenants() == null ? null : t.subtenants().stream()
                    .map(u -> u.passwordHash() != null || u.password() == null ? u : new CloudSeed.SeedSubtenant(u.id(), u.name(),
                            u.description(), null, Passwords.hash(u.password()), u.enabled(), u.backupResource(), u.quotaName(),
                            u.quotaMb(), u.unlimited(), u.usedQuotaMb(), u.quotaId()))
                    .toList();
            String hash = t.passwordHash() != null || t.password() == null ? t.passwordHash() : Passwords.hash(t.password());
            return new Seed.SeedTenant(t.id(), t.name(), t.enabled(), t.type(), t.organization(), t.domain(), t.domainAccountId(),
                    t.description(), null, hash, t.leaseExpiration(), t.throttling(), t.maxConcurrentTasks(), t.backupProtection(),
                    t.failoverToOtherGateways(), t.publicIpCount(), t.lastResult(), t.lastActive(), t.counters(),
                    t.freeLicenseCounters(), t.backupResources(), t.computeResources(), t.vdcs(), subtenants);
        }).toList();
        return new Seed.SeedBackupServer(s.id(), s.name(), s.description(), s.port(), s.version(), s.wcfPort(), s.certificateThumbprint(),
                s.ipOrDnsName(), s.cloudConnect(), s.managedServers(), tenants, s.repositories(), s.wanAccelerators(), s.hosts(),
                s.vlans(), s.publicIps(), s.hardwarePlans(), s.organizations(), s.domains());
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static <T> T require(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("seed: " + what + " is required");
        }
        return value;
    }
}
