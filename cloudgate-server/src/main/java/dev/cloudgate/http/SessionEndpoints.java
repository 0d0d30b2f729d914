package dev.cloudgate.http;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.auth.LogonSession;
import dev.cloudgate.auth.SessionService;
import dev.cloudgate.wire.Node;

/** {@code /logonSessions} (SPEC §5.3): a caller sees its own user's sessions only. */
record SessionEndpoints(SessionService sessions, EntryEndpoints entry) {
    Reply list(Call call) {
        boolean cloud = entry.cloudConnect();
        Node list = Node.list("LogonSessions", "LogonSession");
        for (LogonSession s : sessions.sessionsOf(call.session())) {
            list.add(SessionViews.session(call.hrefs(), s, "LogonSession", cloud));
        }
        return Reply.ok(list);
    }

    Reply get(Call call) {
        return Reply.ok(SessionViews.session(call.hrefs(), find(call), "LogonSession", entry.cloudConnect()));
    }

    Reply delete(Call call) {
        sessions.logout(find(call).id());
        return Reply.noContent();
    }

    private LogonSession find(Call call) {
        String raw = call.pathParam("id");
        return dev.cloudgate.wire.Uids.parse("LogonSession", raw)
                .flatMap(id -> sessions.sessionOf(call.session(), id))
                .orElseThrow(() -> Failure.notFound("Logon session [" + raw + "] was not found."));
    }
}
