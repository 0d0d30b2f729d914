package dev.cloudgate.server;

import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.MetaData;
import org.eclipse.jetty.server.HttpStream;
import org.eclipse.jetty.util.Callback;

/**
 * Puts the standard reason phrase on status lines where Jetty's differs (SPEC §7 A54): Jetty 12 core
 * never sets a reason and its generator falls back to {@code HttpStatus.getMessage}, which says
 * {@code 500 Server Error} where EM (and RFC 9110) say {@code 500 Internal Server Error}. Every other
 * status cloudgate sends already carries its standard phrase.
 */
final class StandardReasons extends HttpStream.Wrapper {
    private static final Map<Integer, String> OVERRIDES = Map.of(500, "Internal Server Error");

    StandardReasons(HttpStream wrapped) {
        super(wrapped);
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
