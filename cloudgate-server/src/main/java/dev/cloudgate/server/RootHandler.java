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
import org.eclipse.jetty.util.thread.Invocable.InvocationType;

/**
 * Splits the URL space: {@code /api} is the vendor API; other prefixes (metrics, health, the
 * control API) are registered beside it, as WireMock keeps {@code /__admin} beside its stubs.
 *
 * <p>The listener starts while the store opens (CloudgateServer): a request that arrives before
 * {@link #open} waits for it without holding a thread, and is answered 503 if the start fails.
 */
final class RootHandler extends Handler.Abstract {
    RootHandler() {
        super(InvocationType.NON_BLOCKING);
    }

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

    /**
     * Runs on a network thread (the handler says it never blocks): answers that are at hand go out from
     * here, everything else goes to a worker thread, where blocking is allowed.
     */
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Routes ready = routes.getNow(null);
        if (ready != null) {
            String path = apiPath(request);
            if (path != null && ready.api().answerAtHand(request, response, callback, path, request.getComponents().getExecutor())) {
                return true;
            }
            request.getComponents().getExecutor().execute(() -> onWorker(ready, request, response, callback));
            return true;
        }
        routes.whenCompleteAsync((opened, failure) -> {
            if (opened == null) {
                Responses.error(response, callback, 503, "The server is not available: it failed to start.", MediaFormat.XML);
            } else {
                onWorker(opened, request, response, callback);
            }
        }, request.getComponents().getExecutor());
        return true;
    }

    private static void onWorker(Routes routes, Request request, Response response, Callback callback) {
        try {
            if (!dispatch(routes, request, response, callback)) {
                // What Jetty does with a request that no handler took: its error handler (XmlErrorHandler) answers.
                Response.writeError(request, response, callback, 404);
            }
        } catch (Throwable e) {
            callback.failed(e);
        }
    }

    /** The part of the path after {@code /api} when the request is for the API, else null. */
    private static String apiPath(Request request) {
        String path = request.getHttpURI().getDecodedPath();
        if (path == null || path.length() < 4 || !path.regionMatches(true, 0, "/api", 0, 4)
                || path.length() > 4 && path.charAt(4) != '/') {
            return null;
        }
        return path.substring(4);
    }

    private static boolean dispatch(Routes routes, Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getDecodedPath();
        if (path == null) {
            path = "/";
        }
        String api = apiPath(request);
        if (api != null) {
            routes.api().handle(request, response, callback, api);
            return true;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Handler> entry : routes.beside().entrySet()) {
            if (lower.startsWith(entry.getKey())) {
                return entry.getValue().handle(request, response, callback);
            }
        }
        Responses.error(response, callback, 404, "The resource " + path + " was not found.", MediaFormat.XML);
        return true;
    }
}
