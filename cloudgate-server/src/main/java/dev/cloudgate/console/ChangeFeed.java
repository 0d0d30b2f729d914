package dev.cloudgate.console;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-sent events that say "the inventory changed" or "the tasks changed", so each page fetches
 * only what changed. One timer thread probes the store for all subscribers (a few counters, only
 * while someone listens), so a change made on another node sharing the store shows too. A stream
 * holds no thread: its request stays open with its callback kept here, and writes are asynchronous.
 */
final class ChangeFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    private static final long PROBE_MILLIS = 250;
    /** Also how a closed tab is noticed: the second write to a connection the browser closed fails. */
    private static final long HEARTBEAT_MILLIS = 5_000;

    private final Supplier<ConsoleReads.Versions> probe;
    private final int maxStreams;
    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;
    private volatile ConsoleReads.Versions last;
    private long lastHeartbeat = System.nanoTime();

    ChangeFeed(Supplier<ConsoleReads.Versions> probe, int maxStreams) {
        this.probe = probe;
        this.maxStreams = maxStreams;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().name("cloudgate-console-feed").daemon().unstarted(r));
        timer.scheduleWithFixedDelay(this::tick, PROBE_MILLIS, PROBE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Opens a stream on this response; false (and nothing written) when the streams are all taken. */
    boolean open(UUID session, Request request, Response response, Callback callback) {
        Stream stream = new Stream(session, response, callback);
        synchronized (streams) {
            if (streams.size() >= maxStreams || timer.isShutdown()) {
                return false;
            }
            streams.add(stream);
        }
        // Frees the slot when Jetty sees the connection fail; a quietly closed one shows at the heartbeats.
        request.addFailureListener(stream::fail);
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream;charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        ConsoleReads.Versions now = last;
        if (now == null) {
            try {
                now = probe.get();
                last = now;
            } catch (RuntimeException e) {
                now = null;
            }
        }
        // The first event tells the page where things stand; it fetches what it has not got yet.
        stream.send("retry: 2000\n" + (now == null ? "\n" : event(now)));
        return true;
    }

    /** Ends the streams of a session (its logout). */
    void close(UUID session) {
        for (Stream stream : streams) {
            if (stream.session.equals(session)) {
                stream.end();
            }
        }
    }

    private void tick() {
        if (streams.isEmpty()) {
            last = null;
            return;
        }
        try {
            ConsoleReads.Versions now = probe.get();
            if (!now.equals(last)) {
                last = now;
                String event = event(now);
                streams.forEach(s -> s.send(event));
                lastHeartbeat = System.nanoTime();
            } else if (System.nanoTime() - lastHeartbeat > TimeUnit.MILLISECONDS.toNanos(HEARTBEAT_MILLIS)) {
                // A comment line: keeps proxies and the idle timeout from closing a quiet stream, and finds dead ones.
                streams.forEach(s -> s.send(": keep-alive\n\n"));
                lastHeartbeat = System.nanoTime();
            }
        } catch (RuntimeException e) {
            LOG.debug("console change probe failed; trying again", e);
        }
    }

    private static String event(ConsoleReads.Versions v) {
        return "event: versions\ndata: {\"inventory\":\"" + v.inventory() + "\",\"tasks\":\"" + v.tasks() + "\"}\n\n";
    }

    @Override
    public void close() {
        timer.shutdownNow();
        streams.forEach(Stream::end);
    }

    boolean isClosed() {
        return timer.isShutdown();
    }

    /** One open response. Jetty allows one write at a time: a newer event waits, replacing an older one. */
    private final class Stream {
        private final UUID session;
        private final Response response;
        private final Callback callback;
        private boolean writing;
        private String waiting;
        private boolean ended;

        Stream(UUID session, Response response, Callback callback) {
            this.session = session;
            this.response = response;
            this.callback = callback;
        }

        void send(String text) {
            synchronized (this) {
                if (ended) {
                    return;
                }
                if (writing) {
                    waiting = text;
                    return;
                }
                writing = true;
            }
            write(text);
        }

        private void write(String text) {
            response.write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), new Callback() {
                @Override
                public void succeeded() {
                    String next;
                    boolean finish;
                    synchronized (Stream.this) {
                        next = ended ? null : waiting;
                        waiting = null;
                        writing = next != null;
                        finish = ended && !writing;
                    }
                    if (next != null) {
                        write(next);
                    } else if (finish) {
                        response.write(true, null, callback);
                    }
                }

                @Override
                public void failed(Throwable failure) {
                    fail(failure);
                }
            });
        }

        void fail(Throwable failure) {
            synchronized (this) {
                if (ended && !writing) {
                    return; // completed already
                }
                ended = true;
                writing = false;
            }
            streams.remove(this);
            callback.failed(failure);
        }

        /** Completes the response, after the write in progress if there is one. */
        void end() {
            boolean now;
            synchronized (this) {
                if (ended) {
                    return;
                }
                ended = true;
                now = !writing;
            }
            streams.remove(this);
            if (now) {
                response.write(true, null, callback);
            }
        }
    }
}
