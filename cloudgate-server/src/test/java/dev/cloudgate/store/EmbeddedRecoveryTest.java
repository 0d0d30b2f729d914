package dev.cloudgate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which JDBC URLs name an embedded H2 file that is recovered before it is opened (EmbeddedStoreKillTest covers the recovery). */
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
}
