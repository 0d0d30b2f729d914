package dev.cloudgate.server;

import dev.cloudgate.http.ApiHandler;
import dev.cloudgate.http.Responses;
import dev.cloudgate.wire.MediaFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Splits the URL space: {@code /api} is the vendor API; other prefixes (metrics, health, the
 * control API) are registered beside it, as WireMock keeps {@code /__admin} beside its stubs.
 *
 * <p>The listener starts while the store opens (CloudgateServer): a request that arrives before
 * {@link #open} waits for it without holding a thread, and is answered 503 if the start fails.
 */
final class RootHandler extends Handler.Abstract {
    private final CompletableFuture<Routes> routes = new CompletableFuture<>();

    private record Routes(ApiHandler api, Map<String, Handler> beside) {
    }

    /** Starts answering: {@code beside} maps path prefixes to the handlers beside {@code /api}, tried in order. */
    void open(ApiHandler api, Map<String, Handler> beside) {
        routes.complete(new Routes(api, new LinkedHashMap<>(beside)));
    }

    /** The start failed: requests that waited, and any later ones, get 503. */
    void fail(Throwable cause) {
        routes.completeExceptionally(cause);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Routes ready = routes.getNow(null);
        if (ready != null) {
            return dispatch(ready, request, response, callback);
        }
        routes.whenCompleteAsync((opened, failure) -> {
            try {
                if (opened == null) {
                    Responses.error(response, callback, 503, "The server is not available: it failed to start.", MediaFormat.XML);
                } else if (!dispatch(opened, request, response, callback)) {
                    // As XmlErrorHandler answers a request no handler took.
                    Responses.error(response, callback, 404, "The request could not be processed.", MediaFormat.XML);
                }
            } catch (Throwable e) {
                callback.failed(e);
            }
        }, request.getComponents().getExecutor());
        return true;
    }

    private static boolean dispatch(Routes routes, Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getDecodedPath();
        if (path == null) {
            path = "/";
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.equals("/api") || lower.startsWith("/api/")) {
            routes.api().handle(request, response, callback, path.substring(4));
            return true;
        }
        for (Map.Entry<String, Handler> entry : routes.beside().entrySet()) {
            if (lower.startsWith(entry.getKey())) {
                return entry.getValue().handle(request, response, callback);
            }
        }
        Responses.error(response, callback, 404, "The resource " + path + " was not found.", MediaFormat.XML);
        return true;
    }
}
