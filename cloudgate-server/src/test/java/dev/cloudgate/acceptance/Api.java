package dev.cloudgate.acceptance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one raw HTTP client of the acceptance tests: exact bytes out, status, headers and body in.
 * It keeps a logon session token once {@link #logon} succeeded.
 */
public final class Api {
    public static final String ADMIN = "TECH\\Administrator";
    public static final String PORTAL_USER = "TECH\\portal.user";
    public static final String RESTORE_OPERATOR = "TECH\\restore.op";
    public static final String PASSWORD = "Password";
    public static final String XML = "application/xml";
    public static final String JSON = "application/json";
    /** The demo seed's backup servers, for the many tests that name them through this client (see {@link DemoSeed}). */
    public static final String BS1 = DemoSeed.BS1;
    public static final String BS2 = DemoSeed.BS2;

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final HttpClient client;
    private String token;
    private String accept;

    public Api(String base) {
        this(base, CLIENT);
    }

    /** An Api over a client of the test's own, e.g. one that trusts the server's HTTPS certificate. */
    public Api(String base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    public String base() {
        return base;
    }

    public String token() {
        return token;
    }

    public Api token(String value) {
        this.token = value;
        return this;
    }

    /** Accept header for the following requests; null sends none. */
    public Api accept(String value) {
        this.accept = value;
        return this;
    }

    public Api logon() {
        return logon(ADMIN, PASSWORD);
    }

    public Api logon(String user, String password) {
        Response r = send("POST", "/sessionMngr/?v=latest", null, null,
                Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))));
        if (r.status() != 201) {
            throw new AssertionError("logon failed: " + r);
        }
        token = r.header("X-RestSvcSessionId");
        return this;
    }

    public Response get(String path) {
        return send("GET", path, null, null, Map.of());
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null, Map.of());
    }

    public Response post(String path, String contentType, String body) {
        return send("POST", path, contentType, body, Map.of());
    }

    public Response put(String path, String contentType, String body) {
        return send("PUT", path, contentType, body, Map.of());
    }

    public Response send(String method, String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null && !headers.containsKey("X-RestSvcSessionId")) {
            request.header("X-RestSvcSessionId", token);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Map<String, String> flat = new LinkedHashMap<>();
            response.headers().map().forEach((k, v) -> flat.put(k.toLowerCase(), String.join(", ", v)));
            return new Response(response.statusCode(), flat, response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    /** Polls a task until it is Finished and returns its last representation. */
    public Response awaitTask(String taskHref) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Response r;
        do {
            r = get(taskHref);
            if (r.body().contains("Finished")) {
                return r;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError("task did not finish: " + r);
    }

    public record Response(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        /** The first capture group of {@code regex} in the body, or null. */
        public String find(String regex) {
            Matcher m = Pattern.compile(regex).matcher(body);
            return m.find() ? m.group(1) : null;
        }
    }
}
