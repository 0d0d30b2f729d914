package dev.cloudgate.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;

/** Raw HTTP to the control API, with the admin token as a bearer token (or another one, or none). */
public final class Control {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Api http;
    private final String token;

    public Control(String base, String token) {
        this.http = new Api(base);
        this.token = token;
    }

    public String base() {
        return http.base();
    }

    public Api.Response get(String path) {
        return send("GET", path, null, null);
    }

    public Api.Response postJson(String path, String json) {
        return send("POST", path, "application/json", json);
    }

    public Api.Response put(String path, String contentType, String body) {
        return send("PUT", path, contentType, body);
    }

    public Api.Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Api.Response reset() {
        Api.Response r = send("POST", "/reset", null, null);
        if (r.status() != 200) {
            throw new AssertionError("reset failed: " + r);
        }
        return r;
    }

    public Api.Response send(String method, String path, String contentType, String body) {
        Map<String, String> headers = new HashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        return http.send(method, path, contentType, body, headers);
    }

    public Control withToken(String other) {
        return new Control(http.base(), other);
    }

    /** Adds a fault and returns its id. */
    public String fault(String json) {
        Api.Response r = postJson("/faults", json);
        if (r.status() != 201) {
            throw new AssertionError("fault not added: " + r);
        }
        return json(r).get("id").asText();
    }

    public static JsonNode json(Api.Response r) {
        try {
            return JSON.readTree(r.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + r, e);
        }
    }
}
