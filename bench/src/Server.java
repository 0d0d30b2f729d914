import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One server under test, started as its own process on a free loopback port. */
final class Server implements AutoCloseable {
    /** cloudgate's control API token in the bench: loopback only, made up per run. */
    static final String ADMIN_TOKEN = java.util.UUID.randomUUID().toString();
    final String name;
    final int port;
    final Process process;
    final long spawnedNanos;

    private Server(String name, int port, Process process, long spawnedNanos) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.spawnedNanos = spawnedNanos;
    }

    /** cloudgate through its own launcher, so that the launcher's JVM flags are what is measured. */
    static Server cloudgate(Path root, Path data, Path seed, Path log, String javaOptions) throws IOException {
        int port = freePort();
        List<String> command = List.of(root.resolve("cloudgate").toString(), "serve", "--port", String.valueOf(port),
                "--data", data.toString(), "--seed", seed.toString(), "--task-delay", "0", "--admin-token", ADMIN_TOKEN,
                // WireMock is measured on plain HTTP only; a second listener would not be a like-for-like start.
                "--https-port", "off");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (!javaOptions.isBlank()) {
            builder.environment().put("CLOUDGATE_JAVA_OPTS", javaOptions);
        }
        long spawned = System.nanoTime();
        return new Server("cloudgate", port, builder.start(), spawned);
    }

    /** WireMock standalone as its docs advise for load: no request journal, no request logging. */
    static Server wiremock(Path java, Path jar, Path rootDir, Path log) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", jar.toString(), "--port", String.valueOf(port),
                "--bind-address", "127.0.0.1", "--root-dir", rootDir.toString(), "--no-request-journal",
                "--disable-request-logging", "--disable-banner"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        long spawned = System.nanoTime();
        return new Server("WireMock", port, builder.start(), spawned);
    }

    /**
     * The bare Netty responder (bench/ceiling/Ceiling.java, compiled by bench/run) with the JVM's
     * default flags, as WireMock runs: the ceiling of what a JVM serves with the same bytes.
     */
    static Server ceiling(Path java, String classpath, Path routesDir, Path log) throws IOException {
        int port = freePort();
        List<String> command = List.of(java.toString(), "-cp", classpath, "Ceiling", String.valueOf(port), routesDir.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        long spawned = System.nanoTime();
        return new Server("Netty", port, builder.start(), spawned);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Milliseconds from spawning the process to its first 200 on {@code path}, probing every 2 ms. */
    double awaitFirst200(String path, long timeoutMillis) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with " + process.exitValue() + " before answering");
            }
            if (statusOf(path) == 200) {
                return (System.nanoTime() - spawnedNanos) / 1e6;
            }
            Thread.sleep(2);
        }
        throw new IOException(name + " did not answer 200 on " + path + " within " + timeoutMillis + " ms");
    }

    /** A raw probe: no client library whose own warm-up would blur the start-up figure. */
    private int statusOf(String path) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] head = in.readNBytes(12);
            String status = new String(head, StandardCharsets.US_ASCII);
            return status.startsWith("HTTP/1.1 ") ? Integer.parseInt(status.substring(9, 12)) : -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** Resident set size of the server's JVM in MiB, from /proc. */
    double rssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
