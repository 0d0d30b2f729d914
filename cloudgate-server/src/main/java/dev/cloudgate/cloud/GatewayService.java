package dev.cloudgate.cloud;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.Infrastructure;
import dev.cloudgate.store.Transactor;
import dev.cloudgate.tasks.Task;
import dev.cloudgate.tasks.TaskService;
import dev.cloudgate.wire.CloudGatewayEdit;
import dev.cloudgate.wire.CreateCloudGatewaySpec;
import java.util.List;
import java.util.UUID;

/**
 * Cloud gateways: reads, and the requests that become tasks. What the request alone can judge is
 * judged here, synchronously (400); what depends on the inventory is judged when the task runs
 * ({@link GatewayOperations}), as SPEC §8 prescribes.
 */
public record GatewayService(Transactor tx, GatewayStore gateways, Infrastructure infrastructure, TaskService tasks) {
    static final int MAX_HOST_NAME = 255;
    /** Column sizes of the store (V1): longer values are refused with a 400 before they reach it. */
    static final int MAX_DESCRIPTION = 1024;
    static final int MAX_ADDRESS = 255;

    public List<Gateway> all() {
        return tx.inTransaction(gateways::all);
    }

    public Gateway get(UUID id) {
        return tx.inTransaction(() -> gateways.find(id)).orElseThrow(() -> notFound(id));
    }

    /** The gateways of {@code ids} that still exist, in the order of {@code ids}. */
    public List<Gateway> byIds(List<UUID> ids) {
        return tx.inTransaction(() -> gateways.byIds(ids));
    }

    /** A gateway with what its representation names (its backup server, its pools), read in one transaction. */
    public Details details(UUID id) {
        return tx.inTransaction(() -> {
            Gateway gateway = gateways.find(id).orElseThrow(() -> notFound(id));
            return new Details(gateway, infrastructure.backupServer(gateway.backupServerId()), gateways.poolsOf(id));
        });
    }

    public record Details(Gateway gateway, BackupServer owner, List<GatewayStore.PoolRef> pools) {
    }

    public List<GatewayStore.PoolRef> poolsOf(UUID gatewayId) {
        return tx.inTransaction(() -> gateways.poolsOf(gatewayId));
    }

    /**
     * @param networkTypeRequired strict XML requires NetworkType; lenient XML and JSON default to Direct (SPEC §7 A5)
     */
    public Task requestCreate(UUID sessionId, CreateCloudGatewaySpec request, boolean networkTypeRequired) {
        String host = request.serverHostName() == null ? "" : request.serverHostName().trim();
        if (host.isEmpty()) {
            throw Failure.invalid("Element 'ServerHostName' is required and must not be empty.");
        }
        if (host.length() > MAX_HOST_NAME) {
            throw Failure.invalid("Element 'ServerHostName' must not be longer than " + MAX_HOST_NAME + " characters.");
        }
        requireLength(request.description(), "Description", MAX_DESCRIPTION);
        requireLength(request.externalIp(), "ExternalIp", MAX_ADDRESS);
        NetworkMode mode;
        if (request.networkType() == null || request.networkType().isBlank()) {
            if (networkTypeRequired) {
                throw Failure.invalid("Element 'NetworkType' is required (Direct or NAT).");
            }
            mode = NetworkMode.Direct;
        } else {
            mode = NetworkMode.parse(request.networkType(), "NetworkType");
        }
        // SPEC §7 A44: XSD-generated clients send 0 for unset ports; on create 0 means absent.
        Integer externalPort = Ports.optional(request.externalPort(), "ExternalPort", true);
        Integer internalPort = Ports.optional(request.internalPort(), "InternalPort", true);
        Integer incomingPort = Ports.optional(request.incomingPort(), "IncomingPort", true);
        String externalIp = blankToNull(request.externalIp());
        if (mode == NetworkMode.NAT && externalIp == null) {
            throw Failure.invalid("ExternalIp must be specified when the network mode is NAT.");
        }
        BackupServer backupServer = infrastructure.resolve(request.backupServerUid(), request.backupServerIdOrName());
        int external = externalPort != null ? externalPort : Gateway.DEFAULT_PORT;
        Integer internalOrLegacy = internalPort != null ? internalPort : incomingPort;
        int internal = internalOrLegacy != null ? internalOrLegacy : mode == NetworkMode.NAT ? Gateway.DEFAULT_PORT : external;

        return tasks.submit(sessionId, new GatewayCommand.Create(backupServer.id(), host, request.description(), mode,
                externalIp == null ? null : externalIp.trim(), external, internal));
    }

    public Task requestEdit(UUID sessionId, UUID id, CloudGatewayEdit request) {
        // SPEC §7 A39: the path alone names the gateway; identity attributes of the body (UID too) are ignored, as in a pool PUT.
        Gateway current = get(id);
        requireLength(request.description(), "Description", MAX_DESCRIPTION);
        requireLength(request.externalIp(), "ExternalIP", MAX_ADDRESS);
        NetworkMode newMode = request.networkMode() != null && !request.networkMode().isBlank()
                ? NetworkMode.parse(request.networkMode(), "NetworkMode") : null;
        String newExternalIp = request.externalIp() != null && !request.externalIp().isBlank() ? request.externalIp().trim() : null;
        NetworkMode mode = newMode != null ? newMode : current.networkMode();
        if (mode == NetworkMode.NAT && newExternalIp == null && current.externalIp().isBlank()) {
            throw Failure.invalid("ExternalIp must be specified when the network mode is NAT.");
        }
        Integer externalPort = Ports.optional(request.externalPort(), "ExternalPort", false);
        Integer internalPort = Ports.optional(request.internalPort(), "InternalPort", false);
        return tasks.submit(sessionId, new GatewayCommand.Edit(id, newMode, newExternalIp, externalPort, internalPort, request.enabled(),
                request.description()));
    }

    public Task requestDelete(UUID sessionId, UUID id) {
        get(id);
        return tasks.submit(sessionId, new GatewayCommand.Delete(id));
    }

    static Failure notFound(UUID id) {
        return Failure.notFound("Cloud gateway [" + id + "] was not found.");
    }

    static void requireLength(String value, String element, int max) {
        if (value != null && value.length() > max) {
            throw Failure.invalid("Element '" + element + "' must not be longer than " + max + " characters.");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
