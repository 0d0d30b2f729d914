package dev.cloudgate.http.control;

import java.util.Map;

/** A control request, read whole: method, path parameters, query parameters, Accept and body. */
record ControlCall(String method, Map<String, String> params, Map<String, String> query, String accept, byte[] body) {

    String param(String name) {
        return params.get(name);
    }

    String query(String name) {
        return query.get(name);
    }

    <T> T json(Class<T> type) {
        return ControlJson.read(body, type);
    }

    boolean acceptsJson() {
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("json");
    }
}
