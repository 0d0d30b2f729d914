package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.w3c.dom.Element;

/**
 * Thousands of generated malformed requests (request lines, paths, query strings, headers, bodies)
 * against one running server: each answer is a 4xx or the documented 501 (a GET may also succeed)
 * with a well-formed Error body, never a 500; the server stays up and stores nothing.
 */
class FuzzAcceptanceTest {
    static final String NS = "http://www.veeam.com/ent/v1.0";
    static final String CREATE = "<?xml version=\"1.0\" encoding=\"utf-8\"?><CreateCloudGatewaySpec xmlns=\"" + NS + "\">"
            + "<ServerHostName>gw02.tech.local</ServerHostName><Description>fuzz</Description><ExternalIp>203.0.113.10</ExternalIp>"
            + "<ExternalPort>6180</ExternalPort><NetworkType>NAT</NetworkType><InternalPort>6180</InternalPort>"
            + "<BackupServerUid>urn:veeam:BackupServer:" + Api.BS1 + "</BackupServerUid></CreateCloudGatewaySpec>";
    static final String CREATE_JSON = "{\"ServerHostName\":\"gw02.tech.local\",\"Description\":\"fuzz\",\"ExternalIp\":\"203.0.113.10\","
            + "\"ExternalPort\":6180,\"NetworkType\":\"NAT\",\"InternalPort\":6180,\"BackupServerUid\":\"" + Api.BS1 + "\"}";
    static final ObjectMapper JSON = new ObjectMapper();

    static RunningServer server;
    static String token;
    static String owner;
    static String gatewaysBefore;
    static String ownerTasksBefore;

    @BeforeContainer
    static void start() {
        server = RunningServer.start();
        Api setup = server.api().logon();
        Api.Response created = setup.post("/cloud/gateways", Api.XML, CREATE.replace("gw02", "gw01"));
        assertThat(setup.awaitTask(created.header("Location")).body()).contains("Success=\"true\"");
        owner = setup.token();
        gatewaysBefore = setup.get("/cloud/gateways?format=Entity").body();
        ownerTasksBefore = setup.get("/tasks").body();
        // The fuzzing session has no tasks and knows no real object ids: nothing it sends may succeed.
        token = server.api().logon().token();
    }

    @AfterContainer
    static void stop() throws Exception {
        server.close();
    }

    @AfterProperty
    void serverIsUpAndStateUnchanged() {
        Api api = server.api().token(owner);
        assertThat(api.get("/").status()).isEqualTo(200);
        assertThat(api.get("/cloud/gateways?format=Entity").body()).isEqualTo(gatewaysBefore);
        assertThat(api.get("/tasks").body()).isEqualTo(ownerTasksBefore);
        assertThat(server.api().token(token).get("/tasks").body()).doesNotContain("<Task ");
    }

    record Request(String method, String target, List<String> headers, byte[] body) {
        byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            headers.forEach(h -> head.append(h).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.writeBytes(body);
            }
            return out.toByteArray();
        }

