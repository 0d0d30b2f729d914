package dev.cloudgate.junit5;

import dev.cloudgate.client.CloudgateClient;
import dev.cloudgate.control.Fault;
import dev.cloudgate.control.FaultSpec;
import dev.cloudgate.control.JournalEntry;
import dev.cloudgate.server.CloudgateServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The running cloudgate of a test class: where it listens, who may log on, a ready client, and the
 * control operations a test needs (reset, faults, the request journal), called in process.
 */
public final class CloudgateInfo {
    /** The demo seed's users; all have the password {@link #PASSWORD}. */
    public static final String ADMINISTRATOR = "TECH\\Administrator";
    public static final String PORTAL_USER = "TECH\\portal.user";
    public static final String RESTORE_OPERATOR = "TECH\\restore.op";
    public static final String PASSWORD = "Password";

    private final CloudgateServer server;
    private final String host;

    CloudgateInfo(CloudgateServer server) {
        this.server = server;
        String bind = server.config().bind();
        this.host = bind.equals("0.0.0.0") || bind.equals("::") ? "127.0.0.1" : bind.contains(":") ? "[" + bind + "]" : bind;
    }

    /** {@code http://127.0.0.1:<port>/api}, the base a client of EM is given. */
    public String apiUrl() {
        return "http://" + host + ":" + port() + "/api";
    }

    /** {@code https://127.0.0.1:<port>/api}; its self-signed certificate is in {@link #httpsKeystore()}. */
    public String httpsUrl() {
        if (server.httpsPort() < 0) {
            throw new IllegalStateException("HTTPS is off for this server (https-port: off)");
        }
        return "https://" + host + ":" + server.httpsPort() + "/api";
    }

    /** The control API's base, {@code http://127.0.0.1:<port>/_cloudgate}, for calls this class does not offer. */
    public String controlUrl() {
        return "http://" + host + ":" + port() + "/_cloudgate";
    }

    public int port() {
        return server.port();
    }

    /** The HTTPS port, -1 when HTTPS is off. */
    public int httpsPort() {
        return server.httpsPort();
    }

    /** The PKCS#12 keystore whose certificate the HTTPS listener presents (password {@code cloudgate} for the generated one). */
    public Path httpsKeystore() {
        return server.httpsKeystore();
    }

    /** The token of the control API ({@code Authorization: Bearer <token>}). */
    public String adminToken() {
        return server.adminToken();
    }

    public String adminUser() {
        return ADMINISTRATOR;
    }

    public String portalUser() {
        return PORTAL_USER;
    }

    public String restoreOperator() {
        return RESTORE_OPERATOR;
    }

    public String password() {
        return PASSWORD;
    }

    /** A new client logged on as the demo seed's Portal Administrator. */
    public CloudgateClient client() {
        return client(ADMINISTRATOR, PASSWORD);
    }

    /** A new client logged on as {@code user}. */
    public CloudgateClient client(String user, String password) {
        CloudgateClient client = CloudgateClient.builder(apiUrl()).build();
        client.logon(user, password);
        return client;
    }

    /** A new client that has not logged on. */
    public CloudgateClient anonymousClient() {
        return CloudgateClient.builder(apiUrl()).build();
    }

    // ---- control operations (docs/control-api.md), in process ----

    /** Puts the store back to its seed and removes faults, journal and sessions; the extension does this before each test. */
    public void reset() {
        server.controls().state().reset();
    }

    /** The next gateway deployment on {@code host} fails with {@code message} (its task ends Success="false"). */
    public String failNextDeployment(String host, String message) {
        return addFault(new FaultSpec(host, "create", null, null, null, null, message, null, 1));
    }

    /** Every gateway deployment on {@code host} fails with {@code message}, until the next reset. */
    public String failDeployments(String host, String message) {
        return addFault(new FaultSpec(host, "create", null, null, null, null, message, null, null));
    }

    /** Tasks on gateways of {@code host} take {@code delay} longer, until the next reset. */
    public String delayDeployments(String host, Duration delay) {
        return addFault(new FaultSpec(host, null, null, null, null, null, null, delay.toMillis(), null));
    }

    /** The next request whose path (with {@code /api}) matches {@code pathRegex} is answered {@code status} with an Error body. */
    public String failNextRequest(String pathRegex, int status) {
        return addFault(new FaultSpec(null, null, pathRegex, null, status, null, null, null, 1));
    }

    /** Requests whose path matches {@code pathRegex} are answered {@code status}, until the next reset. */
    public String failRequests(String pathRegex, int status) {
        return addFault(new FaultSpec(null, null, pathRegex, null, status, null, null, null, null));
    }

    /** Requests whose path matches {@code pathRegex} take {@code delay} longer, until the next reset. */
    public String delayRequests(String pathRegex, Duration delay) {
        return addFault(new FaultSpec(null, null, pathRegex, null, null, null, null, delay.toMillis(), null));
    }

    /** Any fault the control API's {@code POST /faults} takes; returns its id. */
    public String addFault(FaultSpec spec) {
        return server.controls().faults().add(spec).id();
    }

    public List<Fault> faults() {
        return server.controls().faults().list();
    }

    public void removeFault(String id) {
        server.controls().faults().remove(id);
    }

    public void clearFaults() {
        server.controls().faults().clear();
    }

    /**
     * The journal of answered /api requests, oldest first (since the last reset, at most {@code journal-size}).
     * A request is journaled before its answer is sent, so every answer this thread has received is here.
     */
    public List<JournalEntry> requests() {
        return server.controls().journal().entries();
    }

    /** The journal's requests whose path matches {@code pathRegex} (case-insensitively). */
    public List<JournalEntry> requests(String pathRegex) {
        Pattern pattern = Pattern.compile(pathRegex, Pattern.CASE_INSENSITIVE);
        return requests().stream().filter(e -> pattern.matcher(e.path()).matches()).toList();
    }

    public void clearRequests() {
        server.controls().journal().clear();
    }

    /** The server itself, for anything else. */
    public CloudgateServer server() {
        return server;
    }

    @Override
    public String toString() {
        return "cloudgate at " + apiUrl();
    }
}
