package dev.cloudgate.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;

/**
 * Finds every answered commit of an embedded H2 file after the server was killed, before H2 opens it.
 *
 * <p>Why (read in H2 2.5.252's {@code RandomAccessStore} and {@code FileStore}): each commit writes a chunk; once
 * H2 reuses freed space, a chunk goes where the previous chunk predicted ({@code next}) or somewhere else. On a
 * miss H2 rewrites the file header, but the header names the chunk written <em>before</em> the missed one, whose
 * {@code next} points elsewhere; H2 rewrites it again only after 20 more versions or the next miss. Reopened after
 * a kill -9 in that window, H2's quick recovery follows the header's chain, stops at that older chunk and drops
 * up to 20 answered commits (EmbeddedStoreKillTest lost them in 1 round in 4 with any retention short enough to
 * reuse space while it ran; with H2's 45 s default the same happens after 45 s of uptime).
 *
 * <p>A full scan of the file finds the newest chunk whose chunks are all intact; closing the store then records
 * it in the header with the clean-shutdown mark, and H2 opens the file from there. The scan reads one footer per
 * 4 KiB block: milliseconds for a store kept small. A file closed cleanly is opened as it is.
 */
final class EmbeddedRecovery {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EmbeddedRecovery.class);
    private static final String H2_PREFIX = "jdbc:h2:";
    /** H2 keeps two copies of its file header, one in each of the first two 4 KiB blocks. */
    private static final int HEADER_BLOCK = 4096;
    private static final String CHECKSUM = ",fletcher:";

    private EmbeddedRecovery() {
    }

    /** Recovers the file an embedded H2 URL names, if it exists and was not closed cleanly. */
    static void beforeOpening(String jdbcUrl) {
        Path file = fileOf(jdbcUrl);
        if (file == null) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            if (closedCleanly(file)) {
                return;
            }
            long started = System.nanoTime();
            MVStore store = new MVStore.Builder().fileName(file.toString()).recoveryMode().open();
            long version = store.getCurrentVersion();
            store.close();
            LOG.info("embedded store was not closed cleanly: recovered to version {} by a full scan of {} in {} ms", version, file,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // Open in this process already (nothing to recover), or unreadable: H2's own open then decides.
            LOG.warn("could not check the embedded store {} before opening it: {}", file, e.toString());
        }
    }

    /**
     * The {@code .mv.db} file of an embedded H2 URL ({@code jdbc:h2:file:/path}, {@code jdbc:h2:/path},
     * {@code jdbc:h2:./path}, {@code jdbc:h2:~/path}); null for anything else (in memory, a server, PostgreSQL).
     */
    static Path fileOf(String jdbcUrl) {
        if (!jdbcUrl.startsWith(H2_PREFIX)) {
            return null;
        }
        int options = jdbcUrl.indexOf(';');
        String name = options < 0 ? jdbcUrl.substring(H2_PREFIX.length()) : jdbcUrl.substring(H2_PREFIX.length(), options);
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (!(name.startsWith("/") || name.startsWith(".") || name.startsWith("~"))) {
            return null;
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Path.of(name + ".mv.db");
    }

    private static boolean closedCleanly(Path file) {
        if (headersSayClean(file)) {
            return true;
        }
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
            return store.getFileStore().getStoreHeader().containsKey("clean");
        }
    }

    /**
     * Whether both copies of the file header are intact and carry the clean-shutdown mark, read from the file's
     * first 8 KiB. Opening the store read-only to ask the same was ~40 ms of every start-up (issue 11); anything
     * short of two intact, clean copies is left to that slower check.
     */
    static boolean headersSayClean(Path file) {
        byte[] blocks;
        try (InputStream in = Files.newInputStream(file)) {
            blocks = in.readNBytes(2 * HEADER_BLOCK);
        } catch (IOException e) {
            return false;
        }
        if (blocks.length < 2 * HEADER_BLOCK) {
            return false;
        }
        for (int block = 0; block < 2; block++) {
            Map<String, String> header = intactHeader(blocks, block * HEADER_BLOCK);
            if (header == null || !header.containsKey("clean")) {
                return false;
            }
        }
        return true;
    }

    /** The header in the block at {@code offset} if its Fletcher-32 checksum holds (as H2 checks it); else null. */
    private static Map<String, String> intactHeader(byte[] bytes, int offset) {
        int start = offset;
        int end = offset + HEADER_BLOCK;
        while (start < end && bytes[start] <= ' ') {
            start++;
        }
        while (end > start && bytes[end - 1] <= ' ') {
            end--;
        }
        String text = new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        int checksumAt = text.lastIndexOf(CHECKSUM);
        if (checksumAt < 0) {
            return null;
        }
        try {
            int expected = (int) Long.parseLong(text.substring(checksumAt + CHECKSUM.length()), 16);
            if (DataUtils.getFletcher32(bytes, start, checksumAt) != expected) {
                return null;
            }
            return DataUtils.parseMap(text.substring(0, checksumAt));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
