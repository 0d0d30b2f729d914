package dev.cloudgate.http;

import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.MetaData;
import org.eclipse.jetty.server.HttpStream;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Puts the standard reason phrase on status lines where Jetty's differs (SPEC §7 A54): Jetty 12 core
 * never sets a reason and its generator falls back to {@code HttpStatus.getMessage}, which says
 * {@code 500 Server Error} where EM (and RFC 9110) say {@code 500 Internal Server Error}. Every other
 * status cloudgate sends already carries its standard phrase. So only an answer with such a status is
 * wrapped ({@link #mend}): wrapping every stream cost each request an allocation and an indirection.
 */
final class StandardReasons extends HttpStream.Wrapper {
    private static final Map<Integer, String> OVERRIDES = Map.of(500, "Internal Server Error");

    StandardReasons(HttpStream wrapped) {
        super(wrapped);
    }

    /** Puts the standard reason on {@code response}'s status line if Jetty's differs; before the response is committed. */
    static void mend(Response response, int status) {
        if (OVERRIDES.containsKey(status)) {
            response.getRequest().addHttpStreamWrapper(StandardReasons::new);
        }
    }

    @Override
    public void send(MetaData.Request request, MetaData.Response response, boolean last, ByteBuffer content, Callback callback) {
        if (response != null && response.getReason() == null) {
            String reason = OVERRIDES.get(response.getStatus());
            if (reason != null) {
                response = new MetaData.Response(response.getStatus(), reason, response.getHttpVersion(), response.getHttpFields(),
                        response.getContentLength(), response.getTrailersSupplier());
            }
        }
        super.send(request, response, last, content, callback);
    }
}
