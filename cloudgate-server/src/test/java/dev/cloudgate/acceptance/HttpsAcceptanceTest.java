package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** HTTPS on its own port (SPEC §1.1): a generated certificate clients can pin, TLS 1.2+ only, https Hrefs. */
class HttpsAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension(Map.of("https-port", "0"));
    static X509Certificate certificate;
    static HttpClient pinned;

    @BeforeAll
    static void start() throws Exception {
        certificate = certificateIn(server.httpsKeystore(), "cloudgate");
        pinned = clientTrusting(certificate, null);
    }

    @Test
    void generatedCertificateLivesInTheDataDirectoryAndNamesLocalhostAndLoopback() throws Exception {
        assertThat(server.httpsKeystore()).isEqualTo(server.dataDir().resolve("https-keystore.p12")).exists();
        List<String> names = certificate.getSubjectAlternativeNames().stream().map(n -> String.valueOf(n.get(1))).toList();
        assertThat(names).contains("localhost", "127.0.0.1");
        assertThat(certificate.getNotAfter()).isAfter(new java.util.Date(System.currentTimeMillis() + Duration.ofDays(365).toMillis()));
    }

    @Test
    void theConsoleIsServedOverHttpsWithASecureCookie() throws Exception {
        String console = "https://127.0.0.1:" + server.httpsPort() + "/console/";
        java.net.http.HttpResponse<String> page = pinned.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(console)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        java.net.http.HttpResponse<String> logon = pinned.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(console + "session"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"user\":\"TECH\\\\Administrator\",\"password\":\"Password\"}"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(logon.statusCode()).as(logon.body()).isEqualTo(200);
        assertThat(logon.headers().firstValue("Set-Cookie").orElseThrow()).contains("; Secure").contains("HttpOnly");
    }

    @Test
    void clientThatPinsTheCertificateGetsHttpsHrefs() {
        Api https = new Api(server.httpsBase(), pinned);
        Api.Response root = https.get("/");
        assertThat(root.status()).isEqualTo(200);
        assertThat(root.body()).contains("Href=\"" + server.httpsBase() + "/sessionMngr/?v=v1_7\"").doesNotContain("Href=\"http://");

        https.logon(Api.PORTAL_USER, Api.PASSWORD);
        Api.Response cloud = https.get("/cloud");
        assertThat(cloud.status()).isEqualTo(200);
        assertThat(cloud.body()).contains("Href=\"" + server.httpsBase() + "/cloud/gateways").doesNotContain("Href=\"http://");
        // The same server still speaks plain HTTP on its other port, with http Hrefs.
        assertThat(server.api().get("/").body()).contains("Href=\"" + server.base() + "/sessionMngr/?v=v1_7\"");
    }

    @Test
    void hostNameLocalhostVerifiesAgainstTheCertificate() throws Exception {
        HttpResponse<String> r = pinned.send(HttpRequest.newBuilder(URI.create("https://localhost:" + server.httpsPort() + "/api/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.sslSession()).isPresent();
        assertThat(r.sslSession().get().getPeerCertificates()[0]).isEqualTo(certificate);
    }

    @Test
    void tls12AndTls13AreAccepted() throws Exception {
        for (String protocol : List.of("TLSv1.2", "TLSv1.3")) {
            HttpClient client = clientTrusting(certificate, protocol);
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.httpsBase() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.sslSession().get().getProtocol()).isEqualTo(protocol);
        }
    }

    @Test
    void tls10And11ClientHellosAreRefusedByOurConnector() throws Exception {
        // This JVM runs with the JDK's disabled list relaxed (tls-legacy-allowed.security): the refusal below is
        // the connector's configuration, not the JDK's default.
        assertThat(java.util.Arrays.stream(java.security.Security.getProperty("jdk.tls.disabledAlgorithms").split(","))
                .map(String::trim)).as("JDK's disabled TLS list in this test JVM").doesNotContain("TLSv1", "TLSv1.1");
        // A hand-made ClientHello, so that the client side offers exactly one old version.
        assertThat(firstAlertAnswering(0x0302)).as("alert answering a TLS 1.1 hello").isEqualTo(PROTOCOL_VERSION_ALERT);
        assertThat(firstAlertAnswering(0x0301)).as("alert answering a TLS 1.0 hello").isEqualTo(PROTOCOL_VERSION_ALERT);
        // The same hello claiming TLS 1.2 gets a handshake record (ServerHello): the hand-made hello is sound.
        assertThat(firstRecordTypeAnswering(0x0303)).as("TLS 1.2 hello").isEqualTo(0x16);
    }

    /** TLS alert description 70: the server does not speak the offered version (not 40, "no cipher in common"). */
    private static final int PROTOCOL_VERSION_ALERT = 70;

    /** The description of the alert record that answers a ClientHello of {@code version}; fails on any other answer. */
    private static int firstAlertAnswering(int version) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.httpsPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(clientHello(version));
            out.flush();
            byte[] record = socket.getInputStream().readNBytes(7); // type, version (2), length (2), level, description
            assertThat(record).as("an alert record").hasSize(7);
            assertThat(record[0]).as("record type").isEqualTo((byte) 0x15);
            return record[6] & 0xff;
        }
    }

    @Test
    void certificateIsKeptAcrossRestartsAndAUsersKeystoreIsUsedInstead() throws Exception {
        Path data = Files.createTempDirectory("cloudgate-https");
        X509Certificate first;
        try (RunningServer one = RunningServer.start(Map.of("https-port", "0", "data", data.toString()))) {
            first = certificateIn(one.httpsKeystore(), "cloudgate");
        }
        // Second start on the same data directory, HTTP off: the same certificate is served.
        try (RunningServer two = RunningServer.start(Map.of("https-port", "0", "port", "off", "data", data.toString()))) {
            assertThat(two.port()).isEqualTo(-1);
            assertThat(served(two.httpsPort(), clientTrusting(first, null))).isEqualTo(first);
        }
        // A user's keystore: the server presents it and generates nothing.
        Path own = Files.createTempDirectory("cloudgate-own").resolve("mine.p12");
        Files.copy(data.resolve("https-keystore.p12"), own);
        Path emptyData = Files.createTempDirectory("cloudgate-https-own");
        try (RunningServer three = RunningServer.start(Map.of("https-port", "0", "data", emptyData.toString(),
                "keystore", own.toString(), "keystore-password", "cloudgate"))) {
            assertThat(served(three.httpsPort(), clientTrusting(first, null))).isEqualTo(first);
            assertThat(emptyData.resolve("https-keystore.p12")).doesNotExist();
        }
    }

    private static Certificate served(int port, HttpClient client) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/api/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.sslSession().get().getPeerCertificates()[0];
    }

    static X509Certificate certificateIn(Path keystore, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password.toCharArray());
        }
        return (X509Certificate) store.getCertificate(Collections.list(store.aliases()).get(0));
    }

    /** A client that trusts exactly {@code certificate} (pinning), optionally limited to one protocol. */
    static HttpClient clientTrusting(X509Certificate certificate, String protocol) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("cloudgate", certificate);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        HttpClient.Builder builder = HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(5));
        if (protocol != null) {
            SSLParameters parameters = context.getDefaultSSLParameters();
            parameters.setProtocols(new String[] {protocol});
            builder.sslParameters(parameters);
        }
        return builder.build();
    }

    /** Sends a minimal ClientHello of {@code version}; returns the type of the first record answered, -1 on close. */
    private static int firstRecordTypeAnswering(int version) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.httpsPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(clientHello(version));
            out.flush();
            return socket.getInputStream().read();
        } catch (java.net.SocketException e) {
            return -1;
        }
    }

    private static byte[] clientHello(int version) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream hello = new DataOutputStream(body);
        hello.writeShort(version);
        hello.write(new byte[32]); // random
        hello.writeByte(0); // no session id
        int[] suites = {0xc02f, 0xc030, 0xc013, 0xc014, 0x009c, 0x002f, 0x0035};
        hello.writeShort(suites.length * 2);
        for (int suite : suites) {
            hello.writeShort(suite);
        }
        hello.writeByte(1);
        hello.writeByte(0); // null compression
        ByteArrayOutputStream extensions = new ByteArrayOutputStream();
        DataOutputStream ext = new DataOutputStream(extensions);
        ext.writeShort(0x000a); // supported_groups: secp256r1, x25519
        ext.writeShort(6);
        ext.writeShort(4);
        ext.writeShort(0x0017);
        ext.writeShort(0x001d);
        ext.writeShort(0x000b); // ec_point_formats: uncompressed
        ext.writeShort(2);
        ext.writeByte(1);
        ext.writeByte(0);
        ext.writeShort(0x000d); // signature_algorithms: rsa_pss_rsae_sha256, rsa_pkcs1_sha256, ecdsa_secp256r1_sha256
        ext.writeShort(8);
        ext.writeShort(6);
        ext.writeShort(0x0804);
        ext.writeShort(0x0401);
        ext.writeShort(0x0403);
        hello.writeShort(extensions.size());
        hello.write(extensions.toByteArray());

        ByteArrayOutputStream record = new ByteArrayOutputStream();
        DataOutputStream r = new DataOutputStream(record);
        r.writeByte(0x16); // handshake
        r.writeShort(0x0301);
        r.writeShort(body.size() + 4);
        r.writeByte(1); // client_hello
        r.writeByte(0);
        r.writeShort(body.size());
        r.write(body.toByteArray());
        return record.toByteArray();
    }
}
