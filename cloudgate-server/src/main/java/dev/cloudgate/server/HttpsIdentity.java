package dev.cloudgate.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The key and certificate the HTTPS listener presents (SPEC §1.1: HTTPS on 9398). Either the
 * user's PKCS#12 keystore, or a self-signed certificate made on the first start and kept in the
 * data directory, so that clients which pin it keep working across restarts (docs/https.md).
 */
final class HttpsIdentity {
    /** File name of the generated keystore inside the data directory. */
    static final String GENERATED_FILE = "https-keystore.p12";
    /** The generated keystore's password; the file's protection is the data directory's permissions. */
    static final String GENERATED_PASSWORD = "cloudgate";
    static final String ALIAS = "cloudgate";
    private static final Duration VALIDITY = Duration.ofDays(3650);

    record Keystore(Path path, String password) {
    }

    private HttpsIdentity() {
    }

    /** The configured keystore, or the generated one in {@code dataDir}, made now if it does not exist yet. */
    static Keystore resolve(Path configured, String configuredPassword, Path dataDir, String bind) throws IOException {
        if (configured != null) {
            if (!Files.isReadable(configured)) {
                throw new IOException("keystore " + configured.toAbsolutePath() + " is not a readable file");
            }
            return new Keystore(configured, configuredPassword == null ? "" : configuredPassword);
        }
        Path file = dataDir.resolve(GENERATED_FILE);
        if (!Files.exists(file)) {
            Files.createDirectories(dataDir);
            generate(file, hostNames(bind));
        }
        return new Keystore(file, GENERATED_PASSWORD);
    }

    /** The certificate the keystore at {@code file} holds, for tests and for the start-up message. */
    static X509Certificate certificate(Keystore keystore) throws IOException {
        try (InputStream in = Files.newInputStream(keystore.path())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, keystore.password().toCharArray());
            for (String alias : java.util.Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getCertificate(alias) instanceof X509Certificate x509) {
                    return x509;
                }
            }
            throw new IOException("keystore " + keystore.path() + " holds no private key with a certificate");
        } catch (GeneralSecurityException e) {
            throw new IOException("keystore " + keystore.path() + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The machine's name, localhost and the loopback addresses, plus a specific bind address. */
    static Set<String> hostNames(String bind) {
        Set<String> names = new LinkedHashSet<>();
        try {
            String host = InetAddress.getLocalHost().getHostName();
            if (host != null && host.matches("[A-Za-z0-9.-]+")) {
                names.add(host);
            }
        } catch (IOException e) {
            // No resolvable host name: localhost and the loopback addresses still work.
        }
        names.add("localhost");
        names.add("127.0.0.1");
        names.add("::1");
        if (bind != null && !bind.isBlank() && !bind.equals("0.0.0.0") && !bind.equals("::")) {
            names.add(bind);
        }
        return names;
    }

    /** Writes a new RSA 2048 key and a self-signed certificate for {@code names}; the first is the CN. */
    static void generate(Path file, Set<String> names) throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            String commonName = names.iterator().next();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName)
                    .addRDN(BCStyle.O, "cloudgate (self-signed)").build();
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, new SecureRandom()).abs(),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(VALIDITY)), subject, pair.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(generalNames(names)));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(pair.getPublic()));
            builder.addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(pair.getPublic()));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));

            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, pair.getPrivate(), GENERATED_PASSWORD.toCharArray(), new Certificate[] {certificate});
            // Written beside and moved into place, so that a crash never leaves half a keystore behind.
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            try (OutputStream out = Files.newOutputStream(partial)) {
                store.store(out, GENERATED_PASSWORD.toCharArray());
            }
            restrictToOwner(partial);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IOException("cannot make the self-signed HTTPS certificate: " + e.getMessage(), e);
        }
    }

    private static GeneralName[] generalNames(Set<String> names) {
        List<GeneralName> result = new ArrayList<>();
        for (String name : names) {
            boolean ip = name.contains(":") || name.matches("\\d{1,3}(\\.\\d{1,3}){3}");
            result.add(new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, name));
        }
        return result.toArray(GeneralName[]::new);
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: the data directory's own protection applies.
        }
    }
}
