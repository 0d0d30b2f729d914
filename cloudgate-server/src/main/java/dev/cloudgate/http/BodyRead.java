package dev.cloudgate.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.function.BiConsumer;
import org.eclipse.jetty.io.Content;

/**
 * Reads a request body by demand, holding no thread while the client is slow to send it, and stops as
 * soon as it exceeds the limit (413).
 */
final class BodyRead implements Runnable {
    /** Marks a body that went over the limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private final Content.Source source;
    private final int maxBytes;
    private final BiConsumer<byte[], Throwable> done;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    private BodyRead(Content.Source source, int maxBytes, BiConsumer<byte[], Throwable> done) {
        this.source = source;
        this.maxBytes = maxBytes;
        this.done = done;
    }

    /** Calls {@code done} once, with the body or with the failure (a {@link TooLarge} above the limit). */
    static void start(Content.Source source, int maxBytes, BiConsumer<byte[], Throwable> done) {
        new BodyRead(source, maxBytes, done).run();
    }

    @Override
    public void run() {
        while (true) {
            Content.Chunk chunk;
            try {
                chunk = source.read();
            } catch (RuntimeException e) {
                done.accept(null, e);
                return;
            }
            if (chunk == null) {
                source.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                done.accept(null, chunk.getFailure());
                return;
            }
            ByteBuffer bytes = chunk.getByteBuffer();
            int length = bytes.remaining();
            if (body.size() + (long) length > maxBytes) {
                chunk.release();
                done.accept(null, new TooLarge());
                return;
            }
            byte[] copy = new byte[length];
            bytes.get(copy);
            body.writeBytes(copy);
            boolean last = chunk.isLast();
            chunk.release();
            if (last) {
                done.accept(body.toByteArray(), null);
                return;
            }
        }
    }
}
