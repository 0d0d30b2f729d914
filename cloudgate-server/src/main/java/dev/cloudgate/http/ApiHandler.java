package dev.cloudgate.http;

import dev.cloudgate.query.QueryString;
import dev.cloudgate.failure.Failure;
import dev.cloudgate.auth.LogonSession;
import dev.cloudgate.auth.SessionService;
import dev.cloudgate.wire.BodyException;
import dev.cloudgate.wire.MediaFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
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
    /** Time every body gets before the minimum rate counts (docs/operations.md). */
    static final long BODY_GRACE_MILLIS = 10_000;
    /** Bytes per second a body must arrive at, beyond the grace time. */
    static final long MIN_BODY_RATE = 16 * 1024;

    private final Routes routes;
    private final SessionService sessions;
    private final String publicBaseUrl;
    private final boolean strictXml;
    private final int maxBodyBytes;
    private final RequestObserver observer;
    private final RequestFaults faults;
    /** Scheme, Host and the base URL made of them, for the last request: see {@link #baseUrl}. */
    private volatile String[] lastBase;

    public ApiHandler(Routes routes, SessionService sessions, String publicBaseUrl, boolean strictXml, int maxBodyBytes,
            RequestObserver observer, RequestFaults faults) {
        this.routes = routes;
        this.sessions = sessions;
        this.publicBaseUrl = publicBaseUrl;
        this.strictXml = strictXml;
        this.maxBodyBytes = maxBodyBytes;
        this.observer = observer;
        this.faults = faults;
    }

    /**
     * Handles a request whose path starts with {@code /api}; {@code apiPath} is the rest. The caller is
     * authenticated and the route found before any byte of the body is read, and the body is then read
     * without holding a thread (demand-driven): a client that sends its body slowly costs a connection,
     * not a thread, and one that is not logged on is answered before it has sent anything.
     */
    public void handle(Request request, Response response, Callback callback, String apiPath) {
        Exchange exchange = new Exchange(request, response, callback, apiPath);
        Route route;
        try {
            exchange.fault = faults.inject(request.getMethod(), "/api" + apiPath);
            if (exchange.fault != null && exchange.fault.status() != 0) {
                // An injected answer comes before every check, as from a failing proxy in front of EM.
                throw new ApiException(exchange.fault.status(), exchange.fault.message());
            }
            exchange.open();
            route = resolve(exchange.call, exchange.matched, request, false);
        } catch (Throwable failure) {
            exchange.finish(null, failure);
            return;
        }
        if (!hasBody(request)) {
            exchange.run(route);
            return;
        }
        long declared = request.getLength();
        if (declared > maxBodyBytes) {
            exchange.finish(null, tooLarge());
            return;
        }
        // A minimum data rate: the body must arrive within a grace time plus its length at MIN_BODY_RATE.
        long deadline = BODY_GRACE_MILLIS + (declared > 0 ? declared : maxBodyBytes) * 1000L / MIN_BODY_RATE;
        Scheduler.Task timeout = request.getComponents().getScheduler().schedule(
                () -> exchange.finish(null, new ApiException(408, "The request body did not arrive in time (at least "
                        + MIN_BODY_RATE + " bytes/s after " + BODY_GRACE_MILLIS / 1000 + " s).")),
                deadline, TimeUnit.MILLISECONDS);
        BodyRead.start(request, maxBodyBytes, (body, failure) -> {
            timeout.cancel();
            if (failure != null) {
                exchange.finish(null, unreadable(failure));
                return;
            }
            exchange.call.body(body);
            exchange.run(route);
        });
    }

    /**
     * Answers a GET on the calling thread, which is a network thread, when the answer is at hand: the
     * caller's session is in memory and the route's answer is in the {@link ResponseCache}. That is what a
     * polling client asks for most, and it then costs no hand-off to a worker thread. When only the answer
     * is missing (the session, route and role are settled), {@code worker} builds it, and no step is done
     * twice. Returns false, having written nothing and changed nothing but the session's idle clock, when an
     * earlier step would need the store, a wait or a refusal; the caller then hands the request to a worker,
     * which calls {@link #handle}.
     */
    public boolean answerAtHand(Request request, Response response, Callback callback, String apiPath, Executor worker) {
        if (!"GET".equals(request.getMethod()) || hasBody(request) || !faults.idle()) {
            return false;
        }
        Exchange exchange = new Exchange(request, response, callback, apiPath);
        Reply reply;
        try {
            exchange.open();
            Route route = resolve(exchange.call, exchange.matched, request, true);
            if (!(route.endpoint() instanceof ResponseCache.Cached cached)) {
                return false;
            }
            reply = cached.atHand(exchange.call);
            if (reply == null) {
                // Where handle() would be now for a GET: only the endpoint is left to run.
                worker.execute(() -> exchange.run(route));
                return true;
            }
        } catch (RuntimeException notAtHand) {
            // NotAtHand, or a refusal: the worker finds it again and answers it the usual way.
            return false;
        }
        exchange.finish(reply, null);
        return true;
    }

    /** One request on its way through: what the answer, the journal and the metrics need at the end. */
    private final class Exchange {
        final long started = System.nanoTime();
        final Request request;
        final Response response;
        final Callback callback;
        final String apiPath;
        final MediaFormat format;
        final Route[] matched = new Route[1];
        Call call;
        RequestFaults.Injected fault;
        /** Answered once: a body that arrives after its deadline finds the exchange answered (408). */
        private final AtomicBoolean answered = new AtomicBoolean();

        Exchange(Request request, Response response, Callback callback, String apiPath) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.apiPath = apiPath;
            this.format = Negotiation.responseFormat(request.getHeaders().get("Accept"));
        }

        /** Builds the call from the request line and headers (no body yet). */
        void open() {
            call = newCall(request, apiPath);
            call.responseFormat(format);
            call.remoteAddress(() -> Request.getRemoteAddr(request));
        }

        void run(Route route) {
            if (answered.get()) {
                return;
            }
            Reply reply;
            try {
                reply = route.endpoint().handle(call);
            } catch (Throwable failure) {
                finish(null, failure);
                return;
            }
            finish(reply, null);
        }

        void finish(Reply answer, Throwable refusal) {
            if (!answered.compareAndSet(false, true)) {
                return;
            }
            Reply reply = answer;
            if (refusal != null) {
                reply = Errors.reply(refusal);
                if (reply.status() == 500 && !(refusal instanceof ApiException)) {
                    // The path only, never the query or headers; session ids in it are shortened (SPEC §2.3).
                    LOG.error("{} {} failed", request.getMethod(), AuditTrail.loggable(apiPath), refusal);
                }
            }
            // Audited before the answer leaves, so that a client that saw the answer finds the line.
            AuditTrail.request(matched[0], call, reply, refusal);
            String user = call != null && call.session() != null ? call.session().userName() : null;
            observer.observe(request.getMethod(), "/api" + apiPath, matched[0] == null ? null : "/api" + matched[0].template(),
                    reply.status(), System.nanoTime() - started, user, fault == null ? null : fault.label());
            // Written after the journal and metrics saw it, so a client that has the answer finds its entry.
            Responses.write(response, callback, reply, format);
        }
    }

    /**
     * SPEC §1.5 up to the role: authentication, path, method, role. Returns the route to run. With
     * {@code memoryOnly}, a caller whose session needs the store makes it throw {@link NotAtHand}.
     */
    private Route resolve(Call call, Route[] matched, Request request, boolean memoryOnly) {
        Routes.Lookup found = routes.lookup(call.method(), call.path());
        Route route = found.route();
        matched[0] = route;
        if (route == null || route.access() != Access.PUBLIC) {
            call.session(authenticate(call, request, memoryOnly));
        }
        if (!found.pathKnown()) {
            VendorPaths.refuse(found.segments(), call.session().role());
        }
        if (route != null) {
            route.access().check(call.session());
        }
        return found.resolve(call, call.path(), "resource");
    }

    /**
     * SPEC §1.4, §2.3: the cookie wins over the header when both are sent. A state-changing request that
     * only the cookie authenticates, sent from a page of another origin (its {@code Origin}, else its
     * {@code Referer}, names one), is refused 403: a browser adds the cookie to cross-site requests by
     * itself, but never the header, so clients that send the header are unaffected (docs/users.md).
     */
    private LogonSession authenticate(Call call, Request request, boolean memoryOnly) {
        String token = call.header("Cookie:" + TOKEN);
        boolean cookieOnly = token != null && call.header(TOKEN) == null;
        if (token == null) {
            token = call.header(TOKEN);
        }
        if (token == null || token.isBlank()) {
            throw Failure.unauthorized("Logon session is required: send the X-RestSvcSessionId header.");
        }
        LogonSession session = memoryOnly ? sessions.authenticateFromMemory(token.trim()) : sessions.authenticate(token.trim());
        if (session == null) {
            throw NotAtHand.INSTANCE;
        }
        if (cookieOnly && !SAFE_METHODS.contains(call.method()) && crossSite(call, request)) {
            throw Failure.forbidden();
        }
        return session;
    }

    /** The session is not in memory (answerAtHand): a worker authenticates it against the store. */
    private static final class NotAtHand extends RuntimeException {
        static final NotAtHand INSTANCE = new NotAtHand();

        private NotAtHand() {
            super(null, null, false, false);
        }
    }

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** Whether the request names an origin other than this server's (as addressed, or its public base URL). */
    private boolean crossSite(Call call, Request request) {
        String from = call.header("Origin");
        if (from == null || from.isBlank()) {
            from = call.header("Referer");
        }
        if (from == null || from.isBlank()) {
            return false;
        }
        String sender = origin(from.trim());
        String host = request.getHeaders().get("Host");
        String own = host == null ? null : origin(request.getHttpURI().getScheme() + "://" + host);
        return sender == null || !(sender.equals(own) || publicBaseUrl != null && sender.equals(origin(publicBaseUrl)));
    }

    /** scheme://host:port in lower case with the default port made explicit; null when not a URL ("null" origins). */
    private static String origin(String url) {
        try {
            java.net.URI uri = java.net.URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            return scheme + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Call newCall(Request request, String apiPath) {
        String path = apiPath.isEmpty() ? "/" : apiPath;
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String rawQuery = request.getHttpURI().getQuery();
        // Most clients send the token as a header: parse cookies only when there are any.
        List<HttpCookie> cookies = request.getHeaders().contains(HttpHeader.COOKIE) ? Request.getCookies(request) : List.of();
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
        }, new byte[0], new Hrefs(baseUrl(request)), strictXml);
    }

    private static boolean hasBody(Request request) {
        return request.getLength() > 0 || request.getLength() < 0 && request.getHeaders().contains("Transfer-Encoding");
    }

    private ApiException tooLarge() {
        return new ApiException(413, "The request body is larger than " + maxBodyBytes + " bytes.");
    }

    private Throwable unreadable(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof BodyRead.TooLarge) {
            return tooLarge();
        }
        if (cause instanceof org.eclipse.jetty.http.HttpException e && e.getCode() == 408) {
            return new ApiException(408, "The request body arrived too slowly.");
        }
        // A broken chunked encoding or a body cut short is the client's fault, not a 500.
        return new ApiException(400, "The request body could not be read: it is cut short or its transfer encoding is broken.");
    }

    /** SPEC §1.1: from the configured public base URL, else scheme and Host of the request. */
    private String baseUrl(Request request) {
        if (publicBaseUrl != null) {
            return publicBaseUrl;
        }
        String host = request.getHeaders().get("Host");
        if (!plainHost(host)) {
            host = Request.getLocalAddr(request) + ":" + Request.getLocalPort(request);
        }
        String scheme = request.getHttpURI().getScheme();
        // Clients send the same Host on every request: reuse the last base rather than build it again.
        String[] last = lastBase;
        if (last != null && last[0].equals(scheme) && last[1].equals(host)) {
            return last[2];
        }
        String base = scheme + "://" + host + "/api";
        lastBase = new String[] {scheme, host, base};
        return base;
    }

    /** Host names, IPv4 and bracketed IPv6 addresses, with a port: nothing that could bend an Href. */
    private static boolean plainHost(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-' || c == '[' || c == ']' || c == ':' || c == '_';
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
