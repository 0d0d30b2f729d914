package dev.cloudgate.client;

import dev.cloudgate.wire.ApiPaths;
import dev.cloudgate.wire.Link;
import dev.cloudgate.wire.MediaFormat;
import dev.cloudgate.wire.Node;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A client of the EM REST API slices that cloudgate serves (SPEC §5, §6: gateways and pools;
 * SPEC-tenants §6: tenants with their quotas, hardware plan subscriptions and subtenants, hardware plans,
 * repositories and WAN accelerators), usable against cloudgate
 * and against a real Enterprise Manager.
 *
 * <pre>{@code
 * CloudgateClient client = CloudgateClient.builder("http://127.0.0.1:9399/api").format(MediaFormat.JSON).build();
 * client.logon("TECH\\Administrator", "Password");
 * Task done = client.createGateway(GatewaySpec.direct("vbr01.tech.local", "gw02.tech.local")).await(Duration.ofSeconds(30));
 * Gateway created = client.gateway(done.relatedId().orElseThrow());
 * }</pre>
 *
 * <p>Every call is one HTTP exchange (except {@link PendingTask#await}), in the wire format chosen
 * at build time. Refusals arrive as {@link CloudgateException} (a subclass per common status),
 * failed exchanges as {@link TransportException}. Object ids are the bare UUIDs of the UIDs
 * ({@code b5025a7b-…}), though the server also accepts full UIDs. A client is safe to share
 * between threads; {@link #logon} sets the session token all later calls send.
 */
public final class CloudgateClient {
    private final Transport transport;
    private final Duration maxPollInterval;
    private volatile String token;
    private volatile String sessionId;

    private CloudgateClient(Transport transport, Duration maxPollInterval, String token) {
        this.transport = transport;
        this.maxPollInterval = maxPollInterval;
        this.token = token;
    }

    /**
     * Starts configuring a client for the server at {@code url}: the API base ({@code http://host:9399/api})
     * or the server root ({@code http://host:9399}), to which {@code /api} is added.
     */
    public static Builder builder(String url) {
        return new Builder(url);
    }

    // ---- entry point and logon sessions (SPEC §5.1–§5.3) ----

    /** {@code GET /api/}: the entry document; needs no logon. */
    public EntryPoint entryPoint() {
        return EntryPoint.from(get("/"));
    }

    /**
     * {@code POST /api/sessionMngr/?v=latest} with Basic credentials: opens a logon session and keeps its
     * token for the following calls.
     *
     * @throws UnauthorizedException on wrong credentials
     */
    public LogonSession logon(String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        Transport.Answer answer = transport.send("POST", ApiPaths.LOGON + "/?v=latest", null, Map.of("Authorization", "Basic " + basic));
        LogonSession session = LogonSession.from(answer.doc());
        token = answer.header(Transport.TOKEN_HEADER);
        sessionId = session.sessionId();
        return session;
    }

    /** The session token in use ({@code X-RestSvcSessionId}), or null before logon. */
    public String token() {
        return token;
    }

    /** The current logon session: the first of {@link #logonSessions()} (SPEC §5.3 puts it first). */
    public LogonSession currentSession() {
        return logonSessions().get(0);
    }

    /** {@code GET /api/logonSessions}: the logged-on user's sessions, the current one first. */
    public List<LogonSession> logonSessions() {
        return get(ApiPaths.LOGON_SESSIONS).items(null, "LogonSession").stream().map(LogonSession::from).toList();
    }

    /** {@code GET /api/logonSessions/{id}}. */
    public LogonSession logonSession(String sessionId) {
        return LogonSession.from(get(ApiPaths.of(ApiPaths.LOGON_SESSION, segment(sessionId))));
    }

    /** {@code DELETE /api/logonSessions/{id}}: ends that session (and its tasks). */
    public void deleteLogonSession(String sessionId) {
        send("DELETE", ApiPaths.of(ApiPaths.LOGON_SESSION, segment(sessionId)), null);
    }

    /** Ends the current session and forgets its token; does nothing when not logged on. */
    public void logout() {
        if (token != null) {
            deleteLogonSession(sessionId != null ? sessionId : currentSession().sessionId());
            token = null;
            sessionId = null;
        }
    }

    // ---- infrastructure (SPEC §5.4, §5.5, §5.9) ----

    /** {@code GET /api/backupServers?format=Entity}. */
    public List<BackupServer> backupServers() {
        return entities(ApiPaths.BACKUP_SERVERS, "BackupServer", BackupServer::from);
    }

    /** {@code GET /api/backupServers}: references. */
    public List<Ref> backupServerRefs() {
        return Ref.list(get(ApiPaths.BACKUP_SERVERS), null);
    }

    /** {@code GET /api/backupServers/{id}?format=Entity}. */
    public BackupServer backupServer(String id) {
        return BackupServer.from(get(ApiPaths.of(ApiPaths.BACKUP_SERVER, segment(id)) + "?format=Entity"));
    }

    /** {@code GET /api/backupServers/{id}/managedServers?format=Entity}: the hosts of one backup server. */
    public List<ManagedServer> managedServersOf(String backupServerId) {
        return entities(ApiPaths.of(ApiPaths.BACKUP_SERVER_MANAGED_SERVERS, segment(backupServerId)), "ManagedServer", ManagedServer::from);
    }

    /** {@code GET /api/managedServers?format=Entity}: the hosts of all backup servers. */
    public List<ManagedServer> managedServers() {
        return entities(ApiPaths.MANAGED_SERVERS, "ManagedServer", ManagedServer::from);
    }

    /** {@code GET /api/managedServers}: references. */
    public List<Ref> managedServerRefs() {
        return Ref.list(get(ApiPaths.MANAGED_SERVERS), null);
    }

    /** {@code GET /api/managedServers/{id}?format=Entity}. */
    public ManagedServer managedServer(String id) {
        return ManagedServer.from(get(ApiPaths.of(ApiPaths.MANAGED_SERVER, segment(id)) + "?format=Entity"));
    }

    /** {@code GET /api/cloud}: the links of the Cloud Connect root (SPEC §5.6). */
    public List<Link> cloudConnectLinks() {
        return get(ApiPaths.CLOUD).links();
    }

    // ---- cloud gateways (SPEC §5.7) ----

    /** {@code GET /api/cloud/gateways?format=Entity}: the gateways of all backup servers. */
    public List<Gateway> gateways() {
        return entities(ApiPaths.CLOUD_GATEWAYS, "CloudGateway", Gateway::from);
    }

    /** {@code GET /api/cloud/gateways}: references. */
    public List<Ref> gatewayRefs() {
        return Ref.list(get(ApiPaths.CLOUD_GATEWAYS), null);
    }

    /** {@code GET /api/cloud/gateways/{id}?format=Entity}. @throws NotFoundException for an unknown id */
    public Gateway gateway(String id) {
        return Gateway.from(get(ApiPaths.of(ApiPaths.CLOUD_GATEWAY, segment(id)) + "?format=Entity"));
    }

    /** {@code GET /api/cloud/gateways/{id}}: the reference. */
    public Ref gatewayRef(String id) {
        return Ref.from(get(ApiPaths.of(ApiPaths.CLOUD_GATEWAY, segment(id))));
    }

    /**
     * {@code POST /api/cloud/gateways}: asks for a gateway; the server checks the body at once (400)
     * and the rest in the task (SPEC §5.7.3, §8).
     */
    public PendingTask createGateway(GatewaySpec spec) {
        return accepted("POST", ApiPaths.CLOUD_GATEWAYS, spec.toNode());
    }

    /** {@code PUT /api/cloud/gateways/{id}}: changes what {@code changes} names. */
    public PendingTask editGateway(String id, GatewayChanges changes) {
        return accepted("PUT", ApiPaths.of(ApiPaths.CLOUD_GATEWAY, segment(id)), changes.toNode());
    }

    /** {@code DELETE /api/cloud/gateways/{id}}; a pool member is not removed (the task fails, SPEC §8 B7). */
    public PendingTask deleteGateway(String id) {
        return accepted("DELETE", ApiPaths.of(ApiPaths.CLOUD_GATEWAY, segment(id)), null);
    }

    // ---- cloud gateway pools (SPEC §5.8) ----

    /** {@code GET /api/cloud/gatewayPools?format=Entity}. */
    public List<GatewayPool> pools() {
        return entities(ApiPaths.CLOUD_GATEWAY_POOLS, "CloudGatewayPool", GatewayPool::from);
    }

    /** {@code GET /api/cloud/gatewayPools}: references. */
    public List<Ref> poolRefs() {
        return Ref.list(get(ApiPaths.CLOUD_GATEWAY_POOLS), null);
    }

    /** {@code GET /api/cloud/gatewayPools/{id}?format=Entity}. */
    public GatewayPool pool(String id) {
        return GatewayPool.from(get(ApiPaths.of(ApiPaths.CLOUD_GATEWAY_POOL, segment(id)) + "?format=Entity"));
    }

    /** {@code GET /api/cloud/gatewayPools/{id}}: the reference. */
    public Ref poolRef(String id) {
        return Ref.from(get(ApiPaths.of(ApiPaths.CLOUD_GATEWAY_POOL, segment(id))));
    }

    /** {@code GET /api/cloud/gatewayPools/{id}/gateways}: references to the member gateways. */
    public List<Ref> poolGateways(String id) {
        return Ref.list(get(ApiPaths.of(ApiPaths.CLOUD_GATEWAY_POOL_GATEWAYS, segment(id))), null);
    }

    /** {@code GET /api/cloud/gatewayPools/{id}/tenants?format=Entity}: the tenants the pool is assigned to. */
    public List<Tenant> poolTenants(String id) {
        return entities(ApiPaths.of(ApiPaths.CLOUD_GATEWAY_POOL_TENANTS, segment(id)), "CloudTenant", Tenant::from);
    }

    /** {@code GET /api/cloud/gatewayPools/{id}/tenants}: references to the assigned tenants. */
    public List<Ref> poolTenantRefs(String id) {
        return Ref.list(get(ApiPaths.of(ApiPaths.CLOUD_GATEWAY_POOL_TENANTS, segment(id))), null);
    }

    /** {@code POST /api/cloud/gatewayPools}. */
    public PendingTask createPool(PoolSpec spec) {
        return accepted("POST", ApiPaths.CLOUD_GATEWAY_POOLS, spec.toNode());
    }

    /** {@code PUT /api/cloud/gatewayPools/{id}}. */
    public PendingTask editPool(String id, PoolChanges changes) {
        return accepted("PUT", ApiPaths.of(ApiPaths.CLOUD_GATEWAY_POOL, segment(id)), changes.toNode());
    }

    /** {@code DELETE /api/cloud/gatewayPools/{id}}; member gateways stay (SPEC §8 B9). */
    public PendingTask deletePool(String id) {
        return accepted("DELETE", ApiPaths.of(ApiPaths.CLOUD_GATEWAY_POOL, segment(id)), null);
    }

    // ---- cloud tenants and their backup resources (SPEC-tenants §6.1–§6.5, §6.10) ----

    /** {@code GET /api/cloud/tenants?format=Entity}: the tenants of all backup servers, of every type. */
    public List<Tenant> tenants() {
        return entities(ApiPaths.CLOUD_TENANTS, "CloudTenant", Tenant::from);
    }

    /** {@code GET /api/cloud/tenants}: references. */
    public List<Ref> tenantRefs() {
        return Ref.list(get(ApiPaths.CLOUD_TENANTS), null);
    }

    /** {@code GET /api/cloud/tenants/{id}?format=Entity}; {@code id} is a bare UUID or a full UID. @throws NotFoundException for an unknown id */
    public Tenant tenant(String id) {
        return Tenant.from(get(ApiPaths.of(ApiPaths.CLOUD_TENANT, segment(id)) + "?format=Entity"));
    }

    /** {@code GET /api/cloud/tenants/{id}}: the reference. */
    public Ref tenantRef(String id) {
        return Ref.from(get(ApiPaths.of(ApiPaths.CLOUD_TENANT, segment(id))));
    }

    /**
     * {@code POST /api/cloud/tenants}: asks for a tenant with its quotas and pool assignments; the server
     * checks the body at once (400) and the rest in the task, which makes all of it or nothing.
     */
    public PendingTask createTenant(TenantSpec spec) {
        return accepted("POST", ApiPaths.CLOUD_TENANTS, spec.toNode());
    }

    /** {@code PUT /api/cloud/tenants/{id}}: changes what {@code changes} names; the rest stays (SPEC-tenants §2.7). */
    public PendingTask editTenant(String id, TenantChanges changes) {
        return accepted("PUT", ApiPaths.of(ApiPaths.CLOUD_TENANT, segment(id)), changes.toNode());
    }

    /** Sets a new password: a PUT that sends the password alone. */
    public PendingTask changeTenantPassword(String id, String password) {
        return editTenant(id, TenantChanges.none().withPassword(java.util.Objects.requireNonNull(password, "password")));
    }

    /** Lets the tenant connect again: a PUT that sends {@code Enabled} alone. */
    public PendingTask enableTenant(String id) {
        return editTenant(id, TenantChanges.none().withEnabled(true));
    }

    /** Stops the tenant from connecting, keeping everything it has: a PUT that sends {@code Enabled} alone. */
    public PendingTask disableTenant(String id) {
        return editTenant(id, TenantChanges.none().withEnabled(false));
    }

    /** {@code DELETE /api/cloud/tenants/{id}}: the tenant goes with its quotas and pool assignments. */
    public PendingTask deleteTenant(String id) {
        return accepted("DELETE", ApiPaths.of(ApiPaths.CLOUD_TENANT, segment(id)), null);
    }

    /** {@code DELETE /api/cloud/tenants/{id}?includeBackups=…}: as {@link #deleteTenant(String)}, saying whether backups go too. */
    public PendingTask deleteTenant(String id, boolean includeBackups) {
        return accepted("DELETE", ApiPaths.of(ApiPaths.CLOUD_TENANT, segment(id)) + "?includeBackups=" + includeBackups, null);
    }

    /** {@code GET /api/cloud/tenants/{id}/gatewayPools?format=Entity}: the pools assigned to a tenant. */
    public List<GatewayPool> tenantPools(String tenantId) {
        return entities(ApiPaths.of(ApiPaths.CLOUD_TENANT_GATEWAY_POOLS, segment(tenantId)), "CloudGatewayPool", GatewayPool::from);
    }

    /** {@code GET /api/cloud/tenants/{id}/gatewayPools}: references to the pools assigned to a tenant. */
    public List<Ref> tenantPoolRefs(String tenantId) {
        return Ref.list(get(ApiPaths.of(ApiPaths.CLOUD_TENANT_GATEWAY_POOLS, segment(tenantId))), null);
    }

    /** {@code GET /api/cloud/tenants/{id}/resources}: the tenant's quotas, with their links. */
    public List<BackupResource> backupResources(String tenantId) {
        return get(ApiPaths.of(ApiPaths.CLOUD_TENANT_RESOURCES, segment(tenantId))).items(null, "CloudTenantResource").stream()
                .map(BackupResource::from).toList();
    }

    /** {@code GET /api/cloud/tenants/{id}/resources/{rid}}. @throws NotFoundException when either is unknown */
    public BackupResource backupResource(String tenantId, String resourceId) {
        return BackupResource.from(get(ApiPaths.of(ApiPaths.CLOUD_TENANT_RESOURCE, segment(tenantId), segment(resourceId))));
    }

    /**
     * {@code POST /api/cloud/tenants/{id}/resources}: a new quota; the finished task's {@link Task#relatedId()}
     * is the resource's id. There is no edit: to change a quota, delete it and create another.
     */
    public PendingTask createBackupResource(String tenantId, BackupResourceSpec spec) {
        return accepted("POST", ApiPaths.of(ApiPaths.CLOUD_TENANT_RESOURCES, segment(tenantId)), spec.toNode());
    }

    /** {@code DELETE /api/cloud/tenants/{id}/resources/{rid}}; the task fails while subtenants use the quota. */
    public PendingTask deleteBackupResource(String tenantId, String resourceId) {
        return accepted("DELETE", ApiPaths.of(ApiPaths.CLOUD_TENANT_RESOURCE, segment(tenantId), segment(resourceId)), null);
    }

    // ---- compute resources and subtenants of a tenant (SPEC-tenants §6.6, §6.8) ----

    /** {@code GET /api/cloud/tenants/{id}/computeResources}: the tenant's hardware plan subscriptions (none for vCD and AD tenants). */
    public List<ComputeResource> computeResources(String tenantId) {
        return get(ApiPaths.of(ApiPaths.CLOUD_TENANT_COMPUTE_RESOURCES, segment(tenantId))).items(null, "CloudTenantComputeResource").stream()
                .map(ComputeResource::from).toList();
    }

    /** {@code GET /api/cloud/tenants/{id}/computeResources/{cid}}. @throws NotFoundException when either is unknown */
    public ComputeResource computeResource(String tenantId, String computeResourceId) {
        return ComputeResource.from(get(ApiPaths.of(ApiPaths.CLOUD_TENANT_COMPUTE_RESOURCE, segment(tenantId), segment(computeResourceId))));
    }

    /**
     * {@code POST /api/cloud/tenants/{id}/computeResources}: subscribes a standalone tenant to a hardware plan.
     * The finished task names no new object (as EM's does not): read {@link #computeResources} and find the
     * plan's UID. Subscribing again to the same plan replaces the subscription.
     */
    public PendingTask createComputeResource(String tenantId, ComputeResourceSpec spec) {
        return accepted("POST", ApiPaths.of(ApiPaths.CLOUD_TENANT_COMPUTE_RESOURCES, segment(tenantId)), spec.toNode());
    }

    /** {@code DELETE /api/cloud/tenants/{id}/computeResources/{cid}}: ends the subscription. */
    public PendingTask deleteComputeResource(String tenantId, String computeResourceId) {
        return accepted("DELETE", ApiPaths.of(ApiPaths.CLOUD_TENANT_COMPUTE_RESOURCE, segment(tenantId), segment(computeResourceId)), null);
    }

    /** {@code GET /api/cloud/tenants/{id}/subtenants}: the tenant's subtenants (none for vCD and AD tenants). */
    public List<Subtenant> subtenants(String tenantId) {
        return get(ApiPaths.of(ApiPaths.CLOUD_TENANT_SUBTENANTS, segment(tenantId))).items(null, "CloudSubtenant").stream()
                .map(Subtenant::from).toList();
    }

    /** {@code GET /api/cloud/tenants/{id}/subtenants/{sid}}. @throws NotFoundException when either is unknown */
    public Subtenant subtenant(String tenantId, String subtenantId) {
        return Subtenant.from(get(ApiPaths.of(ApiPaths.CLOUD_TENANT_SUBTENANT, segment(tenantId), segment(subtenantId))));
    }

    /**
     * {@code POST /api/cloud/tenants/{id}/subtenants}: a new subtenant of a standalone tenant. The finished
     * task names no new object (as EM's does not): read {@link #subtenants} and find it by name.
     */
    public PendingTask createSubtenant(String tenantId, SubtenantSpec spec) {
        return accepted("POST", ApiPaths.of(ApiPaths.CLOUD_TENANT_SUBTENANTS, segment(tenantId)), spec.toNode());
    }

    /** {@code PUT /api/cloud/tenants/{id}/subtenants/{sid}}: changes what {@code changes} names; the rest stays. */
    public PendingTask editSubtenant(String tenantId, String subtenantId, SubtenantChanges changes) {
        return accepted("PUT", ApiPaths.of(ApiPaths.CLOUD_TENANT_SUBTENANT, segment(tenantId), segment(subtenantId)), changes.toNode());
    }

    /** Sets a subtenant's new password: a PUT that sends the password alone. */
    public PendingTask changeSubtenantPassword(String tenantId, String subtenantId, String password) {
        return editSubtenant(tenantId, subtenantId, SubtenantChanges.none().withPassword(Objects.requireNonNull(password, "password")));
    }

    /** {@code DELETE /api/cloud/tenants/{id}/subtenants/{sid}}. */
    public PendingTask deleteSubtenant(String tenantId, String subtenantId) {
        return accepted("DELETE", ApiPaths.of(ApiPaths.CLOUD_TENANT_SUBTENANT, segment(tenantId), segment(subtenantId)), null);
    }

    // ---- hardware plans (SPEC-tenants §6.11) ----

    /** {@code GET /api/cloud/hardwarePlans?format=Entity}: the plans of all backup servers. */
    public List<HardwarePlan> hardwarePlans() {
        return entities(ApiPaths.CLOUD_HARDWARE_PLANS, "CloudHardwarePlan", HardwarePlan::from);
    }

    /** {@code GET /api/cloud/hardwarePlans}: references. */
    public List<Ref> hardwarePlanRefs() {
        return Ref.list(get(ApiPaths.CLOUD_HARDWARE_PLANS), null);
    }

    /** {@code GET /api/cloud/hardwarePlans/{id}?format=Entity}; {@code id} is a bare UUID or a full UID. @throws NotFoundException for an unknown id */
    public HardwarePlan hardwarePlan(String id) {
        return HardwarePlan.from(get(ApiPaths.of(ApiPaths.CLOUD_HARDWARE_PLAN, segment(id)) + "?format=Entity"));
    }

    /** {@code GET /api/cloud/hardwarePlans/{id}}: the reference. */
    public Ref hardwarePlanRef(String id) {
        return Ref.from(get(ApiPaths.of(ApiPaths.CLOUD_HARDWARE_PLAN, segment(id))));
    }

    /** {@code GET /api/cloud/hardwarePlans/{id}/tenants}: the tenants subscribed to the plan, as entities. */
    public List<Tenant> hardwarePlanTenants(String id) {
        return get(ApiPaths.of(ApiPaths.CLOUD_HARDWARE_PLAN_TENANTS, segment(id))).items(null, "CloudTenant").stream().map(Tenant::from).toList();
    }

    /**
     * {@code POST /api/cloud/hardwarePlans}: asks for a plan; the server checks the body at once (400) and
     * the host and its datastores in the task. The finished task's {@link Task#relatedId()} is the plan's id.
     */
    public PendingTask createHardwarePlan(HardwarePlanSpec spec) {
        return accepted("POST", ApiPaths.CLOUD_HARDWARE_PLANS, spec.toNode());
    }

    /** {@code PUT /api/cloud/hardwarePlans/{id}}: changes what {@code changes} names; the rest stays. */
    public PendingTask editHardwarePlan(String id, HardwarePlanChanges changes) {
        return accepted("PUT", ApiPaths.of(ApiPaths.CLOUD_HARDWARE_PLAN, segment(id)), changes.toNode());
    }

    /** {@code DELETE /api/cloud/hardwarePlans/{id}}; the task fails while a tenant is subscribed to the plan. */
    public PendingTask deleteHardwarePlan(String id) {
        return accepted("DELETE", ApiPaths.of(ApiPaths.CLOUD_HARDWARE_PLAN, segment(id)), null);
    }

    // ---- repositories and WAN accelerators (SPEC-tenants §6.12, §6.13; read-only) ----

    /** {@code GET /api/repositories?format=Entity}: the repositories of all backup servers. */
    public List<Repository> repositories() {
        return entities(ApiPaths.REPOSITORIES, "Repository", Repository::from);
    }

    /** {@code GET /api/repositories}: references. */
    public List<Ref> repositoryRefs() {
        return Ref.list(get(ApiPaths.REPOSITORIES), null);
    }

    /** {@code GET /api/backupServers/{id}/repositories?format=Entity}: the repositories of one backup server. */
    public List<Repository> repositoriesOf(String backupServerId) {
        return entities(ApiPaths.of(ApiPaths.BACKUP_SERVER_REPOSITORIES, segment(backupServerId)), "Repository", Repository::from);
    }

    /** {@code GET /api/repositories/{id}?format=Entity}. */
    public Repository repository(String id) {
        return Repository.from(get(ApiPaths.of(ApiPaths.REPOSITORY, segment(id)) + "?format=Entity"));
    }

    /** {@code GET /api/repositories/{id}}: the reference. */
    public Ref repositoryRef(String id) {
        return Ref.from(get(ApiPaths.of(ApiPaths.REPOSITORY, segment(id))));
    }

    /** {@code GET /api/wanAccelerators?format=Entity}: the WAN accelerators of all backup servers. */
    public List<WanAccelerator> wanAccelerators() {
        return entities(ApiPaths.WAN_ACCELERATORS, "WanAccelerator", WanAccelerator::from);
    }

    /** {@code GET /api/wanAccelerators}: references. */
    public List<Ref> wanAcceleratorRefs() {
        return Ref.list(get(ApiPaths.WAN_ACCELERATORS), null);
    }

    /** {@code GET /api/wanAccelerators/{id}?format=Entity}. */
    public WanAccelerator wanAccelerator(String id) {
        return WanAccelerator.from(get(ApiPaths.of(ApiPaths.WAN_ACCELERATOR, segment(id)) + "?format=Entity"));
    }

    /** {@code GET /api/wanAccelerators/{id}}: the reference. */
    public Ref wanAcceleratorRef(String id) {
        return Ref.from(get(ApiPaths.of(ApiPaths.WAN_ACCELERATOR, segment(id))));
    }

    // ---- tasks (SPEC §5.10) and query (SPEC §6) ----

    /** {@code GET /api/tasks}: the current session's tasks, oldest first. */
    public List<Task> tasks() {
        return get(ApiPaths.TASKS).items(null, "Task").stream().map(Task::from).toList();
    }

    /** {@code GET /api/tasks/{id}}; {@code id} is {@code task-<n>}. @throws NotFoundException for another session's task */
    public Task task(String taskId) {
        return Task.from(get(ApiPaths.of(ApiPaths.TASK, segment(taskId))));
    }

    /** A task of this session, read now, to {@link PendingTask#await await}. */
    public PendingTask pendingTask(String taskId) {
        return new PendingTask(this, task(taskId), maxPollInterval);
    }

    /** {@code DELETE /api/tasks/{id}}: forgets the task (SPEC §5.10). */
    public void deleteTask(String taskId) {
        send("DELETE", ApiPaths.of(ApiPaths.TASK, segment(taskId)), null);
    }

    /** {@code GET /api/query?…}. @throws BadRequestException for a bad filter, field or paging value */
    public QueryResult query(Query query) {
        return QueryResult.from(get(ApiPaths.QUERY + "?" + query.queryString()));
    }

    // ---- cloudgate's own control API ----

    /**
     * {@code POST /_cloudgate/reset} beside the vendor API: puts the server back to its seed. Not part
     * of EM; needs the server's admin token, sent as {@code Authorization: Bearer <token>}.
     *
     * @throws NotFoundException when the server has no control API (a real EM, or an older cloudgate)
     */
    public void resetServer(String adminToken) {
        URI root = transport.apiBase().resolve("/");
        transport.send("POST", root + "_cloudgate/reset", null, Map.of("Authorization", "Bearer " + Objects.requireNonNull(adminToken)));
    }

    // ---- plumbing ----

    private Doc get(String path) {
        return send("GET", path, null).doc();
    }

    private Transport.Answer send(String method, String path, Node body) {
        Map<String, String> headers = new HashMap<>();
        if (token != null) {
            headers.put(Transport.TOKEN_HEADER, token);
        }
        return transport.send(method, path, body, headers);
    }

    private <T> List<T> entities(String path, String item, Function<Doc, T> reader) {
        return get(path + "?format=Entity").items(null, item).stream().map(reader).toList();
    }

    private PendingTask accepted(String method, String path, Node body) {
        return new PendingTask(this, Task.from(send(method, path, body).doc()), maxPollInterval);
    }

    /** Ids come from users; encode them so that a stray {@code /} or {@code ?} cannot change the path. */
    private static String segment(String id) {
        return URLEncoder.encode(Objects.requireNonNull(id, "id").trim(), StandardCharsets.UTF_8).replace("%3A", ":").replace("+", "%20");
    }

    /** Configuration of a {@link CloudgateClient}; every setting has a default. */
    public static final class Builder {
        private final URI apiBase;
        private MediaFormat format = MediaFormat.XML;
        private Duration timeout = Duration.ofSeconds(30);
        private Duration maxPollInterval = Duration.ofMillis(500);
        private Consumer<ClientResponse> listener = response -> {
        };
        private String token;
        private HttpClient http;

        private Builder(String url) {
            String base = url.trim().replaceAll("/+$", "");
            this.apiBase = URI.create(base.toLowerCase(java.util.Locale.ROOT).endsWith("/api") ? base : base + "/api");
        }

        /** The wire format of requests and responses: XML (the default) or JSON. */
        public Builder format(MediaFormat value) {
            this.format = Objects.requireNonNull(value);
            return this;
        }

        /** How long one exchange may take (default 30 s); connecting is limited to 10 s. */
        public Builder timeout(Duration value) {
            this.timeout = Objects.requireNonNull(value);
            return this;
        }

        /** The longest pause between two polls of a task (default 500 ms; polls start at 20 ms and double). */
        public Builder maxPollInterval(Duration value) {
            this.maxPollInterval = Objects.requireNonNull(value);
            return this;
        }

        /** Uses an existing session token instead of logging on (e.g. one saved by the CLI). */
        public Builder token(String value) {
            this.token = value;
            return this;
        }

        /** Called with every answer the server gives, successful or not, before it is read. */
        public Builder onResponse(Consumer<ClientResponse> value) {
            this.listener = Objects.requireNonNull(value);
            return this;
        }

        /** Uses this {@link HttpClient} (for TLS settings or a proxy) instead of a default one. */
        public Builder httpClient(HttpClient value) {
            this.http = Objects.requireNonNull(value);
            return this;
        }

        /** The client. */
        public CloudgateClient build() {
            HttpClient client = http != null ? http : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            return new CloudgateClient(new Transport(client, apiBase, format, timeout, listener), maxPollInterval, token);
        }
    }
}