        @Override
        public String toString() {
            return method + " " + target + " " + headers + " body=" + (body == null ? "none" : new String(body, StandardCharsets.ISO_8859_1));
        }
    }

    @Property(tries = 1000, shrinking = ShrinkingMode.OFF)
    void malformedRequestsAreRefusedWithAnErrorBody(@ForAll("requests") Request request) {
        check(request, RawHttp.exchange(server.port(), request.bytes()));
    }

    @Property(tries = 1000, shrinking = ShrinkingMode.OFF)
    void malformedBodiesOnWritesAreRefusedWithAnErrorBody(@ForAll("writes") Request request) {
        RawHttp.Response r = RawHttp.exchange(server.port(), request.bytes());
        check(request, r);
        assertThat(r.status()).as("%s", request).isGreaterThanOrEqualTo(400);
    }

    @Property(tries = 300, shrinking = ShrinkingMode.OFF)
    void rawGarbageIsRefused(@ForAll("garbage") byte[] bytes) {
        RawHttp.Response r = RawHttp.exchange(server.port(), bytes, true);
        if (r.status() != -1) {
            // Random bytes that never form a request line may be dropped; any answer is a 4xx, never 5xx.
            assertThat(r.status()).as(new String(bytes, StandardCharsets.ISO_8859_1)).isBetween(400, 499);
        }
    }

    @Property(tries = 100, shrinking = ShrinkingMode.OFF)
    void aCompleteButMalformedRequestIsAnsweredWithA4xx(@ForAll("malformedRequests") byte[] bytes) {
        // These end their head with an empty line: the server has all it needs to answer, so dropping is a failure.
        RawHttp.Response r = RawHttp.exchange(server.port(), bytes, true);
        assertThat(r.status()).as(new String(bytes, StandardCharsets.ISO_8859_1)).isBetween(400, 499);
    }

    private static void check(Request request, RawHttp.Response r) {
        String what = request + "\n=> " + r.status() + " " + r.body();
        assertThat(r.status()).as(what).isNotEqualTo(-1);
        boolean readOnly = request.method().equals("GET");
        assertThat(r.status() >= 400 && r.status() < 500 || r.status() == 501 || readOnly && r.status() == 200).as(what).isTrue();
        if (r.status() >= 400) {
            assertWellFormedError(r, what);
        }
    }

    static void assertWellFormedError(RawHttp.Response r, String what) {
        String type = r.header("Content-Type");
        assertThat(type).as(what).isIn("application/xml; charset=utf-8", "application/json; charset=utf-8");
        try {
            if (type.startsWith("application/json")) {
                JsonNode error = JSON.readTree(r.body());
                assertThat(error.get("StatusCode").asInt()).as(what).isEqualTo(r.status());
                assertThat(error.get("Message").asText()).as(what).isNotBlank();
            } else {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)))
                        .getDocumentElement();
                assertThat(root.getLocalName()).as(what).isEqualTo("Error");
                assertThat(root.getNamespaceURI()).as(what).isEqualTo(NS);
                assertThat(root.getAttribute("StatusCode")).as(what).isEqualTo(Integer.toString(r.status()));
                assertThat(root.getAttribute("Message")).as(what).isNotBlank();
            }
        } catch (Exception e) {
            throw new AssertionError("not a well-formed Error body: " + what, e);
        }
    }

    // ---- generators ----

    @Provide
    Arbitrary<Request> requests() {
        return Combinators.combine(methods(), targets(), headers(), bodies()).as(Request::new);
    }

    @Provide
    Arbitrary<Request> writes() {
        Arbitrary<String> method = Arbitraries.of("POST", "PUT", "DELETE");
        Arbitrary<String> target = Arbitraries.of("/api/cloud/gateways", "/api/cloud/gateways/", "/api/CLOUD/Gateways",
                "/api/cloud/gateways/" + UUID.randomUUID(), "/api/cloud/gatewayPools", "/api/sessionMngr/?v=latest",
                "/api/logonSessions/" + UUID.randomUUID(), "/api/tasks/task-1", "/api/tasks/task-99999999999");
        return Combinators.combine(method, target, headers(), brokenBodies()).as(Request::new);
    }

    @Provide
    Arbitrary<byte[]> garbage() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(300);
        return Arbitraries.oneOf(random, malformedRequests());
    }

    @Provide
    Arbitrary<byte[]> malformedRequests() {
        return Arbitraries.of("GET", "POST", "G\u0000T", "GET /api/ HTTP/1.1", "GET /api/\u0001 HTTP/1.1",
                "GET http://[::1 HTTP/1.1", "GET /api/%zz HTTP/1.1", "GET /api/ HTTP/1.1\r\nHost: a\r\nBad Header\r\n",
                "GET /api/ HTTP/1.1\r\nHost: a\r\nX: \u0007\r\n", "GET /api/ HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n",
                "GET /api/ HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n",
                "POST /api/cloud/gateways HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                .map(s -> (s + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * A head over the server's limit is answered (414/431) as soon as the limit is passed, while the rest of it
     * is still unread; closing then resets the connection, and TCP may discard the answer before the client
     * reads it. So here a reset is allowed, but an answer is never anything but a 4xx.
     */
    @net.jqwik.api.Example
    void aHeadOverTheLimitIsRefusedOrReset() {
        for (String s : new String[] {"GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: a\r\n",
                "GET /api/ HTTP/1.1\r\nHost: a\r\nX: " + "b".repeat(20_000) + "\r\n"}) {
            RawHttp.Response r = RawHttp.exchange(server.port(), (s + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), true);
            if (r.status() != -1) {
                assertThat(r.status()).isIn(414, 431);
            }
        }
    }

    private static Arbitrary<String> methods() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.of("GET", "POST", "PUT", "DELETE")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("PATCH", "OPTIONS", "TRACE", "get", "FOO", "CONNECT-ish")));
    }

    private static Arbitrary<String> targets() {
        Arbitrary<String> segment = Arbitraries.oneOf(
                Arbitraries.of("cloud", "gateways", "gatewayPools", "backupServers", "managedServers", "logonSessions", "tasks",
                        "sessionMngr", "querySvc", "query", "task-0", "task-x", "task-", "..", ".", "%2e%2e", "%00", "%ff", "%C3%A9",
                        "%2F", "urn:veeam:CloudGateway:" + UUID.randomUUID(), "jobs", "hierarchyRoots", "tenants", "api", ";x=1"),
                Arbitraries.create(() -> UUID.randomUUID().toString()),
                Arbitraries.strings().withChars("abcXYZ019-_.~!$&'()*+,;=:@").ofMinLength(0).ofMaxLength(40),
                Arbitraries.strings().withCharRange('!', '~').ofMaxLength(20)
                        .filter(s -> s.chars().noneMatch(c -> c == '#' || c == '?' || c == '%' || c == '/')));
        Arbitrary<String> path = segment.list().ofMinSize(0).ofMaxSize(5).map(parts -> "/api/" + String.join("/", parts));
        Arbitrary<String> query = Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.of("format=Entity", "format=bogus", "FORMAT=entity", "v=latest", "v=v9_9", "action=create", "filter=%zz",
                        "pageSize=-1", "page=abc", "=", "&&", "a=" + "x".repeat(3000), "type=Task", "%00=%00")
                        .list().ofMinSize(1).ofMaxSize(3).map(q -> "?" + String.join("&", q)));
        return Combinators.combine(path, query, Arbitraries.integers().between(0, 9))
                .as((p, q, outside) -> outside == 0 ? "/" + p.substring(5) + q : p + q);
    }

    private static Arbitrary<List<String>> headers() {
        Arbitrary<String> session = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.create(() -> "X-RestSvcSessionId: " + token)),
                net.jqwik.api.Tuple.of(1, Arbitraries.create(() -> "Cookie: X-RestSvcSessionId=" + token)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("X-RestSvcSessionId: ", "X-RestSvcSessionId: garbage",
                        "X-RestSvcSessionId: " + "A".repeat(48), "Cookie: X-RestSvcSessionId=;;;", "X-RestSvcSessionId: \u00e9\u00e9")),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("X-Nothing: 1")));
        Arbitrary<String> accept = Arbitraries.of("Accept: application/xml", "Accept: application/json", "Accept: */*",
                "Accept: application/json;q=abc", "Accept: ;;;", "Accept: text/html", "X-No-Accept: 1", "Accept: application/json, text/xml;q=0.1");
        Arbitrary<String> contentType = Arbitraries.of("Content-Type: application/xml", "Content-Type: application/json",
                "Content-Type: text/xml", "Content-Type: text/plain", "Content-Type: ", "Content-Type: application/xml; charset=ebcdic",
                "Content-Type: application/json; charset=utf-16", "Content-Type: ;", "X-No-Type: 1");
        Arbitrary<String> extra = Arbitraries.oneOf(
                Arbitraries.of("Authorization: Basic", "Authorization: Basic !!!", "Authorization: Bearer x",
                        "Authorization: Basic " + java.util.Base64.getEncoder().encodeToString("TECH\\Administrator:nope".getBytes(StandardCharsets.UTF_8)),
                        "Expect: 100-continue", "Transfer-Encoding: identity", "Host: evil.example", "X-Forwarded-Proto: https"),
                Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(200)).as((n, v) -> "X-" + n + ": " + v));
        return Combinators.combine(session, accept, contentType, extra).as(List::of);
    }

    private static Arbitrary<byte[]> bodies() {
        return Arbitraries.oneOf(Arbitraries.just((byte[]) null), brokenBodies());
    }

    /** Bodies that cannot be valid requests: truncated, corrupted, hostile or of the wrong shape. */
    private static Arbitrary<byte[]> brokenBodies() {
        Arbitrary<byte[]> truncatedXml = Arbitraries.integers().between(0, CREATE.length() - 2)
                .map(n -> CREATE.substring(0, n).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> truncatedJson = Arbitraries.integers().between(0, CREATE_JSON.length() - 2)
                .map(n -> CREATE_JSON.substring(0, n).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> badValues = Arbitraries.of("ExternalPort", "InternalPort", "NetworkType", "BackupServerUid")
                .flatMap(field -> Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(30)
                        // Never a value that would make the body valid: numbers, the two modes.
                        .filter(v -> !v.matches("[+-]?\\d+") && !v.equalsIgnoreCase("nat") && !v.equalsIgnoreCase("direct"))
                        .map(v -> CREATE.replaceFirst("<" + field + ">[^<]*</" + field + ">",
                                java.util.regex.Matcher.quoteReplacement("<" + field + ">" + v.replace("&", "&amp;").replace("<", "&lt;")
                                        + "</" + field + ">"))))
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> badJsonValues = Arbitraries.of("\"ExternalPort\":6180", "\"NetworkType\":\"NAT\"", "\"BackupServerUid\":\"" + Api.BS1 + "\"")
                .flatMap(field -> Arbitraries.of("true", "-1", "\"\\u0001\"", "1e99", "\"\\u0000\"", "\"\\ud800\"", "999999999999999999999")
                        .map(v -> CREATE_JSON.replace(field, field.substring(0, field.indexOf(':') + 1) + v)))
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> renamedElement = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10)
                .map(n -> CREATE.replace("Description>", n + "Zz>").getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> hostile = Arbitraries.of(
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + CREATE.replace("fuzz", "&e;"),
                "<!DOCTYPE x SYSTEM \"http://127.0.0.1:1/x.dtd\">" + CREATE,
                "<a>".repeat(5000) + "</a>".repeat(5000),
                "[".repeat(5000) + "]".repeat(5000),
                CREATE.replace("CreateCloudGatewaySpec", "CloudGateway"),
                "{\"CreateCloudGatewaySpec\": []}", "null", "[]", "\"x\"", "<", "{", "\u00ef\u00bb\u00bf", " ", "<?xml?>",
                CREATE.replace("urn:veeam:BackupServer:", "urn:veeam:CloudTenant:"), CREATE_JSON + "}", CREATE_JSON + CREATE_JSON)
                .map(s -> s.getBytes(StandardCharsets.ISO_8859_1));
        Arbitrary<byte[]> randomBytes = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(400)
                .filter(b -> b[0] != ' ' && b[0] != '\t' && b[0] != '\r' && b[0] != '\n');
        Arbitrary<byte[]> invalidUtf8 = Arbitraries.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xFF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82})
                .flatMap(bad -> Arbitraries.of(CREATE, CREATE_JSON).map(doc -> {
                    byte[] text = doc.replace("fuzz", "f#z").getBytes(StandardCharsets.UTF_8);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    int at = indexOf(text, (byte) '#');
                    out.write(text, 0, at);
                    out.writeBytes(bad);
                    out.write(text, at + 1, text.length - at - 1);
                    return out.toByteArray();
                }));
        return Arbitraries.oneOf(truncatedXml, truncatedJson, badValues, badJsonValues, renamedElement, hostile, randomBytes, invalidUtf8);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new IllegalArgumentException("no marker");
    }
}
