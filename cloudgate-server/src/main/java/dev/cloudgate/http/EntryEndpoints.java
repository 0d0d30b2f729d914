package dev.cloudgate.http;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.auth.LogonSession;
import dev.cloudgate.auth.SessionService;
import dev.cloudgate.infrastructure.Infrastructure;
import dev.cloudgate.wire.Node;
import java.util.List;
import java.util.Locale;

/** {@code GET /api/} and {@code POST /api/sessionMngr/} (SPEC §5.1, §5.2). */
final class EntryEndpoints {
    private final SessionService sessions;
    private final Infrastructure infrastructure;
    private final List<String> versions;

    EntryEndpoints(SessionService sessions, Infrastructure infrastructure, List<String> versions) {
        this.sessions = sessions;
        this.infrastructure = infrastructure;
        this.versions = versions;
    }

    Reply root(Call call) {
        return Reply.ok(SessionViews.enterpriseManager(call.hrefs(), versions));
    }

    Reply logon(Call call) {
        checkVersion(call.param("v"));
        rejectTenantLogon(call);
        LogonSession session = sessions.logon(call.header("Authorization"), call.remoteAddress());
        Node body = SessionViews.session(call.hrefs(), session, "LogonSession", cloudConnect());
        String token = session.token();
        call.session(session);
        return new Reply(201, body, java.util.Map.of())
                .withHeader("X-RestSvcSessionId", token)
                // SPEC §7 A30: exactly this spelling, trailing semicolon included.
                .withHeader("Set-Cookie", "X-RestSvcSessionId=" + token + "; Path=/api;")
                .withHeader("Location", call.hrefs().session(session.id()));
    }

    boolean cloudConnect() {
        return infrastructure.backupServers().stream().anyMatch(s -> s.cloudConnectEnabled());
    }

    /** SPEC §5.2, §7 A32: latest, nothing, or a configured version, in any case; else 400 before credentials (§8 B20). */
    private void checkVersion(String v) {
        if (v == null || v.equalsIgnoreCase("latest")) {
            return;
        }
        for (String version : versions) {
            if (version.equalsIgnoreCase(v.trim())) {
                return;
            }
        }
        throw Failure.invalid("Version '" + v + "' is not supported; use latest or one of " + String.join(", ", versions) + ".");
    }

    /** SPEC §7 A45: a tenant's LoginSpec is outside this slice. */
    private static void rejectTenantLogon(Call call) {
        byte[] peek = call.rawBodyPrefix(512);
        String text = new String(peek, java.nio.charset.StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (text.contains("loginspec") || text.contains("tenantcredentials") || text.contains("vcloudorganizationcredentials")) {
            throw Failure.notImplemented();
        }
    }
}
