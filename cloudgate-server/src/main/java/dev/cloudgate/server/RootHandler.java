package dev.cloudgate.server;

import dev.cloudgate.http.ApiHandler;
import dev.cloudgate.http.Responses;
import dev.cloudgate.wire.MediaFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Splits the URL space: {@code /api} is the vendor API; other prefixes (metrics, health, the
 * control API) are registered beside it, as WireMock keeps {@code /__admin} beside its stubs.
 */
final class RootHandler extends Handler.Abstract {
    private final ApiHandler api;
    private final Map<String, Handler> beside = new LinkedHashMap<>();

    RootHandler(ApiHandler api) {
        this.api = api;
    }

    void beside(String prefix, Handler handler) {
        beside.put(prefix, handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        request.addHttpStreamWrapper(StandardReasons::new);
        String path = request.getHttpURI().getDecodedPath();
        if (path == null) {
            path = "/";
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.equals("/api") || lower.startsWith("/api/")) {
            api.handle(request, response, callback, path.substring(4));
            return true;
        }
        for (Map.Entry<String, Handler> entry : beside.entrySet()) {
            if (lower.startsWith(entry.getKey())) {
                return entry.getValue().handle(request, response, callback);
            }
        }
        Responses.error(response, callback, 404, "The resource " + path + " was not found.", MediaFormat.XML);
        return true;
    }
}
