import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk (by default 2 threads, 64 connections; fixed duration) and reads its summary. */
final class Wrk {
    static final int THREADS = 2;
    static final int CONNECTIONS = 64;
    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern FINISHED = Pattern.compile("creates-finished-per-sec: ([0-9.]+)");

    private Wrk() {
    }

    /** One load run; {@code script} may be null, {@code env} is passed to the Lua script. */
    static Result run(String url, double seconds, List<String> headers, Path script, Map<String, String> env) throws IOException, InterruptedException {
        return run(url, seconds, THREADS, CONNECTIONS, headers, script, env);
    }

    static Result run(String url, double seconds, int threads, int connections, List<String> headers, Path script, Map<String, String> env)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections,
                "-d" + Math.max(1, Math.round(seconds)) + "s", "--timeout", "5s", "--latency"));
        for (String header : headers) {
            command.add("-H");
            command.add(header);
        }
        if (script != null) {
            command.add("-s");
            command.add(script.toString());
        }
        command.add(url);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("wrk failed: " + out);
        }
        return parse(out);
    }

    static Result parse(String out) {
        Matcher rps = RPS.matcher(out);
        double requestsPerSecond = rps.find() ? Double.parseDouble(rps.group(1)) : 0;
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        Matcher m = PERCENTILE.matcher(out);
        while (m.find()) {
            double ms = toMillis(Double.parseDouble(m.group(2)), m.group(3));
            if (m.group(1).equals("50")) {
                p50 = ms;
            } else {
                p99 = ms;
            }
        }
        Matcher non2xx = NON_2XX.matcher(out);
        long refused = non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0;
        Matcher errors = ERRORS.matcher(out);
        long socketErrors = 0;
        if (errors.find()) {
            for (int g = 1; g <= 4; g++) {
                socketErrors += Long.parseLong(errors.group(g));
            }
        }
        Matcher finished = FINISHED.matcher(out);
        double finishedPerSecond = finished.find() ? Double.parseDouble(finished.group(1)) : Double.NaN;
        return new Result(requestsPerSecond, p50, p99, refused, socketErrors, finishedPerSecond, out);
    }

    private static double toMillis(double value, String unit) {
        return switch (unit) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    /** {@code finishedPerSecond} only for the create script (tasks seen Finished per second). */
    record Result(double requestsPerSecond, double p50Millis, double p99Millis, long non2xx, long socketErrors,
            double finishedPerSecond, String raw) {
        String problems() {
            String text = "";
            if (non2xx > 0) {
                text += non2xx + " non-2xx";
            }
            if (socketErrors > 0) {
                text += (text.isEmpty() ? "" : ", ") + socketErrors + " socket errors";
            }
            return text;
        }

        /** Several runs of one load as one: mean requests/s and p50, the worst p99, every error counted. */
        static Result combined(List<Result> runs) {
            double rps = runs.stream().mapToDouble(Result::requestsPerSecond).average().orElse(Double.NaN);
            double p50 = runs.stream().mapToDouble(Result::p50Millis).average().orElse(Double.NaN);
            double p99 = runs.stream().mapToDouble(Result::p99Millis).max().orElse(Double.NaN);
            return new Result(rps, p50, p99, runs.stream().mapToLong(Result::non2xx).sum(), runs.stream().mapToLong(Result::socketErrors).sum(),
                    0, "");
        }
    }
}
