package dev.cloudgate.http;

import dev.cloudgate.wire.JsonWriter;
import dev.cloudgate.wire.MediaFormat;
import dev.cloudgate.wire.XmlWriter;
import java.nio.ByteBuffer;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes a {@link Reply}: Content-Type and Content-Length on every body, none on 204 (SPEC §1.3, §1.5). */
public final class Responses {
    /** The vendor formats' Content-Type lines, encoded once instead of on every answer. */
    private static final Map<MediaFormat, HttpField> CONTENT_TYPES = contentTypes();

    private Responses() {
    }

    private static Map<MediaFormat, HttpField> contentTypes() {
        Map<MediaFormat, HttpField> fields = new EnumMap<>(MediaFormat.class);
        for (MediaFormat format : MediaFormat.values()) {
            fields.put(format, new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, format.contentType()));
        }
        return fields;
    }

    public static void write(Response response, Callback callback, Reply reply, MediaFormat format) {
        status(response, reply.status());
        for (Map.Entry<String, String> header : reply.headers().entrySet()) {
            response.getHeaders().put(header.getKey(), header.getValue());
        }
        if (reply.body() == null && reply.rendered() == null) {
            response.write(true, null, callback);
            return;
        }
        byte[] bytes = reply.rendered() != null ? reply.rendered() : render(reply.body(), format);
        if (!reply.headers().containsKey(Reply.CONTENT_TYPE)) {
            response.getHeaders().put(CONTENT_TYPES.get(format));
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    /** Sets {@code status}, with its standard reason phrase on the status line (SPEC §7 A54). */
    public static void status(Response response, int status) {
        response.setStatus(status);
        StandardReasons.mend(response, status);
    }

    static byte[] render(dev.cloudgate.wire.Node body, MediaFormat format) {
        return format == MediaFormat.JSON ? JsonWriter.write(body) : XmlWriter.write(body);
    }

    public static void error(Response response, Callback callback, int status, String message, MediaFormat format) {
        write(response, callback, Errors.error(status, message), format);
    }
}
