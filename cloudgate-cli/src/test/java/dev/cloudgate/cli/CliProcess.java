package dev.cloudgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.acceptance.Api;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code cloudgate} as a separate process, the way a script does, with a given URL and home directory. */
final class CliProcess {
    private final String url;
    private final Path home;

    CliProcess(String url, Path home) {
        this.url = url;
        this.home = home;
    }

    /** A process logged on as the demo administrator with {@code cloudgate login}, as a script starts. */
    static CliProcess loggedOn(String url, Path home) {
        CliProcess cli = new CliProcess(url, home);
        Result login = cli.run("login", "--user", Api.ADMIN, "--password", Api.PASSWORD);
        assertThat(login.exit()).as(login.toString()).isZero();
        return cli;
    }

    Result run(String... args) {
        return run(Map.of(), null, args);
    }

    /** Runs with {@code stdin} piped in, as {@code printf '%s\n' "$PASSWORD" | cloudgate hash-password} does. */
    Result runWithInput(String stdin, String... args) {
        return run(Map.of(), stdin, args);
    }

    /** As {@link #run(String...)} with more environment variables and {@code stdin} piped in (null: none). */
    Result run(Map<String, String> moreEnv, String stdin, String... args) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                // Short-lived commands: C1 only and the serial collector start fastest, as the launcher does.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("CLOUDGATE_"));
        env.put("CLOUDGATE_URL", url);
        env.put("CLOUDGATE_HOME", home.toString());
        env.putAll(moreEnv);
        try {
            Process process = builder.start();
            try (var in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            CompletableFuture<String> out = read(process.getInputStream());
            CompletableFuture<String> err = read(process.getErrorStream());
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("cloudgate " + String.join(" ", args) + " did not end");
            }
            return new Result(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static CompletableFuture<String> read(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    record Result(int exit, String out, String err) {
        /** The id in "… <line> (<id>)" on stdout: the Related object of the task that --wait saw finish. */
        String related(String line) {
            Matcher m = Pattern.compile(Pattern.quote(line) + " \\(([0-9a-f-]{36})\\)").matcher(out);
            assertThat(m.find()).as(out).isTrue();
            return m.group(1);
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
