package dev.cloudgate.auth;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.audit.AuditLog;
import dev.cloudgate.store.Transactor;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Checks user names and passwords. Names match with or without the domain prefix (a bare name only
 * when exactly one account has that user part, SPEC §7 A51), case-insensitively.
 */
public final class Accounts {
    static final String BAD_CREDENTIALS = "Invalid user name or password.";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Accounts.class);
    /** Compared against when the user is unknown: costs what a real check costs, and no password matches it. */
    private static final String UNKNOWN_USER_HASH = "pbkdf2-sha256$210000$AAAAAAAAAAAAAAAAAAAAAA==$"
            + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    private final Transactor tx;
    private final AccountStore store;
    /**
     * A successful check is remembered under a keyed MAC of the password (the key never leaves this
     * process), so that repeated logons do not each cost a PBKDF2 run.
     */
    private final ConcurrentMap<String, String> verified = new ConcurrentHashMap<>();
    private final byte[] macKey = new byte[32];
    /** PBKDF2 runs under way, by the same key: a burst of identical logons pays for one run, not one each. */
    private final ConcurrentMap<String, CompletableFuture<Boolean>> checking = new ConcurrentHashMap<>();
    private final LogonThrottle throttle;
    /** PBKDF2 runs so far: each costs a core for a noticeable time, so /metrics shows them. */
    private final java.util.concurrent.atomic.LongAdder passwordChecks = new java.util.concurrent.atomic.LongAdder();
    private volatile List<Account> cache;

    public Accounts(Transactor tx, AccountStore store) {
        this(tx, store, LogonThrottle.NEVER);
    }

    public Accounts(Transactor tx, AccountStore store, LogonThrottle throttle) {
        this.tx = tx;
        this.store = store;
        this.throttle = throttle;
        new java.security.SecureRandom().nextBytes(macKey);
    }

    /**
     * Forgets cached accounts after the seed changed them. Remembered password checks stay: each is
     * tied to the hash it was made against, so it only counts while the account keeps that hash, and
     * a reset to the same seed does not make the next logon pay for PBKDF2 again.
     */
    public void invalidate() {
        cache = null;
    }

    public Account authenticate(String[] userAndPassword) {
        String password = userAndPassword[1];
        Optional<Account> found = find(userAndPassword[0]);
        if (found.isEmpty()) {
            // As slow as a wrong password, so that timing does not tell which user names exist.
            passwordChecks.increment();
            Passwords.matches(password, UNKNOWN_USER_HASH);
            throw Failure.unauthorized(BAD_CREDENTIALS);
        }
        Account account = found.get();
        if (throttle.locked(account.name())) {
            AuditLog.record(account.name(), "Logon", "-", "refused: account locked after repeated failed logons");
            throw Failure.unauthorized(BAD_CREDENTIALS);
        }
        String key = account.name() + '\u0000' + mac(password);
        if (!account.passwordHash().equals(verified.get(key))) {
            if (!matchesOnce(key, password, account.passwordHash())) {
                if (throttle.failed(account.name())) {
                    LOG.warn("account {} locked for {} s after repeated failed logons", AuditLog.value(account.name()),
                            throttle.lockDuration().toSeconds());
                    AuditLog.record(account.name(), "LockAccount", account.name(),
                            "locked for " + throttle.lockDuration().toSeconds() + " s after repeated failed logons");
                }
                throw Failure.unauthorized(BAD_CREDENTIALS);
            }
            verified.put(key, account.passwordHash());
        }
        throttle.succeeded(account.name());
        return account;
    }

    private boolean matchesOnce(String key, String password, String hash) {
        String flight = key + '\u0000' + hash;
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> running = checking.putIfAbsent(flight, mine);
        if (running != null) {
            return running.join();
        }
        try {
            passwordChecks.increment();
            boolean matches = Passwords.matches(password, hash);
            mine.complete(matches);
            return matches;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(flight, mine);
        }
    }

    /** How many PBKDF2 checks this node has run (remembered and shared checks do not count). */
    public long passwordChecks() {
        return passwordChecks.sum();
    }

    public Optional<Account> find(String userName) {
        List<Account> all = cache;
        if (all == null) {
            all = tx.inTransaction(store::accounts);
            cache = all;
        }
        Optional<Account> exact = all.stream().filter(a -> a.hasName(userName)).findFirst();
        if (exact.isPresent() || userName.contains("\\")) {
            return exact;
        }
        Optional<Account> upn = byPrincipalName(all, userName);
        if (upn.isPresent()) {
            return upn;
        }
        List<Account> byUserPart = all.stream().filter(a -> a.userPart().equalsIgnoreCase(userName)).toList();
        return byUserPart.size() == 1 ? Optional.of(byUserPart.get(0)) : Optional.empty();
    }

    /**
     * The UPN form {@code user@domain} names {@code DOMAIN\\user} when the domain's first label is the
     * account's domain ({@code portal.user@tech.local} and {@code portal.user@TECH} are {@code TECH\\portal.user}),
     * as Windows accepts both forms (SPEC §7 A51).
     */
    private static Optional<Account> byPrincipalName(List<Account> all, String userName) {
        int at = userName.lastIndexOf('@');
        if (at <= 0 || at == userName.length() - 1) {
            return Optional.empty();
        }
        String domain = userName.substring(at + 1);
        int dot = domain.indexOf('.');
        String firstLabel = dot < 0 ? domain : domain.substring(0, dot);
        if (firstLabel.isEmpty()) {
            return Optional.empty();
        }
        String canonical = firstLabel + "\\" + userName.substring(0, at);
        return all.stream().filter(a -> a.hasName(canonical)).findFirst();
    }

    private String mac(String text) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(macKey, "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
