package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hostile bodies: DTDs and entities (XXE, billion laughs), deep nesting, bodies over
 * {@code max-body-bytes} with and without Content-Length, over-long strings, invalid UTF-8 and NUL.
 * Each is a 4xx with an Error body, never a 500, and nothing is stored.
 */
class HostileInputAcceptanceTest {
    static final String NS = "xmlns=\"http://www.veeam.com/ent/v1.0\"";
    static final String BS = "urn:veeam:BackupServer:" + Api.BS1;
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();
    static Api admin;
    static String gateway;

    @BeforeAll
    static void start() {
        admin = server.api().logon();
        Fixtures.dropSeededPool(admin);
        Api.Response created = admin.post("/cloud/gateways", Api.XML, create("gw01.tech.local", "first"));
        assertThat(admin.awaitTask(created.header("Location")).body()).contains("Success=\"true\"");
        gateway = admin.get("/cloud/gateways").find("/cloud/gateways/([0-9a-f-]{36})");
    }

    @AfterEach
    void nothingWasStored() {
        Api.Response list = admin.get("/cloud/gateways?format=Entity");
        assertThat(list.body().split("<CloudGateway ", -1)).hasSize(2);
        assertThat(list.body()).contains("<Description>first</Description>").doesNotContain("root:", "lol");
    }

    static String create(String host, String description) {
        return "<CreateCloudGatewaySpec " + NS + "><ServerHostName>" + host + "</ServerHostName><Description>" + description
                + "</Description><NetworkType>Direct</NetworkType><BackupServerUid>" + BS + "</BackupServerUid></CreateCloudGatewaySpec>";
    }

    static String createJson(String host, String description) {
        return "{\"ServerHostName\":\"" + host + "\",\"Description\":\"" + description + "\",\"NetworkType\":\"Direct\",\"BackupServerUid\":\""
                + BS + "\"}";
    }

