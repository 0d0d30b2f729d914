package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * The web console in a real headless Chromium against a real server: what a person sees and
 * clicks. One server and one browser for the class; each test starts from the seed, logged out.
 */
class ConsoleBrowserTest {
    /** The issue's bound for a change made through the API to show in an open console. */
    private static final Duration LIVE = Duration.ofSeconds(2);
    private static final String GW02 = "a5352877-3b99-4e2a-8700-400cb3eefb56";

    @RegisterExtension
    static final ServerExtension server = new ServerExtension();
    private static Browser browser;
    private static Control control;
    private static String console;
    private String[] expectedLogs = new String[0];

    @BeforeAll
    static void start() throws Exception {
        control = server.control();
        console = "http://127.0.0.1:" + server.port() + "/console/";
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void fresh() {
        control.reset();
        browser.open(console);
        browser.driver().manage().deleteAllCookies();
        browser.open(console);
        browser.await("the logon form", d -> browser.visible("#logon"));
        browser.severeLogs();
    }

    /** No errors in the browser console, but those a test provokes on purpose (a refused logon answers 401). */
    @AfterEach
    void noErrorsInTheBrowserConsole() {
        assertThat(browser.severeLogs(expectedLogs)).as("severe browser log entries").isEmpty();
    }

    private void logOn(String user) {
        browser.find("#user").clear();
        browser.find("#user").sendKeys(user);
        browser.find("#password").sendKeys(Api.PASSWORD);
        browser.find("#logon-submit").click();
        browser.await("the console after logon", d -> browser.visible("#app"));
    }

    private WebElement row(String table, String id) {
        List<WebElement> rows = browser.all("#" + table + " tbody tr[data-id='" + id + "']");
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** A cell's text, read in one step: live updates replace rows at any moment. */
    private String cell(String table, String id, String key) {
        return (String) browser.script("const c = document.querySelector(arguments[0]); return c === null ? null : c.innerText;",
                "#" + table + " tbody tr[data-id='" + id + "'] td[data-key='" + key + "']");
    }

    @Test
    void aWrongPasswordShowsAnErrorAndNothingElse() {
        expectedLogs = new String[] {"401"};
        browser.find("#user").sendKeys(Api.ADMIN);
        browser.find("#password").sendKeys("wrong");
        browser.find("#logon-submit").click();
        WebElement error = browser.await("the logon error", d -> browser.visible("#logon-error") ? browser.find("#logon-error") : null);
        assertThat(error.getText()).isEqualTo("The user name or password is wrong.");
        assertThat(browser.visible("#app")).isFalse();
        assertThat(browser.all("#gateways tbody tr")).isEmpty();
        assertThat(browser.driver().manage().getCookieNamed("cloudgate-console")).isNull();
    }

    @Test
    void theRightPasswordShowsTheInventoryAndAReloadKeepsTheSession() {
        logOn(Api.ADMIN);
        assertThat(browser.find("#who").getText()).isEqualTo("TECH\\Administrator · Portal Administrator");
        browser.await("backup servers", d -> row("backup-servers", Api.BS1) != null);
        assertThat(cell("backup-servers", Api.BS1, "name")).isEqualTo("vbr01.tech.local");
        assertThat(cell("backup-servers", Api.BS1, "managedServers")).contains("gw01.tech.local (Windows, 172.16.13.101)");
        assertThat(browser.visible("#tenants-section")).isTrue();
        assertThat(cell("tenants", DemoSeed.TENANT_ABC, "name")).isEqualTo("ABC Company");
        // The demo seed's one gateway, with its pool (SPEC-tenants §3.6).
        assertThat(browser.script("return document.querySelector('#gateways tbody').innerText.trim();")).isEqualTo(
                "gw04.tech.local\tgw04.tech.local\tDirect\t172.16.13.104\t6180 / 6180\tEnabled\tGatewayPool 1\tvbr01.tech.local\tGateway of GatewayPool 1");

        Cookie cookie = browser.driver().manage().getCookieNamed("cloudgate-console");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getPath()).isEqualTo("/console");
        assertThat(cookie.getSameSite()).isEqualTo("Strict");

        browser.driver().navigate().refresh();
        browser.await("the console after a reload", d -> browser.visible("#app"));
        assertThat(browser.visible("#logon")).isFalse();
        browser.await("backup servers after a reload", d -> row("backup-servers", Api.BS1) != null);
    }

    @Test
    void aGatewayCreatedThroughTheApiShowsWithoutReloadAndGoesAfterItsDelete() {
        logOn(Api.PORTAL_USER);
        browser.await("the live stream", d -> browser.find("#live").getText().equals("live"));
        browser.await("the inventory", d -> row("backup-servers", Api.BS1) != null);
        browser.script("window.sameDocument = true;");
        Api api = server.api().logon();

        String id = Fixtures.gateway(api, "gw02.tech.local", Api.BS1);
        long created = System.nanoTime();
        browser.await(LIVE, "the new gateway within 2 s", d -> row("gateways", id) != null);
        assertThat(Duration.ofNanos(System.nanoTime() - created)).isLessThan(LIVE);
        assertThat(cell("gateways", id, "host")).isEqualTo("gw02.tech.local");
        assertThat(cell("gateways", id, "mode")).isEqualTo("Direct");
        assertThat(cell("gateways", id, "enabled")).isEqualTo("Enabled");

        Fixtures.succeeds(api, api.delete("/cloud/gateways/" + id));
        long deleted = System.nanoTime();
        browser.await(LIVE, "the gateway gone within 2 s", d -> row("gateways", id) == null);
        assertThat(Duration.ofNanos(System.nanoTime() - deleted)).isLessThan(LIVE);
        assertThat(browser.script("return window.sameDocument === true;")).as("no reload happened").isEqualTo(true);
    }

    @Test
    void aFailedTaskStandsOutWithItsMessage() {
        logOn(Api.ADMIN);
        browser.await("the live stream", d -> browser.find("#live").getText().equals("live"));
        control.fault("{\"host\": \"gw03.tech.local\", \"fail\": \"Failed to install the Cloud Gateway role.\"}");
        Api api = server.api().logon();
        Api.Response accepted = api.post("/cloud/gateways", Api.XML, """
                <CreateCloudGatewaySpec xmlns="http://www.veeam.com/ent/v1.0">
                  <ServerHostName>gw03.tech.local</ServerHostName><NetworkType>Direct</NetworkType>
                  <BackupServerUid>urn:veeam:BackupServer:%s</BackupServerUid>
                </CreateCloudGatewaySpec>""".formatted(Api.BS1));
        assertThat(Fixtures.failure(api, accepted)).isEqualTo("Failed to install the Cloud Gateway role.");

        String failed = browser.await(LIVE, "the failed task", d -> (String) browser.script(
                "const r = document.querySelector('#tasks tbody tr.failed'); return r === null ? null : r.innerText;"));
        assertThat(failed).contains("Failed to install the Cloud Gateway role.").contains("Failed").contains("TECH\\Administrator");
        assertThat(browser.script("return getComputedStyle(document.querySelector(\"#tasks tr.failed td[data-key='message']\")).backgroundColor;"))
                .as("a failed task's row is tinted").isNotIn("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)");
    }

    @Test
    void aFaultAddedInTheConsoleIsListedByTheControlApiAndCanBeRemoved() {
        logOn(Api.ADMIN);
        browser.await("the steering section", d -> browser.visible("#steer"));
        browser.find("#fault-host").sendKeys("gw01.tech.local");
        browser.find("#fault-fail").sendKeys("Injected from the console.");
        browser.find("#fault-times").sendKeys("2");
        browser.find("#fault-add").click();

        JsonNode fault = browser.await("the fault in GET /_cloudgate/faults", d -> {
            JsonNode faults = Control.json(control.get("/faults")).get("faults");
            return faults.isEmpty() ? null : faults.get(0);
        });
        assertThat(fault.get("host").asText()).isEqualTo("gw01.tech.local");
        assertThat(fault.get("fail").asText()).isEqualTo("Injected from the console.");
        assertThat(fault.get("times").asInt()).isEqualTo(2);
        String id = fault.get("id").asText();
        browser.await("the fault listed in the console", d -> row("faults", id) != null);

        row("faults", id).findElement(org.openqa.selenium.By.tagName("button")).click();
        browser.await("the fault removed", d -> Control.json(control.get("/faults")).get("faults").isEmpty());
        browser.await("the fault gone from the console", d -> row("faults", id) == null);

        new org.openqa.selenium.support.ui.Select(browser.find("#fault-kind")).selectByValue("path");
        browser.find("#fault-path").sendKeys("/api/backupServers.*");
        new org.openqa.selenium.support.ui.Select(browser.find("#fault-method")).selectByVisibleText("GET");
        browser.find("#fault-status").sendKeys("503");
        browser.find("#fault-add").click();
        JsonNode pathFault = browser.await("the path fault in GET /_cloudgate/faults", d -> {
            JsonNode faults = Control.json(control.get("/faults")).get("faults");
            return faults.isEmpty() ? null : faults.get(0);
        });
        assertThat(pathFault.get("path").asText()).isEqualTo("/api/backupServers.*");
        assertThat(pathFault.get("method").asText()).isEqualTo("GET");
        assertThat(pathFault.get("status").asInt()).isEqualTo(503);
        assertThat(server.api().logon().get("/backupServers").status()).isEqualTo(503);
        // The console's own view does not go through /api: the fault does not blind it.
        assertThat(fetchStatus("GET", "inventory")).isEqualTo(200);
        browser.find("#faults-clear").click();
        browser.await("every fault removed", d -> Control.json(control.get("/faults")).get("faults").isEmpty());
    }

    @Test
    void theJournalShowsTheClientsRequestsWithItsFilters() {
        Api api = server.api().logon();
        api.get("/backupServers");
        api.get("/cloud/gateways");
        logOn(Api.ADMIN);
        browser.await("the journal", d -> browser.all("#journal tbody tr[data-id]").size() >= 3);
        browser.find("#journal-path").sendKeys("/api/cloud/.*");
        browser.find("#journal-load").click();
        browser.await("the filtered journal", d -> {
            List<WebElement> paths = browser.all("#journal tbody td[data-key='path']");
            return paths.size() == 1 && paths.get(0).getText().equals("/api/cloud/gateways");
        });
        assertThat(browser.script("return document.querySelector(\"#journal tbody td[data-key='user']\").innerText;"))
                .isEqualTo("TECH\\Administrator");
    }

    @Test
    void resetInTheConsolePutsTheSeedBackAndEndsTheSession() {
        Api api = server.api().logon();
        String id = Fixtures.gateway(api, "gw02.tech.local", Api.BS1);
        logOn(Api.ADMIN);
        browser.await("the gateway", d -> row("gateways", id) != null);
        browser.find("#reset").click();
        browser.find("#reset-confirm").click();
        browser.await("the logon form after the reset", d -> browser.visible("#logon"));
        assertThat(browser.all("#app tbody tr")).as("nothing of the ended session left in the page").isEmpty();
        assertThat(browser.find("#logon-note").getText()).startsWith("The store was reset to its seed");
        assertThat(api.get("/cloud/gateways").status()).isEqualTo(401);
        assertThat(server.api().logon().get("/cloud/gateways/" + id).status()).isEqualTo(404);

        logOn(Api.ADMIN);
        browser.await("the inventory after the reset", d -> row("backup-servers", Api.BS1) != null);
        assertThat(row("gateways", id)).isNull();
    }

    @Test
    void aRestoreOperatorSeesNoInventoryAndAPortalUserCannotSteer() {
        expectedLogs = new String[] {"403"};
        logOn(Api.RESTORE_OPERATOR);
        assertThat(browser.visible("#no-inventory")).isTrue();
        assertThat(browser.visible("#inventory")).isFalse();
        assertThat(browser.visible("#steer")).isFalse();
        assertThat(fetchStatus("GET", "inventory")).isEqualTo(403);
        assertThat(fetchStatus("GET", "tasks")).isEqualTo(403);
        assertThat(fetchStatus("GET", "events")).isEqualTo(403);

        browser.find("#logout").click();
        browser.await("the logon form after logout", d -> browser.visible("#logon"));
        logOn(Api.PORTAL_USER);
        browser.await("the inventory", d -> row("backup-servers", Api.BS1) != null);
        assertThat(browser.visible("#steer")).isFalse();
        assertThat(fetchStatus("POST", "control/reset")).isEqualTo(403);
        assertThat(fetchStatus("GET", "control/faults")).isEqualTo(403);
    }

    /** The status of a request the page's own script makes, with the page's CSRF token. */
    private int fetchStatus(String method, String path) {
        Object status = browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[1], {method: arguments[0], headers: {'X-Cloudgate-Csrf': state.me.csrf}})
                  .then(r => done(r.status), e => done(-1));""", method, path);
        return ((Number) status).intValue();
    }

    @Test
    void anEndedSessionBringsTheFormBack() {
        expectedLogs = new String[] {"401"};
        logOn(Api.PORTAL_USER);
        browser.await("the live stream", d -> browser.find("#live").getText().equals("live"));
        String token = browser.driver().manage().getCookieNamed("cloudgate-console").getValue();
        // The session ends as an expired one does: the next request with its token is a 401.
        Api same = server.api().token(token);
        String sessionId = new String(java.util.Base64.getDecoder().decode(token), java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(same.delete("/logonSessions/" + sessionId).status()).isEqualTo(204);
        Fixtures.gateway(server.api().logon(), "gw02.tech.local", Api.BS1);
        browser.await(LIVE, "the logon form", d -> browser.visible("#logon"));
        assertThat(browser.find("#logon-note").getText()).startsWith("Your logon session has ended");
    }

    @Test
    void markupInADescriptionIsShownAsText() {
        Api api = server.api().logon();
        String gateway = Fixtures.gateway(api, "gw02.tech.local", Api.BS1);
        String hostile = "<img src=x onerror=\"window.pwned=1\"><script>window.pwned=2</script>";
        Api.Response task = Fixtures.finished(api, api.post("/cloud/gatewayPools", Api.XML, """
                <CreateCloudGatewayPoolSpec xmlns="http://www.veeam.com/ent/v1.0">
                  <Name>&lt;b&gt;Pool&lt;/b&gt;</Name>
                  <Description>%s</Description>
                  <CloudGateways><CloudGatewayUid>urn:veeam:CloudGateway:%s</CloudGatewayUid></CloudGateways>
                  <BackupServerUid>urn:veeam:BackupServer:%s</BackupServerUid>
                </CreateCloudGatewayPoolSpec>""".formatted(hostile.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;"), gateway, Api.BS1)));
        String pool = Fixtures.relatedId(task, "/cloud/gatewayPools/");
        logOn(Api.ADMIN);
        browser.await("the pool", d -> row("pools", pool) != null);
        assertThat(cell("pools", pool, "description")).isEqualTo(hostile);
        assertThat(cell("pools", pool, "name")).isEqualTo("<b>Pool</b>");
        assertThat(cell("gateways", gateway, "pools")).isEqualTo("<b>Pool</b>");
        assertThat(browser.all("#pools img, #pools script, #pools b, #gateways b")).isEmpty();
        assertThat(browser.script("return window.pwned === undefined;")).isEqualTo(true);
    }

    @Test
    void tablesSortByNameBothWays() {
        Api api = server.api().logon();
        Fixtures.gateway(api, "gw02.tech.local", Api.BS1);
        Fixtures.gateway(api, "gw01.tech.local", Api.BS1);
        Fixtures.gateway(api, "srv01.tech.local", Api.BS2);
        logOn(Api.PORTAL_USER);
        browser.await("three gateways and the seeded one", d -> browser.all("#gateways tbody tr[data-id]").size() == 4);
        assertThat(names("gateways")).containsExactly("gw01.tech.local", "gw02.tech.local", "gw04.tech.local", "srv01.tech.local");
        browser.find("#gateways th[data-key='name'] button").click();
        assertThat(names("gateways")).containsExactly("srv01.tech.local", "gw04.tech.local", "gw02.tech.local", "gw01.tech.local");
        assertThat(browser.find("#gateways th[data-key='name']").getAttribute("aria-sort")).isEqualTo("descending");
    }

    private List<String> names(String table) {
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) browser.script("return Array.from(document.querySelectorAll(arguments[0])).map(c => c.innerText);",
                "#" + table + " tbody td[data-key='name']");
        return names;
    }

    @Test
    void thePageSendsAStrictPolicyAndStateChangesNeedTheTokenAndThisOrigin() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(console)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'none'").contains("script-src 'self'").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        logOn(Api.ADMIN);
        String token = browser.driver().manage().getCookieNamed("cloudgate-console").getValue();
        String csrf = (String) browser.script("return state.me.csrf;");
        URI reset = URI.create(console + "control/reset");
        HttpRequest.Builder post = HttpRequest.newBuilder(reset).POST(HttpRequest.BodyPublishers.noBody())
                .header("Cookie", "cloudgate-console=" + token);
        assertThat(http.send(post.copy().build(), HttpResponse.BodyHandlers.ofString()).statusCode()).as("no CSRF token").isEqualTo(403);
        assertThat(http.send(post.copy().header("X-Cloudgate-Csrf", "x" + csrf).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("a wrong CSRF token").isEqualTo(403);
        assertThat(http.send(post.copy().header("X-Cloudgate-Csrf", csrf).header("Origin", "http://evil.example").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("another origin").isEqualTo(403);
        HttpResponse<String> logonElsewhere = http.send(HttpRequest.newBuilder(URI.create(console + "session"))
                .POST(HttpRequest.BodyPublishers.ofString("user=x&password=y"))
                .header("Content-Type", "application/x-www-form-urlencoded").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(logonElsewhere.statusCode()).as("a logon posted by a form").isEqualTo(400);
        // Nothing was reset: the session still works.
        assertThat(fetchStatus("GET", "inventory")).isEqualTo(200);
        assertThat(http.send(post.copy().header("X-Cloudgate-Csrf", csrf).header("Origin", "http://127.0.0.1:" + server.port()).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("same origin with the token").isEqualTo(200);
    }

    /** The README's screenshot: a busy console at 1400×1000 (written to docs/ with -Dconsole.screenshot=update). */
    @Test
    void screenshot() throws Exception {
        Api api = server.api().logon();
        String gw1 = Fixtures.gateway(api, "gw01.tech.local", Api.BS1);
        String gw2 = Fixtures.gateway(api, "gw02.tech.local", Api.BS1,
                "<ExternalIp>203.0.113.20</ExternalIp><ExternalPort>6180</ExternalPort><NetworkType>NAT</NetworkType><InternalPort>6181</InternalPort>");
        Fixtures.gateway(api, "srv01.tech.local", Api.BS2);
        Fixtures.pool(api, "Europe", List.of(gw1, gw2), List.of(DemoSeed.TENANT_ABC), Api.BS1);
        control.fault("{\"host\": \"gw03.tech.local\", \"fail\": \"Failed to install the Cloud Gateway role.\"}");
        Fixtures.failure(api, api.post("/cloud/gateways", Api.XML, """
                <CreateCloudGatewaySpec xmlns="http://www.veeam.com/ent/v1.0">
                  <ServerHostName>gw03.tech.local</ServerHostName><NetworkType>Direct</NetworkType>
                  <BackupServerUid>urn:veeam:BackupServer:%s</BackupServerUid>
                </CreateCloudGatewaySpec>""".formatted(Api.BS1)));
        logOn(Api.ADMIN);
        browser.await("the inventory", d -> browser.all("#gateways tbody tr[data-id]").size() == 4
                && browser.all("#tasks tbody tr.failed").size() == 1 && browser.all("#faults tbody tr[data-id]").size() == 1);
        Path target = Path.of("target", "console-1400.png");
        Files.write(target, browser.screenshot());
        if ("update".equals(System.getProperty("console.screenshot"))) {
            Files.write(Path.of("..", "docs", "console.png"), browser.screenshot());
        }
        Files.write(Path.of("target", "console-steer.png"), browser.find("#steer").getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        browser.size(800, 1000);
        browser.await("the narrow layout", d -> browser.find("#inventory").getSize().getWidth() < 800);
        assertThat(((Number) browser.script("return document.documentElement.scrollWidth;")).intValue())
                .as("no sideways scrolling of the page at 800 px").isLessThanOrEqualTo(800);
        Files.write(Path.of("target", "console-800.png"), browser.screenshot());
        browser.size(1400, 1000);
    }
}
