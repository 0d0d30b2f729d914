package dev.cloudgate.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.acceptance.Api;
import dev.cloudgate.acceptance.RawHttp;
import dev.cloudgate.acceptance.ServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 16, finding 7: made-up methods share one {@code _OTHER} label, so /metrics cannot be made to grow. */
class MetricsLabelsHardeningTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();

    @Test
    void madeUpMethodsShareOneLabel() {
        Api ops = new Api("http://127.0.0.1:" + server.port());
        int before = ops.get("/metrics").body().length();
        for (int i = 0; i < 300; i++) {
            RawHttp.Response r = RawHttp.exchange(server.port(), RawHttp.request("MADEUP" + i + " /api/cloud/gateways HTTP/1.1\nHost: x", null));
            assertThat(r.status()).isBetween(400, 499);
        }
        assertThat(new Api(server.base()).get("/").status()).isEqualTo(200);
        String metrics = ops.get("/metrics").body();
        assertThat(metrics).doesNotContain("MADEUP").contains("method=\"_OTHER\"").contains("method=\"GET\"");
        assertThat(metrics.length()).as("metrics grew by a few series, not 300").isLessThan(before + 20_000);
    }
}
