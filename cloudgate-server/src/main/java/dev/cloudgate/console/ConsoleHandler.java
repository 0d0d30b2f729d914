package dev.cloudgate.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudgate.failure.Failure;
import dev.cloudgate.auth.LogonSession;
import dev.cloudgate.auth.Role;
import dev.cloudgate.auth.SessionService;
import dev.cloudgate.http.ApiException;
import dev.cloudgate.http.Errors;
import dev.cloudgate.http.Responses;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.Graceful;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web console under {@code /console} (docs/console.md): its static page, logon and logout on
 * the API's own logon sessions (the token in an HttpOnly cookie scoped to {@code /console}), the
 * inventory and task reads, the change feed, and steering through the control API on the session's
 * behalf: the admin token never reaches the page.
 */
public final class ConsoleHandler extends Handler.Abstract implements Graceful {
    public static final String PREFIX = "/console";
    static final String COOKIE = "cloudgate-console";
    static final String CSRF_HEADER = "X-Cloudgate-Csrf";
    /** The page's policy: its own scripts and styles only, no inline code, no framing, no other hosts. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY_BYTES = 64 << 10;
    /** Control operations the console steers with; the rest of the control API stays for test code. */
    private static final List<String> STEERING = List.of("/reset", "/faults", "/requests");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");

    private final SessionService sessions;
    private final ConsoleReads reads;
    private final ChangeFeed feed;
    private final Handler control;
    private final String controlPrefix;
    private final String adminToken;
    private final StaticFiles files = new StaticFiles();

    ConsoleHandler(SessionService sessions, ConsoleReads reads, ChangeFeed feed, Handler control, String controlPrefix,
            String adminToken) {
        this.sessions = sessions;
        this.reads = reads;
        this.feed = feed;
        this.control = control;
        this.controlPrefix = controlPrefix;
        this.adminToken = adminToken;
    }

    /**
     * Ends the open change streams when the server shuts down (the server adds this handler as a bean):
     * a stream never ends by itself, so a graceful stop would otherwise wait for it until its timeout.
     */
    @Override
    public CompletableFuture<Void> shutdown() {
        feed.close();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public boolean isShutdown() {
        return feed.isClosed();
    }

    @Override
    protected void doStop() throws Exception {
        feed.close();
        super.doStop();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        if (!path.equals(PREFIX) && !path.startsWith(PREFIX + "/")) {
            return false;
        }
        String rest = path.substring(PREFIX.length());
        HttpFields.Mutable headers = response.getHeaders();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "same-origin");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        try {
            if (rest.isEmpty()) {
                headers.put(HttpHeader.LOCATION, PREFIX + "/");
                response.setStatus(302);
                response.write(true, null, callback);
                return true;
            }
            if (!SAFE_METHODS.contains(request.getMethod())) {
                checkOrigin(request);
            }
            switch (rest) {
                case "/session" -> session(request, response, callback);
                case "/inventory" -> {
                    seer(request);
                    json(response, callback, 200, reads.inventory());
                }
                case "/tasks" -> {
                    seer(request);
                    json(response, callback, 200, reads.tasks());
                }
                case "/events" -> events(request, response, callback);
                default -> {
                    if (rest.startsWith("/control/")) {
                        steer(request, response, callback, rest.substring("/control".length()));
                    } else {
                        serveFile(request, response, callback, rest);
                    }
                }
            }
        } catch (Exception e) {
            // The API's one table from refusals to statuses; a fault of the server keeps its details in the log.
            Errors.Refusal refusal = Errors.refusal(e);
            if (refusal.serverFault()) {
                LOG.error("console request failed", e);
            }
            if (refusal.allow() != null) {
                response.getHeaders().put(HttpHeader.ALLOW, refusal.allow());
            }
            json(response, callback, refusal.status(), Map.of("status", refusal.status(),
                    "message", refusal.serverFault() ? "The console request could not be completed." : refusal.message()));
        }
        return true;
    }

    private void session(Request request, Response response, Callback callback) throws IOException {
        switch (request.getMethod()) {
            case "GET" -> {
                // "Nobody is logged on" is an answer here, not an error: the page asks it on every load.
                LogonSession session;
                try {
                    session = current(request);
                } catch (Failure f) {
                    if (f.kind() != Failure.Kind.UNAUTHORIZED) {
                        throw f;
                    }
                    Map<String, Object> none = new LinkedHashMap<>();
                    none.put("user", null);
                    json(response, callback, 200, none);
                    return;
                }
                json(response, callback, 200, describe(session));
            }
            case "POST" -> {
                JsonNode body = readJson(request);
                String user = text(body, "user");
                String password = text(body, "password");
                String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
                LogonSession session = sessions.logon(basic);
                response.getHeaders().add(HttpHeader.SET_COOKIE, cookie(request, session.token(), false));
                json(response, callback, 200, describe(session));
            }
            case "DELETE" -> {
                LogonSession session = current(request);
                checkCsrf(request, session);
                feed.close(session.id());
                sessions.logout(session.id());
                response.getHeaders().add(HttpHeader.SET_COOKIE, cookie(request, "", true));
                response.setStatus(204);
                response.write(true, null, callback);
            }
            default -> throw new ApiException(405, "The console session answers GET, POST and DELETE.", "GET, POST, DELETE");
        }
    }

    private void events(Request request, Response response, Callback callback) {
        LogonSession session = seer(request);
        if (!feed.open(session.id(), request, response, callback)) {
            json(response, callback, 503, Map.of("status", 503, "message", "Too many console streams are open; close a console tab."));
        }
    }

