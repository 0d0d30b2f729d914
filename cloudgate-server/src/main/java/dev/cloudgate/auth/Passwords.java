package dev.cloudgate.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, slow password hashes: PBKDF2-HMAC-SHA256 from the JDK, so no third-party crypto is needed.
 * Stored form: {@code pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>}.
 */
public final class Passwords {
    private static final String PREFIX = "pbkdf2-sha256";
    static final int DEFAULT_ITERATIONS = 210_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * PBKDF2 runs under way in this process, and the most that ever ran at once: counted where the CPU is
     * spent, whoever asked for the run, so /metrics shows whether the bound on them really holds.
     */
    private static final java.util.concurrent.atomic.AtomicInteger RUNNING = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger PEAK = new java.util.concurrent.atomic.AtomicInteger();
    /**
     * Every hash and every check of the process passes this one gate (logons, tenant and subtenant
     * passwords, seeds, the control API's checks): the cores are the process's, not a caller's.
     */
    private static final HashGate GATE = HashGate.forThisMachine();

    private Passwords() {
    }

    public static String hash(String password) {
        return hash(password, DEFAULT_ITERATIONS);
    }

    /**
     * Hashes a new password under the gate: beyond its bound the caller waits briefly or gets a 503
     * ({@link dev.cloudgate.failure.Failure#unavailable}), as a logon does.
     */
    public static String hash(String password, int iterations) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] derived = GATE.run(() -> derive(password, salt, iterations));
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(derived);
    }

    public static boolean matches(String password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, GATE.run(() -> derive(password, salt, iterations)));
    }

    /** The iteration count of a stored hash, or 0 when it is not one of ours. */
    static int iterations(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        try {
            return parts.length == 4 && parts[0].equals(PREFIX) ? Integer.parseInt(parts[1]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public static boolean isHash(String text) {
        return text != null && text.startsWith(PREFIX + "$");
    }

    /** How many PBKDF2 runs may be under way at once. */
    static int bound() {
        return GATE.bound();
    }

    /** The most PBKDF2 runs that were under way at once in this process since it started. */
    static int peakRunning() {
        return PEAK.get();
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PEAK.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        } finally {
            RUNNING.decrementAndGet();
        }
    }
}