    private static void assertRefused(Api.Response r, int status, String messagePart) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.body()).contains("<Error " + NS, "StatusCode=\"" + status + "\"", messagePart);
    }

    @Test
    void externalEntityIsRefusedBeforeAnyExpansion() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE CreateCloudGatewaySpec [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + create("&xxe;", "x");
        assertRefused(admin.post("/cloud/gateways", Api.XML, xxe), 400, "document type declaration");
        String external = "<?xml version=\"1.0\"?><!DOCTYPE CreateCloudGatewaySpec SYSTEM \"http://127.0.0.1:1/evil.dtd\">" + create("h", "x");
        assertRefused(admin.post("/cloud/gateways", Api.XML, external), 400, "document type declaration");
        String parameter = "<!DOCTYPE x [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>" + create("h", "x");
        assertRefused(admin.put("/cloud/gateways/" + gateway, Api.XML, parameter), 400, "document type declaration");
    }

    @Test
    void billionLaughsIsRefusedAtOnce() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>").append(create("&lol9;", "x"));
        long started = System.nanoTime();
        assertRefused(admin.post("/cloud/gateways", Api.XML, dtd.toString()), 400, "document type declaration");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2000);
    }

    @Test
    void xincludeIsNotFollowed() {
        String body = "<CreateCloudGatewaySpec " + NS + " xmlns:xi=\"http://www.w3.org/2001/XInclude\"><ServerHostName>h</ServerHostName>"
                + "<xi:include href=\"file:///etc/passwd\" parse=\"text\"/><NetworkType>Direct</NetworkType><BackupServerUid>" + BS
                + "</BackupServerUid></CreateCloudGatewaySpec>";
        Api.Response r = admin.post("/cloud/gateways", Api.XML, body);
        assertRefused(r, 400, "include");
        assertThat(r.body()).doesNotContain("root:");
    }

    @Test
    void deeplyNestedBodiesAre400NotAStackOverflow() {
        String deepXml = "<CreateCloudGatewaySpec " + NS + "><Description>" + "<a>".repeat(20_000) + "</a>".repeat(20_000)
                + "</Description></CreateCloudGatewaySpec>";
        assertRefused(admin.post("/cloud/gateways", Api.XML, deepXml), 400, "depth");
        String deepJson = "{\"Description\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}";
        assertRefused(admin.post("/cloud/gateways", Api.JSON, deepJson), 400, "nesting depth");
        String deepObjects = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);
        assertRefused(admin.put("/cloud/gateways/" + gateway, Api.JSON, deepObjects), 400, "nesting depth");
    }

    @Test
    void bodyOverTheLimitIs413WithContentLength() {
        String head = "POST /api/cloud/gateways HTTP/1.1\nHost: 127.0.0.1\nX-RestSvcSessionId: " + admin.token()
                + "\nContent-Type: application/xml\nContent-Length: " + (2 << 20);
        // Only the head and a little of the body: the declared length alone earns the 413.
        RawHttp.Response r = RawHttp.exchange(server.port(), RawHttp.request(head, "<CreateCloudGatewaySpec".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.body()).contains("StatusCode=\"413\"", "larger than 1048576 bytes");
    }

    @Test
    void bodyOverTheLimitIs413WhenChunked() {
        String head = "PUT /api/cloud/gateways/" + gateway + " HTTP/1.1\nHost: 127.0.0.1\nX-RestSvcSessionId: " + admin.token()
                + "\nContent-Type: application/json\nTransfer-Encoding: chunked";
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        byte[] chunk = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 20; i++) {
            chunks.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunks.writeBytes(chunk);
            chunks.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunks.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        RawHttp.Response r = RawHttp.exchange(server.port(), RawHttp.request(head, chunks.toByteArray()));
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.body()).contains("StatusCode=\"413\"");
    }

    @Test
    void aBodyJustWithinTheLimitIsReadAndJudgedOnItsMerits() {
        String padded = createJson("gw02.tech.local", "x").replace("{", "{" + " ".repeat((1 << 20) - 200));
        Api.Response r = admin.post("/cloud/gateways", Api.JSON, padded.replace("\"Direct\"", "\"Sideways\""));
        assertRefused(r, 400, "NetworkType");
    }

    @Test
    void overlongStringsAre400BeforeTheStore() {
        assertRefused(admin.post("/cloud/gateways", Api.XML, create("gw02.tech.local", "d".repeat(1025))), 400, "Description");
        assertRefused(admin.post("/cloud/gateways", Api.JSON, createJson("gw02.tech.local", "d".repeat(1025))), 400, "Description");
        assertRefused(admin.post("/cloud/gateways", Api.XML, create("h".repeat(256), "x")), 400, "ServerHostName");
        assertRefused(admin.put("/cloud/gateways/" + gateway, Api.XML,
                "<CloudGateway " + NS + "><Description>" + "d".repeat(1025) + "</Description></CloudGateway>"), 400, "Description");
        assertRefused(admin.put("/cloud/gateways/" + gateway, Api.JSON,
                "{\"NetworkMode\":\"NAT\",\"ExternalIP\":\"" + "1".repeat(256) + "\"}"), 400, "ExternalIP");
        assertRefused(admin.post("/cloud/gateways", Api.JSON, "{\"ServerHostName\":\"" + "x".repeat(70_000) + "\"}"), 400, "String value length");
        assertRefused(admin.post("/cloud/gateways", Api.JSON, "{\"" + "N".repeat(1000) + "\":1}"), 400, "Name length");
    }

    @Test
    void theLongestAllowedDescriptionIsStoredWhole() {
        // 1024 characters of 3-byte UTF-8: the limit counts characters, and the column holds them.
        String description = "€".repeat(1024);
        Api.Response r = admin.put("/cloud/gateways/" + gateway, Api.JSON, "{\"Description\":\"" + description + "\"}");
        assertThat(r.status()).isEqualTo(202);
        assertThat(admin.awaitTask(r.header("Location")).body()).contains("Success=\"true\"");
        assertThat(admin.get("/cloud/gateways/" + gateway + "?format=Entity").body()).contains(description);
        Api.Response back = admin.put("/cloud/gateways/" + gateway, Api.JSON, "{\"Description\":\"first\"}");
        assertThat(admin.awaitTask(back.header("Location")).body()).contains("Success=\"true\"");
    }

    @Test
    void invalidUtf8AndNulAre400() {
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"utf-8\"?>" + create("gw02.tech.local", "@@")).getBytes(StandardCharsets.UTF_8);
        replace(xml, (byte) 0xC0, (byte) 0xAF); // an overlong '/', the classic path-traversal disguise
        assertRefused(sendBytes("POST", "/cloud/gateways", Api.XML, xml), 400, "not valid UTF-8");
        byte[] bare = create("gw02.tech.local", "@@").getBytes(StandardCharsets.UTF_8);
        replace(bare, (byte) 0xFF, (byte) 0xFE);
        assertRefused(sendBytes("POST", "/cloud/gateways", Api.XML, bare), 400, "not valid UTF-8");
        byte[] json = createJson("gw02.tech.local", "@@").getBytes(StandardCharsets.UTF_8);
        replace(json, (byte) 0xC3, (byte) 0x28);
        assertRefused(sendBytes("POST", "/cloud/gateways", Api.JSON, json), 400, "not valid UTF-8");
        assertRefused(admin.post("/cloud/gateways", Api.JSON, createJson("gw02.tech.local", "a\\u0000b")), 400, "NUL");
        assertRefused(admin.post("/cloud/gateways", Api.XML, create("gw02.tech.local", "a&#0;b")), 400, "not well-formed XML");
    }

    private static void replace(byte[] bytes, byte first, byte second) {
        for (int i = 0; i < bytes.length - 1; i++) {
            if (bytes[i] == '@' && bytes[i + 1] == '@') {
                bytes[i] = first;
                bytes[i + 1] = second;
                return;
            }
        }
        throw new AssertionError("no @@ placeholder");
    }

    private static Api.Response sendBytes(String method, String path, String contentType, byte[] body) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(RawHttp.request(method + " /api" + path + " HTTP/1.1\nHost: 127.0.0.1\nX-RestSvcSessionId: " + admin.token()
                + "\nContent-Type: " + contentType + "\nContent-Length: " + body.length, body));
        RawHttp.Response r = RawHttp.exchange(server.port(), request.toByteArray());
        return new Api.Response(r.status(), r.headers(), r.body());
    }
}