    /** Forwards a steering call to the control API as if it carried the admin token, for Portal Administrators only. */
    private void steer(Request request, Response response, Callback callback, String controlPath) throws Exception {
        LogonSession session = current(request);
        if (session.role() != Role.PORTAL_ADMINISTRATOR) {
            throw new ApiException(403, "Your role may not do this in the console.");
        }
        if (!SAFE_METHODS.contains(request.getMethod())) {
            checkCsrf(request, session);
        }
        if (STEERING.stream().noneMatch(p -> controlPath.equals(p) || controlPath.startsWith(p + "/"))) {
            throw new ApiException(404, "The console does not steer " + controlPath + ".");
        }
        HttpURI uri = HttpURI.build(request.getHttpURI()).path(controlPrefix + controlPath);
        HttpFields headers = HttpFields.build(request.getHeaders())
                .remove(HttpHeader.COOKIE)
                .put(HttpHeader.AUTHORIZATION, "Bearer " + adminToken)
                .asImmutable();
        Request forwarded = new Request.Wrapper(request) {
            @Override
            public HttpURI getHttpURI() {
                return uri;
            }

            @Override
            public HttpFields getHeaders() {
                return headers;
            }
        };
        control.handle(forwarded, response, callback);
    }

    private void serveFile(Request request, Response response, Callback callback, String rest) {
        if (!SAFE_METHODS.contains(request.getMethod())) {
            throw new ApiException(405, "Console files answer GET.", "GET, HEAD");
        }
        StaticFiles.File file = files.find(rest);
        if (file == null) {
            throw new ApiException(404, "The console has no " + PREFIX + rest + ".");
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, file.contentType());
        response.getHeaders().put("Content-Security-Policy", CSP);
        // Revalidated on each load, so a new version of the jar is picked up at once.
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, file.bytes().length);
        response.write(true, request.getMethod().equals("HEAD") ? null : ByteBuffer.wrap(file.bytes()), callback);
    }

    /** The logged-on session of this request's cookie; 401 (and the cookie dropped) when none is live. */
    private LogonSession current(Request request) {
        String token = null;
        for (HttpCookie cookie : Request.getCookies(request)) {
            if (cookie.getName().equals(COOKIE)) {
                token = cookie.getValue();
            }
        }
        if (token == null || token.isEmpty()) {
            throw Failure.unauthorized("Log on to use the console.");
        }
        return sessions.authenticate(token);
    }

    /** A session that may see the Cloud Connect inventory (SPEC §2.5: not Restore Operators). */
    private LogonSession seer(Request request) {
        LogonSession session = current(request);
        if (!session.role().seesInfrastructure()) {
            throw new ApiException(403, "Your role may not do this in the console.");
        }
        return session;
    }

    /**
     * The CSRF token is a hash of the session token: another site can neither read the HttpOnly cookie
     * nor this page's memory, so it cannot send the header; any node sharing the store can check it.
     */
    static String csrfToken(LogonSession session) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("cloudgate-console-csrf:".getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest(session.token().getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void checkCsrf(Request request, LogonSession session) {
        String sent = request.getHeaders().get(CSRF_HEADER);
        byte[] expected = csrfToken(session).getBytes(StandardCharsets.US_ASCII);
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.US_ASCII), expected)) {
            throw new ApiException(403, "The console's request token is missing or wrong: reload the page.");
        }
    }

    /** A state-changing request must come from this origin: a browser names the page's origin in Origin (or Referer). */
    private static void checkOrigin(Request request) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        String referer = request.getHeaders().get(HttpHeader.REFERER);
        String own = request.getHttpURI().getScheme() + "://" + request.getHttpURI().getAuthority();
        boolean ok;
        if (origin != null) {
            ok = origin.equalsIgnoreCase(own);
        } else if (referer != null) {
            ok = referer.regionMatches(true, 0, own + "/", 0, own.length() + 1);
        } else {
            ok = true; // not a browser; the CSRF header still has to match, and the logon body must be JSON
        }
        if (!ok) {
            throw new ApiException(403, "Cross-site requests to the console are refused.");
        }
    }

    private static String cookie(Request request, String token, boolean expire) {
        return COOKIE + "=" + token + "; Path=" + PREFIX + "; HttpOnly; SameSite=Strict"
                + (request.isSecure() ? "; Secure" : "") + (expire ? "; Max-Age=0" : "");
    }

    private static Map<String, Object> describe(LogonSession session) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("user", session.userName());
        map.put("role", session.role().title());
        map.put("seesInventory", session.role().seesInfrastructure());
        map.put("steers", session.role() == Role.PORTAL_ADMINISTRATOR);
        map.put("csrf", csrfToken(session));
        return map;
    }

    private static JsonNode readJson(Request request) throws IOException {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        // JSON only: a cross-site form cannot send it without a preflight we never answer.
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(400, "Send the logon as application/json: {\"user\": …, \"password\": …}.");
        }
        byte[] body;
        try (InputStream in = Content.Source.asInputStream(request)) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new ApiException(400, "The request body is too large.");
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new ApiException(400, "The logon body must be a JSON object.");
            }
            return node;
        } catch (IOException e) {
            throw new ApiException(400, "The logon body is not JSON.");
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new ApiException(400, "Fill in the " + field + " field.");
        }
        return value.asText();
    }

    private static void json(Response response, Callback callback, int status, Object body) {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Responses.status(response, status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }
}
