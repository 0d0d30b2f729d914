package dev.cloudgate.server;

import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** The HTTPS listener (SPEC §1.1): TLS 1.2 and 1.3 only, HTTP/1.1 inside. */
final class HttpsConnector {
    private HttpsConnector() {
    }

    static ServerConnector create(Server jetty, HttpConfiguration plain, HttpsIdentity.Keystore keystore) {
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStorePath(keystore.path().toAbsolutePath().toString());
        tls.setKeyStorePassword(keystore.password());
        tls.setKeyStoreType("PKCS12");
        tls.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        tls.setExcludeProtocols("SSL", "SSLv2", "SSLv2Hello", "SSLv3", "TLSv1", "TLSv1.1");
        HttpConfiguration https = new HttpConfiguration(plain);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        // Clients reach EM by IP, alias or a name the certificate does not list (often with
        // verification off); refusing them on the SNI name would break them for no gain.
        secure.setSniHostCheck(false);
        https.addCustomizer(secure);
        return new ServerConnector(jetty, -1, CloudgateServer.networkThreads(), new SslConnectionFactory(tls, HttpVersion.HTTP_1_1.asString()),
                new HttpConnectionFactory(https));
    }
}
