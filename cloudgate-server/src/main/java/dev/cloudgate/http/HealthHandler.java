package dev.cloudgate.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /health}: 200 when the store answers a trivial query, 503 otherwise. The check is
 * bounded in time: a probe must answer quickly even when the pool waits for a dead database.
 */
public final class HealthHandler extends Handler.Abstract {
    private final Runnable storeCheck;
    private final Duration timeout;

    public HealthHandler(Runnable storeCheck, Duration timeout) {
        this.storeCheck = storeCheck;
        this.timeout = timeout;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!OperationsPaths.exact(request, "/health", response, callback)) {
            return true;
        }
        String problem = storeProblem();
        String json = problem == null ? "{\"status\":\"UP\",\"store\":\"UP\"}"
                : "{\"status\":\"DOWN\",\"store\":\"DOWN\",\"reason\":\"" + jsonEscape(problem) + "\"}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        response.setStatus(problem == null ? 200 : 503);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, request.getMethod().equals("HEAD") ? null : ByteBuffer.wrap(body), callback);
        return true;
    }

    /** Null when the store answered in time, else why not. */
    private String storeProblem() {
        CompletableFuture<Void> check = CompletableFuture.runAsync(storeCheck, r -> Thread.ofVirtual().name("cloudgate-health").start(r));
        try {
            check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (TimeoutException e) {
            return "the store did not answer within " + timeout.toMillis() + " ms";
        } catch (ExecutionException e) {
            return "the store failed: " + e.getCause().getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String jsonEscape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
