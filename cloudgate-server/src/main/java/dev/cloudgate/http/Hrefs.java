package dev.cloudgate.http;

import dev.cloudgate.wire.ApiPaths;
import java.util.UUID;

/** Absolute Hrefs from the public base URL (SPEC §1.1, §1.6); path shapes are fixed because real clients build them. */
public record Hrefs(String base) {

    public String root() {
        return base + "/";
    }

    public String of(String path) {
        return base + path;
    }

    public String backupServer(UUID id) {
        return base + ApiPaths.of(ApiPaths.BACKUP_SERVER, id);
    }

    public String managedServer(UUID id) {
        return base + ApiPaths.of(ApiPaths.MANAGED_SERVER, id);
    }

    public String gateway(UUID id) {
        return base + ApiPaths.of(ApiPaths.CLOUD_GATEWAY, id);
    }

    public String pool(UUID id) {
        return base + ApiPaths.of(ApiPaths.CLOUD_GATEWAY_POOL, id);
    }

    public String tenant(UUID id) {
        return base + ApiPaths.of(ApiPaths.CLOUD_TENANT, id);
    }

    public String session(UUID id) {
        return base + ApiPaths.of(ApiPaths.LOGON_SESSION, id);
    }

    public String task(String taskId) {
        return base + ApiPaths.of(ApiPaths.TASK, taskId);
    }

    public static String entity(String href) {
        return href + "?format=Entity";
    }
}
