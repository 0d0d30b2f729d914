package dev.cloudgate.http;

import dev.cloudgate.audit.AuditLog;
import dev.cloudgate.auth.LogonSession;
import dev.cloudgate.wire.ApiPaths;
import dev.cloudgate.wire.Operations;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The audit line of each mutating API request: logout, gateway and pool requests, task deletion,
 * accepted or refused. Logons are audited where the credentials are checked (auth), task outcomes
 * where tasks run (tasks). Session ids are shortened: a SessionId is as good as its token (SPEC §2.3).
 */
public final class AuditTrail {
    private static final Map<String, String> OPERATIONS = Map.ofEntries(
            Map.entry("DELETE " + ApiPaths.LOGON_SESSION, "Logout"),
            Map.entry("POST " + ApiPaths.CLOUD_GATEWAYS, Operations.CREATE_CLOUD_GATEWAY),
            Map.entry("PUT " + ApiPaths.CLOUD_GATEWAY, Operations.EDIT_CLOUD_GATEWAY),
            Map.entry("DELETE " + ApiPaths.CLOUD_GATEWAY, Operations.DELETE_CLOUD_GATEWAY),
            Map.entry("POST " + ApiPaths.CLOUD_GATEWAY_POOLS, Operations.CREATE_CLOUD_GATEWAY_POOL),
            Map.entry("PUT " + ApiPaths.CLOUD_GATEWAY_POOL, Operations.UPDATE_CLOUD_GATEWAY_POOL),
            Map.entry("DELETE " + ApiPaths.CLOUD_GATEWAY_POOL, Operations.DELETE_CLOUD_GATEWAY_POOL),
            Map.entry("POST " + ApiPaths.CLOUD_TENANTS, Operations.CREATE_CLOUD_TENANT),
            Map.entry("PUT " + ApiPaths.CLOUD_TENANT, Operations.EDIT_CLOUD_TENANT),
            Map.entry("DELETE " + ApiPaths.CLOUD_TENANT, Operations.DELETE_CLOUD_TENANT),
            Map.entry("POST " + ApiPaths.CLOUD_TENANT_RESOURCES, Operations.CREATE_CLOUD_TENANT_RESOURCE),
            Map.entry("DELETE " + ApiPaths.CLOUD_TENANT_RESOURCE, Operations.DELETE_CLOUD_TENANT_RESOURCE),
            // T-A11: the vendor names a subscription's creation like a backup resource's.
            Map.entry("POST " + ApiPaths.CLOUD_TENANT_COMPUTE_RESOURCES, Operations.CREATE_CLOUD_TENANT_RESOURCE),
            Map.entry("DELETE " + ApiPaths.CLOUD_TENANT_COMPUTE_RESOURCE, Operations.DELETE_CLOUD_TENANT_COMPUTE_RESOURCE),
            Map.entry("POST " + ApiPaths.CLOUD_TENANT_SUBTENANTS, Operations.ADD_CLOUD_SUBTENANT),
            Map.entry("PUT " + ApiPaths.CLOUD_TENANT_SUBTENANT, Operations.EDIT_CLOUD_SUBTENANT),
            Map.entry("DELETE " + ApiPaths.CLOUD_TENANT_SUBTENANT, Operations.DELETE_CLOUD_SUBTENANT),
            Map.entry("POST " + ApiPaths.CLOUD_HARDWARE_PLANS, Operations.CREATE_CLOUD_HARDWARE_PLAN),
            Map.entry("PUT " + ApiPaths.CLOUD_HARDWARE_PLAN, Operations.EDIT_CLOUD_HARDWARE_PLAN),
            Map.entry("DELETE " + ApiPaths.CLOUD_HARDWARE_PLAN, Operations.DELETE_CLOUD_HARDWARE_PLAN),
            Map.entry("PUT " + ApiPaths.CLOUD_VLAN, Operations.UPDATE_VLAN_CONFIGURATION),
            Map.entry("DELETE " + ApiPaths.CLOUD_VLAN, Operations.DELETE_VLAN_CONFIGURATION),
            Map.entry("DELETE " + ApiPaths.TASK, "DeleteTask"));
    private static final Pattern SESSION_PATH = Pattern.compile("(?i)(/logonSessions/)([^/?]{8})[^/?]*");
    private static final Pattern TOKEN_LIKE = Pattern.compile("[A-Za-z0-9+=_-]{40,}");
    private static final String SESSIONS_SEGMENT = "/logonSessions/";

    private AuditTrail() {
    }

    /** Writes the line when {@code route} mutates; GETs and the logon route (audited by auth) are left out. */
    static void request(Route route, Call call, Reply reply, Throwable failure) {
        if (route == null || route.method().equals("GET") || route.template().equals(ApiPaths.LOGON)) {
            return;
        }
        String key = route.method() + " " + route.template();
        String operation = OPERATIONS.getOrDefault(key, key);
        LogonSession session = call == null ? null : call.session();
        String target = call == null ? route.template() : loggable(route.template().replace("{id}",
                call.pathParam("id") == null ? "{id}" : call.pathParam("id")));
        AuditLog.record(session == null ? null : session.userName(), operation, target, result(reply, failure));
    }

    private static String result(Reply reply, Throwable failure) {
        String location = reply.headers().get("Location");
        if (reply.status() == 202 && location != null) {
            return "accepted as " + location.substring(location.lastIndexOf('/') + 1);
        }
        if (reply.status() < 300) {
            return "success";
        }
        String message = failure == null || reply.status() >= 500 ? "" : ": " + failure.getMessage();
        return "refused " + reply.status() + message;
    }

    /** A request path fit for a log: session ids cut to their first 8 characters, token-like segments hidden. */
    public static String loggable(String path) {
        if (!mayHoldToken(path)) {
            // The journal asks this of every request; two regular expressions were a tenth of a cached GET's time.
            return path;
        }
        return TOKEN_LIKE.matcher(SESSION_PATH.matcher(path).replaceAll("$1$2…")).replaceAll("…");
    }

    /** Whether either pattern above can match: a /logonSessions/ segment, or a run of 40 token characters. */
    static boolean mayHoldToken(String path) {
        int run = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '=' || c == '_' || c == '-') {
                if (++run >= 40) {
                    return true;
                }
            } else {
                run = 0;
                if (c == '/' && path.regionMatches(true, i, SESSIONS_SEGMENT, 0, SESSIONS_SEGMENT.length())) {
                    return true;
                }
            }
        }
        return false;
    }
}
