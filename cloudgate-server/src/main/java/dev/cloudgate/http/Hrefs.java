package dev.cloudgate.http;

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
        return base + "/backupServers/" + id;
    }

    public String managedServer(UUID id) {
        return base + "/managedServers/" + id;
    }

    public String gateway(UUID id) {
        return base + "/cloud/gateways/" + id;
    }

    public String pool(UUID id) {
        return base + "/cloud/gatewayPools/" + id;
    }

    public String tenant(UUID id) {
        return base + "/cloud/tenants/" + id;
    }

    public String session(UUID id) {
        return base + "/logonSessions/" + id;
    }

    public String task(String taskId) {
        return base + "/tasks/" + taskId;
    }

    public static String entity(String href) {
        return href + "?format=Entity";
    }
}
