package dev.cloudgate.multinode;

import dev.cloudgate.acceptance.Api;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cloudgate server in a process of its own ({@code java … Main serve --port 0}), as an operator
 * runs it: it can be killed like one ({@link #kill} is {@code kill -9}). Its output goes to
 * target/nodes/; the port is read from the line it prints when ready.
 */
final class NodeProcess implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("cloudgate ready on port (\\d+)");

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private NodeProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static NodeProcess start(String name, String... serveArguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx256m", "-cp", classPath(), "dev.cloudgate.server.Main", "serve",
                // HTTPS off: several nodes on one machine would all claim 9398; these tests speak HTTP.
                "--port", "0", "--https-port", "off", "--bind", "127.0.0.1"));
        command.addAll(List.of(serveArguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // Settings come from the arguments only, never from the test runner's environment.
        builder.environment().keySet().removeIf(key -> key.startsWith("CLOUDGATE_"));
        Path logs = Files.createDirectories(Path.of("target", "nodes"));
        Process process = builder.start();
        Path log = logs.resolve(name + "-" + process.pid() + ".log");
        CompletableFuture<Integer> ready = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("node-output-" + name).start(() -> copyOutput(process, log, ready));
        try {
            return new NodeProcess(name, process, ready.get(90, TimeUnit.SECONDS), log);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("node " + name + " did not start; its output:\n" + Files.readString(log), e);
        }
    }

    private static String classPath() {
        // Surefire runs tests from a manifest-only jar; the real class path is in this property.
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static void copyOutput(Process process, Path log, CompletableFuture<Integer> ready) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(line);
                Matcher m = READY.matcher(line);
                if (!ready.isDone() && m.find()) {
                    ready.complete(Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException e) {
            // the process is gone; what it printed is in the log
        } finally {
            ready.completeExceptionally(new IllegalStateException("the node ended before it was ready"));
        }
    }

    long pid() {
        return process.pid();
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    Api api() {
        return new Api("http://127.0.0.1:" + port + "/api");
    }

    /** {@code kill -9}: no shutdown hook, no last commit, no lease given back. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("node " + name + " survived kill -9");
        }
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
            }
        }
    }
}
