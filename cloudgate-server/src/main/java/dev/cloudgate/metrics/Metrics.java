package dev.cloudgate.metrics;

import dev.cloudgate.auth.Accounts;

import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What the server counts: API requests by route template and status, tasks by operation and
 * result, store pool use. Label values come from closed sets (templates, not paths; no users), so
 * the number of series stays bounded whatever clients send.
 */
public final class Metrics {
    /** The route label of a request that matched no route (404s for unknown paths). */
    public static final String NO_ROUTE = "none";

    private final Map<RequestKey, Histogram> requests = new ConcurrentHashMap<>();
    private final Map<TaskKey, Histogram> tasks = new ConcurrentHashMap<>();
    private final Supplier<PoolUsage> pool;
    private final Supplier<Accounts.PasswordCheckFigures> passwordChecks;
    private final LongSupplier storeCommits;

    public Metrics(Supplier<PoolUsage> pool, Supplier<Accounts.PasswordCheckFigures> passwordChecks, LongSupplier storeCommits) {
        this.pool = pool;
        this.passwordChecks = passwordChecks;
        this.storeCommits = storeCommits;
    }

    /** The method label of a method outside {@link #METHODS} (the OpenTelemetry convention). */
    public static final String OTHER = "_OTHER";
    /** Methods that keep their own label; clients may send any token as a method, so the rest share one. */
    static final java.util.Set<String> METHODS = java.util.Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS",
            "TRACE", "CONNECT");
    /** A backstop on series per family: beyond it, new label sets are counted under {@link #OTHER}. */
    static final int MAX_SERIES = 2000;

    public void requestAnswered(String method, String route, int status, long nanos) {
        RequestKey key = new RequestKey(METHODS.contains(method) ? method : OTHER, route == null ? NO_ROUTE : route,
                status >= 100 && status <= 599 ? status : 0);
        if (requests.size() >= MAX_SERIES && !requests.containsKey(key)) {
            key = new RequestKey(OTHER, OTHER, 0);
        }
        requests.computeIfAbsent(key, k -> new Histogram()).record(nanos);
    }

    public void taskFinished(String operation, boolean success, long nanos) {
        TaskKey key = new TaskKey(operation, success ? "success" : "failure");
        if (tasks.size() >= MAX_SERIES && !tasks.containsKey(key)) {
            key = new TaskKey(OTHER, key.result());
        }
        tasks.computeIfAbsent(key, k -> new Histogram()).record(nanos);
    }

    public String contentType() {
        return PrometheusText.CONTENT_TYPE;
    }

    /** The whole exposition, series sorted so that two scrapes compare line by line. */
    public String scrape() {
        PrometheusText text = new PrometheusText();
        text.family("cloudgate_http_request_duration_seconds", "histogram",
                "API requests under /api by method, route template and status; _count is the number of requests.");
        requests.entrySet().stream().sorted(Map.Entry.comparingByKey(RequestKey.ORDER))
                .forEach(e -> text.histogram("cloudgate_http_request_duration_seconds", e.getKey().labels(), e.getValue().snapshot()));
        text.family("cloudgate_task_duration_seconds", "histogram",
                "Tasks run by this node by operation and result, from claim to finish; _count is the number of tasks.");
        tasks.entrySet().stream().sorted(Map.Entry.comparingByKey(TaskKey.ORDER))
                .forEach(e -> text.histogram("cloudgate_task_duration_seconds", e.getKey().labels(), e.getValue().snapshot()));
        PoolUsage usage = pool.get();
        text.family("cloudgate_store_connections", "gauge", "Store connection pool: connections in use, idle, and open in all.");
        text.sample("cloudgate_store_connections", Map.of("state", "active"), usage.active());
        text.sample("cloudgate_store_connections", Map.of("state", "idle"), usage.idle());
        text.sample("cloudgate_store_connections", Map.of("state", "total"), usage.total());
        text.family("cloudgate_store_connections_max", "gauge", "Store connection pool: the most connections it may open.");
        text.sample("cloudgate_store_connections_max", Map.of(), usage.max());
        text.family("cloudgate_password_checks_total", "counter",
                "PBKDF2 password checks run by this node; repeated and simultaneous identical logons share one.");
        Accounts.PasswordCheckFigures checks = passwordChecks.get();
        text.sample("cloudgate_password_checks_total", Map.of(), checks.checks());
        text.family("cloudgate_password_hash_iterations_total", "counter", "PBKDF2 iterations run by the password checks of this node.");
        text.sample("cloudgate_password_hash_iterations_total", Map.of(), checks.iterations());
        text.family("cloudgate_password_checks_running_peak", "gauge", "The most password checks that ran at once on this node.");
        text.sample("cloudgate_password_checks_running_peak", Map.of(), checks.peak());
        text.family("cloudgate_password_checks_running_max", "gauge", "How many password checks may run at once on this node.");
        text.sample("cloudgate_password_checks_running_max", Map.of(), checks.bound());
        // Each one is a write of the embedded file (WRITE_DELAY=0): what a request or a task costs the disk.
        text.family("cloudgate_store_commits_total", "counter", "Transactions of this node that changed the store and committed.");
        text.sample("cloudgate_store_commits_total", Map.of(), storeCommits.getAsLong());
        writeProcess(text);
        return text.toString();
    }

    private static void writeProcess(PrometheusText text) {
        Runtime runtime = Runtime.getRuntime();
        text.family("jvm_memory_heap_used_bytes", "gauge", "Heap in use.");
        text.sample("jvm_memory_heap_used_bytes", Map.of(), runtime.totalMemory() - runtime.freeMemory());
        text.family("jvm_threads_live", "gauge", "Live JVM threads.");
        text.sample("jvm_threads_live", Map.of(), ManagementFactory.getThreadMXBean().getThreadCount());
        text.family("process_uptime_seconds", "gauge", "Seconds since the JVM started.");
        text.sample("process_uptime_seconds", Map.of(), ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
    }

    /** Pool figures as the store reports them. */
    public record PoolUsage(int active, int idle, int total, int max) {
    }

    private record RequestKey(String method, String route, int status) {
        static final Comparator<RequestKey> ORDER = Comparator.comparing(RequestKey::route).thenComparing(RequestKey::method)
                .thenComparingInt(RequestKey::status);

        Map<String, String> labels() {
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("method", method);
            labels.put("route", route);
            labels.put("status", Integer.toString(status));
            return labels;
        }
    }

    private record TaskKey(String operation, String result) {
        static final Comparator<TaskKey> ORDER = Comparator.comparing(TaskKey::operation).thenComparing(TaskKey::result);

        Map<String, String> labels() {
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("operation", operation);
            labels.put("result", result);
            return labels;
        }
    }
}
