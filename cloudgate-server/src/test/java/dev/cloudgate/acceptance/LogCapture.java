package dev.cloudgate.acceptance;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** Captures what the server logs (slf4j-simple writes to System.err) while still passing it on. */
public final class LogCapture implements AutoCloseable {
    private final PrintStream original = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    public LogCapture() {
        OutputStream tee = new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                captured.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                original.write(b, off, len);
                captured.write(b, off, len);
            }
        };
        System.setErr(new PrintStream(tee, true, StandardCharsets.UTF_8));
    }

    public String text() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    public List<String> lines(Predicate<String> wanted) {
        return text().lines().filter(wanted).toList();
    }

    /** The lines of the audit logger. */
    public List<String> audit() {
        return lines(l -> l.contains("cloudgate.audit"));
    }

    /** Waits for a line that the task runner writes after the request returned. */
    public String await(Predicate<String> wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            List<String> found = lines(wanted);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no such log line in:\n" + text());
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
