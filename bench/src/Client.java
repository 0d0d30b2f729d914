import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A plain HTTP/1.1 client for capturing answers and for the sequential create-to-Finished probe. */
final class Client {
    /** Names the backup server by name (BackupServerIdOrName, SPEC §5.7.3), as wrk's Lua script can. */
    static final String CREATE_XML = "<CreateCloudGatewaySpec xmlns=\"http://www.veeam.com/ent/v1.0\"><BackupServerIdOrName>%s</BackupServerIdOrName>"
            + "<ServerHostName>%s</ServerHostName><NetworkType>Direct</NetworkType></CreateCloudGatewaySpec>";

    static String createXml(int prefix, int n) {
        return CREATE_XML.formatted(Seeds.spareBackupServer(prefix, n), Seeds.spareHost(prefix, n));
    }
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Client(String base) {
        this.base = base;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Stubs.Captured send(String method, String path, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        Map<String, String> flat = new LinkedHashMap<>();
        response.headers().map().forEach((k, v) -> flat.put(k.toLowerCase(Locale.ROOT), String.join(", ", v)));
        return new Stubs.Captured(response.statusCode(), flat, response.body());
    }

    /** The path of an absolute URL: a stub replays cloudgate's Location, whose port is not the stub server's. */
    static String pathOf(String url) {
        int scheme = url.indexOf("://");
        return scheme < 0 ? url : url.substring(url.indexOf('/', scheme + 3));
    }

    /**
     * Milliseconds from sending a create to seeing its task Finished, polling without pause, one
     * operation at a time; returns {median, p99} over {@code rounds} after {@code warmup} unmeasured ones.
     */
    double[] createToFinished(String token, int warmup, int rounds) throws IOException, InterruptedException {
        double[] millis = new double[rounds];
        for (int i = 0; i < warmup + rounds; i++) {
            String xml = createXml(0, i);
            long started = System.nanoTime();
            Stubs.Captured created = send("POST", "/api/cloud/gateways", xml, "X-RestSvcSessionId", token, "Content-Type", "application/xml");
            if (created.status() != 202) {
                throw new IOException("create answered " + created.status() + ": " + created.text());
            }
            String task = pathOf(created.header("Location"));
            while (!send("GET", task, null, "X-RestSvcSessionId", token).text().contains("<State>Finished</State>")) {
                Thread.onSpinWait();
            }
            if (i >= warmup) {
                millis[i - warmup] = (System.nanoTime() - started) / 1e6;
            }
        }
        Arrays.sort(millis);
        return new double[] {millis[rounds / 2], millis[Math.min(rounds - 1, (int) Math.ceil(rounds * 0.99) - 1)]};
    }
}
