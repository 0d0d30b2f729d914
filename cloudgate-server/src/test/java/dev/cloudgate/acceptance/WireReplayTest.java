package dev.cloudgate.acceptance;

import static dev.cloudgate.acceptance.DemoSeed.BS1;
import static dev.cloudgate.acceptance.DemoSeed.BS1_UID;
import static dev.cloudgate.acceptance.DemoSeed.TENANT_ABC;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Wire answers stay byte-identical across refactorings: a fixed list of requests (XML and JSON, entity
 * and list forms, errors, tasks, the control API) is sent to a fresh server and every answer (status,
 * headers, body) compared with {@code wire-replay/answers.txt}, recorded from the build of main (re-recorded at each merge of main, whose wire fixes are deliberate)
 * with {@code -Dcloudgate.replay.record=<file>}. Volatile values are normalised: the server's address,
 * UUIDs (numbered by first appearance), session tokens, timestamps; Date and Content-Length are left out.
 */
class WireReplayTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern UUID_PATTERN = Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern COOKIE_TOKEN = Pattern.compile("(?i)X-RestSvcSessionId=[^;]*");
    private static final String NS = "xmlns=\"http://www.veeam.com/ent/v1.0\"";
    private static final String XML = "application/xml";
    private static final String JSON = "application/json";

    @RegisterExtension
    static final ServerExtension server = new ServerExtension();

    private final List<String> answers = new ArrayList<>();
    private final Map<String, String> uuids = new HashMap<>();
    private String base;
    private String root;
    private String token;
    private String adminToken;

    @Test
    void answersAreTheRecordedOnes() throws Exception {
        root = "http://127.0.0.1:" + server.port();
        base = root + "/api";
        adminToken = server.adminToken();
        replay();
        String record = System.getProperty("cloudgate.replay.record");
        // The answers of this build, for a diff against the recorded ones when they differ.
        Files.writeString(Path.of(record != null ? record : "target/wire-replay-actual.txt"), String.join("", answers),
                StandardCharsets.UTF_8);
        if (record != null) {
            return;
        }
        List<String> expected;
        try (InputStream in = getClass().getResourceAsStream("/wire-replay/answers.txt")) {
            expected = split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(answers).containsExactlyElementsOf(expected);
    }

    private void replay() throws Exception {
        send("entry point", "GET", "/", null, XML, null);
        send("entry point json", "GET", "/", null, JSON, null);
        send("logon without credentials", "POST", "/sessionMngr/?v=latest", null, XML, null);
        HttpResponse<String> logon = CLIENT.send(request("POST", base + "/sessionMngr/?v=latest", null, XML, null)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("TECH\\Administrator:Password".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        record("logon", "POST", "/sessionMngr/?v=latest", logon);
        token = logon.headers().firstValue("X-RestSvcSessionId").orElseThrow();

        send("sessions", "GET", "/logonSessions", null, XML, null);
        send("sessions json", "GET", "/logonSessions", null, JSON, null);
        send("backup servers", "GET", "/backupServers", null, XML, null);
        send("backup servers entities json", "GET", "/backupServers?format=Entity", null, JSON, null);
        send("backup server", "GET", "/backupServers/" + BS1 + "?format=Entity", null, XML, null);
        send("managed servers of a backup server", "GET", "/backupServers/" + BS1 + "/managedServers", null, JSON, null);
        send("managed servers", "GET", "/managedServers?format=Entity", null, XML, null);
        send("managed server", "GET", "/managedServers/a5352877-3b99-4e2a-8700-400cb3eefb56", null, JSON, null);
        send("cloud", "GET", "/cloud", null, XML, null);
        send("tenants", "GET", "/cloud/tenants", null, XML, null);
        send("tenant", "GET", "/cloud/tenants/5cf540af-512a-5ba8-9f12-77fba51207e0?format=Entity", null, JSON, null);
        send("no gateways", "GET", "/cloud/gateways", null, XML, null);
        send("no gateways json", "GET", "/cloud/gateways?format=Entity", null, JSON, null);

        String gw1 = task("create gateway xml", "POST", "/cloud/gateways", XML, XML, "<CreateCloudGatewaySpec " + NS
                + "><ServerHostName>gw01.tech.local</ServerHostName><Description>one</Description><NetworkType>Direct</NetworkType>"
                + "<BackupServerUid>" + BS1_UID + "</BackupServerUid></CreateCloudGatewaySpec>", "/cloud/gateways/");
        String gw2 = task("create gateway json", "POST", "/cloud/gateways", JSON, JSON, "{\"ServerHostName\":\"gw02.tech.local\","
                + "\"NetworkType\":\"NAT\",\"ExternalIp\":\"203.0.113.9\",\"ExternalPort\":6280,\"BackupServerUid\":\"" + BS1_UID + "\"}",
                "/cloud/gateways/");
        task("create gateway on linux fails", "POST", "/cloud/gateways", XML, XML, "<CreateCloudGatewaySpec " + NS
                + "><ServerHostName>lnx01.tech.local</ServerHostName><NetworkType>Direct</NetworkType>"
                + "<BackupServerUid>" + BS1_UID + "</BackupServerUid></CreateCloudGatewaySpec>", null);
        send("create gateway without host", "POST", "/cloud/gateways", XML, XML, "<CreateCloudGatewaySpec " + NS
                + "><NetworkType>Direct</NetworkType><BackupServerUid>" + BS1_UID + "</BackupServerUid></CreateCloudGatewaySpec>");
        send("create gateway bad port json", "POST", "/cloud/gateways", JSON, JSON, "{\"ServerHostName\":\"gw03.tech.local\","
                + "\"NetworkType\":\"Direct\",\"ExternalPort\":70000,\"BackupServerUid\":\"" + BS1_UID + "\"}");
        send("create gateway NAT without ip", "POST", "/cloud/gateways", JSON, XML, "{\"ServerHostName\":\"gw03.tech.local\","
                + "\"NetworkType\":\"NAT\",\"BackupServerUid\":\"" + BS1_UID + "\"}");
        send("create gateway broken xml", "POST", "/cloud/gateways", XML, XML, "<CreateCloudGatewaySpec " + NS + "><Server");
        send("create gateway unknown element", "POST", "/cloud/gateways", XML, XML, "<CreateCloudGatewaySpec " + NS
                + "><Bogus>1</Bogus></CreateCloudGatewaySpec>");
        send("create gateway text/plain", "POST", "/cloud/gateways", "text/plain", XML, "hello");

        send("gateways", "GET", "/cloud/gateways", null, XML, null);
        send("gateways json", "GET", "/cloud/gateways", null, JSON, null);
        send("gateways entities", "GET", "/cloud/gateways?format=Entity", null, XML, null);
        send("gateway", "GET", "/cloud/gateways/" + gw1, null, XML, null);
        send("gateway entity json", "GET", "/cloud/gateways/" + gw2 + "?format=Entity", null, JSON, null);
        send("gateway not found", "GET", "/cloud/gateways/00000000-0000-0000-0000-000000000001", null, XML, null);
        send("gateway bad id json", "GET", "/cloud/gateways/nope", null, JSON, null);
        task("edit gateway", "PUT", "/cloud/gateways/" + gw1, XML, XML, "<CloudGateway " + NS
                + "><Enabled>false</Enabled><ExternalPort>6190</ExternalPort><Description/></CloudGateway>", null);
        task("edit gateway json", "PUT", "/cloud/gateways/" + gw2, JSON, JSON, "{\"NetworkMode\":\"Direct\",\"InternalPort\":6300}", null);
        send("edited gateway", "GET", "/cloud/gateways/" + gw1 + "?format=Entity", null, XML, null);

        String pool = task("create pool", "POST", "/cloud/gatewayPools", XML, XML, "<CreateCloudGatewayPoolSpec " + NS
                + "><Name>Pool A</Name><Description>d</Description><CloudGateways><CloudGatewayUid>urn:veeam:CloudGateway:" + gw1
                + "</CloudGatewayUid></CloudGateways><CloudTenants><CloudTenantUid>urn:veeam:CloudTenant:" + TENANT_ABC + "</CloudTenantUid></CloudTenants>"
                + "<BackupServerUid>" + BS1_UID + "</BackupServerUid></CreateCloudGatewayPoolSpec>", "/cloud/gatewayPools/");
        task("create pool with a member of another fails", "POST", "/cloud/gatewayPools", JSON, JSON, "{\"Name\":\"Pool B\","
                + "\"CloudGateways\":{\"CloudGatewayUids\":[\"urn:veeam:CloudGateway:" + gw1 + "\"]},\"BackupServerUid\":\"" + BS1_UID + "\"}",
                null);
        send("create pool without gateways", "POST", "/cloud/gatewayPools", JSON, JSON, "{\"Name\":\"Pool C\",\"BackupServerUid\":\"" + BS1_UID + "\"}");
        send("pools", "GET", "/cloud/gatewayPools", null, XML, null);
        send("pools entities json", "GET", "/cloud/gatewayPools?format=Entity", null, JSON, null);
        send("pool", "GET", "/cloud/gatewayPools/" + pool + "?format=Entity", null, XML, null);
        send("pool gateways", "GET", "/cloud/gatewayPools/" + pool + "/gateways", null, JSON, null);
        send("pool tenants", "GET", "/cloud/gatewayPools/" + pool + "/tenants", null, XML, null);
        send("pool tenants entities", "GET", "/cloud/gatewayPools/" + pool + "/tenants?format=Entity", null, XML, null);
        send("tenant pools", "GET", "/cloud/tenants/5cf540af-512a-5ba8-9f12-77fba51207e0/gatewayPools", null, XML, null);
        task("update pool", "PUT", "/cloud/gatewayPools/" + pool, JSON, JSON, "{\"Name\":\"Pool A2\",\"CloudGateways\":{\"CloudGatewayUids\":[\"urn:veeam:CloudGateway:"
                + gw1 + "\",\"urn:veeam:CloudGateway:" + gw2 + "\"]},\"CloudTenants\":{}}", null);
        send("updated pool", "GET", "/cloud/gatewayPools/" + pool + "?format=Entity", null, JSON, null);
        task("delete gateway in a pool fails", "DELETE", "/cloud/gateways/" + gw2, null, XML, null, null);
        task("delete pool", "DELETE", "/cloud/gatewayPools/" + pool, null, XML, null, null);
        task("delete gateway", "DELETE", "/cloud/gateways/" + gw2, null, JSON, null, null);

        send("tasks", "GET", "/tasks", null, XML, null);
        send("tasks json", "GET", "/tasks", null, JSON, null);
        send("task", "GET", "/tasks/task-1", null, XML, null);
        send("task not found", "GET", "/tasks/task-99", null, XML, null);
        send("delete task", "DELETE", "/tasks/task-1", null, XML, null);
        send("query service", "GET", "/querySvc", null, XML, null);
        send("query gateways", "GET", "/query?type=CloudGateway&format=Entities", null, XML, null);
        send("query filtered json", "GET", "/query?type=CloudGateway&filter=Enabled==false&format=References", null, JSON, null);
        send("query bad filter", "GET", "/query?type=CloudGateway&filter=Nope==1", null, XML, null);
        send("query tasks", "GET", "/query?type=Task&format=Entities&sortAsc=TaskId", null, JSON, null);
        send("documented but unserved", "GET", "/jobs", null, XML, null);
        send("unknown path", "GET", "/nothing", null, XML, null);
        send("method not allowed", "PATCH", "/cloud/gateways", null, XML, null);
        send("not acceptable", "GET", "/cloud/gateways", null, "image/png", null);
        send("not implemented", "POST", "/cloud/tenants", XML, XML, "<CreateCloudTenantSpec " + NS + "/>");

        control("control without token", "GET", "/faults", null, false);
        control("control faults", "GET", "/faults", null, true);
        control("control add bad fault", "POST", "/faults", "{\"bogus\":1}", true);
        control("control add fault", "POST", "/faults", "{\"path\":\".*/cloud/tenants\",\"status\":503,\"times\":1}", true);
        send("faulted request", "GET", "/cloud/tenants", null, XML, null);
        control("control add host fault", "POST", "/faults", "{\"host\":\"GW03.tech.local\",\"fail\":\"Injected failure.\"}", true);
        task("create gateway on faulted host", "POST", "/cloud/gateways", XML, XML, "<CreateCloudGatewaySpec " + NS
                + "><ServerHostName>172.16.13.103</ServerHostName><NetworkType>Direct</NetworkType>"
                + "<BackupServerUid>" + BS1_UID + "</BackupServerUid></CreateCloudGatewaySpec>", null);
        control("control unknown", "GET", "/nothing", null, true);
        control("control wrong method", "PATCH", "/faults", null, true);
        control("control backup servers", "GET", "/backup-servers", null, true);
        control("control clear faults", "DELETE", "/faults", null, true);

        send("logout", "DELETE", "/logonSessions/" + sessionIdOf(logon.body()), null, XML, null);
        send("after logout", "GET", "/tasks", null, XML, null);
    }

    private static String sessionIdOf(String logonBody) {
        Matcher m = Pattern.compile("<SessionId>([^<]+)</SessionId>").matcher(logonBody);
        assertThat(m.find()).as(logonBody).isTrue();
        return m.group(1);
    }

    /** Sends a request that starts a task, records the 202, waits for the task's end and records it; returns its Related id. */
    private String task(String label, String method, String path, String contentType, String accept, String body, String relatedPath)
            throws Exception {
        HttpResponse<String> accepted = send(label, method, path, contentType, accept, body);
        assertThat(accepted.statusCode()).as(label + ": " + accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        HttpResponse<String> task;
        do {
            Thread.sleep(10);
            task = CLIENT.send(request("GET", location, null, XML, null).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(System.nanoTime()).as(label + " did not finish").isLessThan(deadline);
        } while (task.body().contains("<State>Running</State>"));
        record(label + " (finished)", "GET", location.substring(base.length()), task);
        if (relatedPath == null) {
            return null;
        }
        Matcher m = Pattern.compile(Pattern.quote(relatedPath) + "([0-9a-f-]{36})").matcher(task.body());
        assertThat(m.find()).as(task.body()).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> send(String label, String method, String path, String contentType, String accept, String body)
            throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(request(method, base + path, contentType, accept, body).build(),
                HttpResponse.BodyHandlers.ofString());
        record(label, method, path, response);
        return response;
    }

    private void control(String label, String method, String path, String body, boolean withToken) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(root + "/_cloudgate" + path)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            builder.header("Content-Type", JSON);
        }
        if (withToken) {
            builder.header("Authorization", "Bearer " + adminToken);
        }
        record(label, method, "/_cloudgate" + path, CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private HttpRequest.Builder request(String method, String url, String contentType, String accept, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (accept != null) {
            builder.header("Accept", accept);
        }
        if (token != null) {
            builder.header("X-RestSvcSessionId", token);
        }
        return builder;
    }

    private void record(String label, String method, String path, HttpResponse<String> response) {
        StringBuilder text = new StringBuilder("=== ").append(label).append(": ").append(method).append(' ').append(normalise(path))
                .append('\n').append(response.statusCode()).append('\n');
        Map<String, String> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            if (!key.equals("date") && !key.equals("content-length") && !key.equals(":status")) {
                headers.put(key, key.equals("x-restsvcsessionid") ? "<token>"
                        : COOKIE_TOKEN.matcher(normalise(String.join(", ", values))).replaceAll("X-RestSvcSessionId=<token>"));
            }
        });
        headers.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
        text.append('\n').append(normalise(response.body())).append("\n\n");
        answers.add(text.toString());
    }

    private String normalise(String text) {
        String s = text.replace(root, "http://server");
        Matcher m = UUID_PATTERN.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = m.group().toLowerCase(Locale.ROOT);
            m.appendReplacement(out, uuids.computeIfAbsent(id, k -> "uuid-" + (uuids.size() + 1)));
        }
        m.appendTail(out);
        return TIME.matcher(out.toString()).replaceAll("<time>");
    }

    private static List<String> split(String recorded) {
        List<String> entries = new ArrayList<>();
        for (String part : recorded.split("(?m)^(?==== )")) {
            if (!part.isEmpty()) {
                entries.add(part);
            }
        }
        return entries;
    }
}
