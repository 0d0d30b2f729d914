package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

/** Every refusal is an Error body in the negotiated format with the right status, never a 500 (SPEC §1.5, §3.9). */
class ErrorsAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();
    static Api api;

    @BeforeAll
    static void logon() {
        api = server.admin();
    }

    @Test
    void malformedXmlAndJsonAre400() {
        assertError(api.accept(null).post("/cloud/gateways", Api.XML, "<CreateCloudGatewaySpec"), 400, "not well-formed");
        assertError(api.accept(null).post("/cloud/gateways", Api.JSON, "{\"ServerHostName\":"), 400, "not valid JSON");
        assertError(api.accept(null).post("/cloud/gateways", Api.JSON, "[1,2]"), 400, "JSON object");
        assertError(api.accept(null).post("/cloud/gateways", null, "hello"), 400, "neither XML nor JSON");
    }

    @Test
    void wrongRootElementIs400() {
        assertError(api.accept(null).post("/cloud/gateways", Api.XML, "<CloudGateway xmlns=\"http://www.veeam.com/ent/v1.0\"/>"), 400,
                "must be a CreateCloudGatewaySpec");
    }

    @Test
    void documentTypeDeclarationsAreRefusedBeforeExpansion() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
                + "<CreateCloudGatewaySpec xmlns=\"http://www.veeam.com/ent/v1.0\"><ServerHostName>&lol2;</ServerHostName></CreateCloudGatewaySpec>";
        assertError(api.accept(null).post("/cloud/gateways", Api.XML, laughs), 400, "DTD");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<CreateCloudGatewaySpec xmlns=\"http://www.veeam.com/ent/v1.0\"><ServerHostName>&e;</ServerHostName></CreateCloudGatewaySpec>";
        assertError(api.accept(null).post("/cloud/gateways", Api.XML, xxe), 400, "DTD");
    }

    @Test
    void unsupportedContentTypeIs415ButIgnoredWithoutABody() {
        assertError(api.accept(null).post("/cloud/gateways", "text/plain", "x"), 415, "text/plain");
        Api.Response get = api.send("GET", "/cloud/gateways", "text/csv", null, Map.of());
        assertThat(get.status()).isEqualTo(200);
    }

    @Test
    void unknownPathsAre404AndWrongMethods405WithAllow() {
        assertError(api.accept(null).get("/no/such/thing"), 404, "was not found");
        assertError(api.accept(null).get("/cloud/gateways/5b0bd7a4-0000-4000-8000-000000000000"), 404, "was not found");
        assertError(api.accept(null).get("/cloud/gateways/not-a-uuid"), 404, "was not found");
        Api.Response r = api.accept(null).send("PATCH", "/cloud/gateways", null, null, Map.of());
        assertError(r, 405, "PATCH");
        assertThat(r.header("Allow")).isEqualTo("GET, POST");
        assertError(server.api().get("/nothing/here"), 401, "Logon session");
        assertError(api.accept(null).get("/jobs"), 501, "not implemented");
        assertThat(api.get("/").status()).isEqualTo(200);
        assertError(server.api().get("http://127.0.0.1:" + server.port() + "/elsewhere"), 404, "was not found");
    }

    @Test
    void errorsFollowAcceptLikeSuccessBodies() {
        Api.Response r = api.accept(Api.JSON).get("/cloud/gateways/5b0bd7a4-0000-4000-8000-000000000000");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(r.body()).isEqualTo("{\"FirstChanceExceptionMessage\":null,\"Message\":\"Cloud gateway [5b0bd7a4-0000-4000-8000-000000000000]"
                + " was not found.\",\"StackTrace\":null,\"Status\":null,\"StatusCode\":404}");
    }

    @Test
    void oversizedBodiesAre413() throws Exception {
        try (RunningServer small = RunningServer.start(Map.of("max-body-bytes", "1024"))) {
            Api client = small.api().logon();
            assertError(client.post("/cloud/gateways", Api.XML, "<a>" + "x".repeat(5000) + "</a>"), 413, "larger than");
        }
    }

    static void assertError(Api.Response r, int status, String fragment) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.body()).contains("<Error xmlns=\"http://www.veeam.com/ent/v1.0\"", "StatusCode=\"" + status + "\"", fragment)
                .doesNotContain("Exception", "at dev.");
    }
}
