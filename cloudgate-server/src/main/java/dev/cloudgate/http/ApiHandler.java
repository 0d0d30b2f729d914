package dev.cloudgate.http;

import dev.cloudgate.query.QueryString;
import dev.cloudgate.failure.Failure;
import dev.cloudgate.auth.LogonSession;
import dev.cloudgate.auth.SessionService;
import dev.cloudgate.wire.BodyException;
import dev.cloudgate.wire.MediaFormat;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code /api}. The order of checks is SPEC §1.5's: authentication, path, method, role;
 * then the endpoint checks the object, the Content-Type and the body. Every refusal becomes an
 * {@code Error} body in the negotiated format here, and nowhere else.
 */
public final class ApiHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private static final String TOKEN = "X-RestSvcSessionId";

    private final List<Route> routes;
    private final SessionService sessions;
    private final String publicBaseUrl;
    private final boolean strictXml;
    private final int maxBodyBytes;
    private final RequestObserver observer;
    private final RequestFaults faults;

    public ApiHandler(Routes routes, SessionService sessions, String publicBaseUrl, boolean strictXml, int maxBodyBytes,
            RequestObserver observer, RequestFaults faults) {
        this.routes = List.copyOf(routes.all());
        this.sessions = sessions;
        this.publicBaseUrl = publicBaseUrl;
        this.strictXml = strictXml;
        this.maxBodyBytes = maxBodyBytes;
        this.observer = observer;
        this.faults = faults;
    }

    /** Handles a request whose path starts with {@code /api}; {@code apiPath} is the rest. */
    public void handle(Request request, Response response, Callback callback, String apiPath) {
        long started = System.nanoTime();
        MediaFormat format = Negotiation.responseFormat(request.getHeaders().get("Accept"));
        Route[] matched = new Route[1];
        Call call = null;
        RequestFaults.Injected fault = null;
        Reply reply;
        Throwable refusal = null;
        try {
            fault = faults.inject(request.getMethod(), "/api" + apiPath);
            if (fault != null && fault.status() != 0) {
                // An injected answer comes before every check, as from a failing proxy in front of EM.
                throw new ApiException(fault.status(), fault.message());
            }
            call = newCall(request, apiPath);
            call.responseFormat(format);
            reply = dispatch(call, matched);
        } catch (Throwable failure) {
            refusal = failure;
            reply = Errors.reply(failure);
            if (reply.status() == 500 && !(failure instanceof ApiException)) {
                // The path only, never the query or headers; session ids in it are shortened (SPEC §2.3).
                LOG.error("{} {} failed", request.getMethod(), AuditTrail.loggable(apiPath), failure);
            }
        }
        // Audited before the answer leaves, so that a client that saw the answer finds the line.
        AuditTrail.request(matched[0], call, reply, refusal);
        // Journaled (and counted) before the answer leaves too: a client that saw the answer finds its entry.
        String user = call != null && call.session() != null ? call.session().userName() : null;
        observer.observe(request.getMethod(), "/api" + apiPath, matched[0] == null ? null : "/api" + matched[0].template(),
                reply.status(), System.nanoTime() - started, user, fault == null ? null : fault.label());
        Responses.write(response, callback, reply, format);
    }

    private Reply dispatch(Call call, Route[] matched) {
        String[] segments = Route.parts(call.path());
        List<Route> onPath = new ArrayList<>();
        Route route = null;
        Map<String, String> params = null;
        for (Route candidate : routes) {
            Map<String, String> found = candidate.match(segments);
            if (found != null) {
                onPath.add(candidate);
                if (route == null && candidate.method().equals(call.method())) {
                    route = candidate;
                    params = found;
                }
            }
        }
        matched[0] = route;
        if (route == null || route.access() != Access.PUBLIC) {
            call.session(authenticate(call));
        }
        if (onPath.isEmpty()) {
            VendorPaths.refuse(segments, call.session().role());
            throw Failure.notFound("The resource " + call.path() + " was not found.");
        }
        if (route == null) {
            Set<String> allowed = new LinkedHashSet<>();
            onPath.forEach(r -> allowed.add(r.method()));
            throw new ApiException(405, "Method " + call.method() + " is not allowed on " + call.path() + ".", String.join(", ", allowed));
        }
        route.access().check(call.session());
        call.pathParams(params);
        return route.endpoint().handle(call);
    }

    /** SPEC §1.4, §2.3: the cookie wins over the header when both are sent. */
    private LogonSession authenticate(Call call) {
        String token = call.header("Cookie:" + TOKEN);
        if (token == null) {
            token = call.header(TOKEN);
        }
        if (token == null || token.isBlank()) {
            throw Failure.unauthorized("Logon session is required: send the X-RestSvcSessionId header.");
        }
        return sessions.authenticate(token.trim());
    }

    private Call newCall(Request request, String apiPath) {
        String path = apiPath.isEmpty() ? "/" : apiPath;
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String rawQuery = request.getHttpURI().getQuery();
        byte[] body = readBody(request);
        List<HttpCookie> cookies = Request.getCookies(request);
        return new Call(request.getMethod(), path, rawQuery == null ? "" : rawQuery, QueryString.parse(rawQuery).parameters(), name -> {
            if (name.startsWith("Cookie:")) {
                String wanted = name.substring(7);
                for (HttpCookie cookie : cookies) {
                    if (cookie.getName().equalsIgnoreCase(wanted)) {
                        return cookie.getValue();
                    }
                }
                return null;
            }
            return request.getHeaders().get(name);
        }, body, new Hrefs(baseUrl(request)), strictXml);
    }

    private byte[] readBody(Request request) {
        long declared = request.getLength();
        if (declared > maxBodyBytes) {
            throw new ApiException(413, "The request body is larger than " + maxBodyBytes + " bytes.");
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            if (body.length > maxBodyBytes) {
                throw new ApiException(413, "The request body is larger than " + maxBodyBytes + " bytes.");
            }
            return body;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // A broken chunked encoding or a body cut short is the client's fault, not a 500.
            throw new ApiException(400, "The request body could not be read: it is cut short or its transfer encoding is broken.");
        }
    }

    /** SPEC §1.1: from the configured public base URL, else scheme and Host of the request. */
    private String baseUrl(Request request) {
        if (publicBaseUrl != null) {
            return publicBaseUrl;
        }
        String host = request.getHeaders().get("Host");
        if (host == null || host.isBlank() || !host.matches("[A-Za-z0-9.\\-\\[\\]:_]+")) {
            host = Request.getLocalAddr(request) + ":" + Request.getLocalPort(request);
        }
        return request.getHttpURI().getScheme() + "://" + host + "/api";
    }
}
