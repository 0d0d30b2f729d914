package dev.cloudgate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a clean shutdown is recognised, and which JDBC URLs name an embedded H2 file that is recovered before it is opened (EmbeddedStoreKillTest covers the recovery). */
class EmbeddedRecoveryTest {
    @Test
    void embeddedFileUrlsNameTheirMvDbFileAndOthersNone() {
        assertThat(EmbeddedRecovery.fileOf("jdbc:h2:file:/srv/data/cloudgate;WRITE_DELAY=0")).isEqualTo(Path.of("/srv/data/cloudgate.mv.db"));
        assertThat(EmbeddedRecovery.fileOf("jdbc:h2:/srv/data/cloudgate")).isEqualTo(Path.of("/srv/data/cloudgate.mv.db"));
        assertThat(EmbeddedRecovery.fileOf("jdbc:h2:./data/cloudgate")).isEqualTo(Path.of("./data/cloudgate.mv.db"));
        assertThat(EmbeddedRecovery.fileOf("jdbc:h2:~/cloudgate")).isEqualTo(Path.of(System.getProperty("user.home") + "/cloudgate.mv.db"));
        assertThat(EmbeddedRecovery.fileOf("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isNull();
        assertThat(EmbeddedRecovery.fileOf("jdbc:h2:tcp://localhost/~/test")).isNull();
        assertThat(EmbeddedRecovery.fileOf("jdbc:postgresql://localhost:5432/cloudgate")).isNull();
    }

    @Test
    void aStoreClosedCleanlyIsRecognisedFromItsHeadersAlone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("store.mv.db");
        storeWithOneRow(file).close();
        assertThat(EmbeddedRecovery.headersSayClean(file)).isTrue();
    }

    @Test
    void aHeaderThatFailsItsChecksumIsLeftToTheFullCheck(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("store.mv.db");
        storeWithOneRow(file).close();
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            // "H:2,block:…": one changed digit of the second copy's block number, its checksum left as it was.
            raw.seek(4096 + "H:2,block:".length());
            int digit = raw.read();
            raw.seek(4096 + "H:2,block:".length());
            raw.write(digit == '1' ? '2' : '1');
        }
        assertThat(EmbeddedRecovery.headersSayClean(file)).isFalse();
    }

    @Test
    void aStoreStillOpenHasNoCleanMarkAndAShortFileNoHeaders(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("store.mv.db");
        MVStore open = storeWithOneRow(file);
        try {
            assertThat(EmbeddedRecovery.headersSayClean(file)).isFalse();
        } finally {
            open.close();
        }
        Path shortFile = dir.resolve("short.mv.db");
        java.nio.file.Files.write(shortFile, new byte[100]);
        assertThat(EmbeddedRecovery.headersSayClean(shortFile)).isFalse();
        assertThat(EmbeddedRecovery.headersSayClean(dir.resolve("missing.mv.db"))).isFalse();
    }

    /** An H2 store in {@code file} with one committed row, still open. */
    private static MVStore storeWithOneRow(Path file) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        store.openMap("rows").put(1, "one");
        store.commit();
        return store;
    }
}
