package dev.cloudgate.http.control;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.http.Errors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the control API under {@code /_cloudgate} (docs/control-api.md), beside the vendor API as
 * WireMock keeps {@code /__admin}. Every request needs the admin token as a bearer token: none is
 * 401, a wrong one 403. Refusals are mapped to statuses here, once.
 */
public final class ControlHandler extends Handler.Abstract {
    public static final String PREFIX = "/_cloudgate";
    private static final Logger LOG = LoggerFactory.getLogger(ControlHandler.class);
    /** Seeds can be larger than vendor bodies; this API is for trusted test code anyway. */
    private static final int MAX_BODY_BYTES = 16 << 20;

    private final byte[] token;
    private final ControlRoutes routes;

    ControlHandler(String token, ControlRoutes routes) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.routes = routes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        ControlReply reply;
        try {
            checkToken(request.getHeaders().get(HttpHeader.AUTHORIZATION));
            reply = dispatch(request);
        } catch (Throwable failure) {
            reply = refusal(failure);
        }
        write(response, callback, reply);
        return true;
    }

    private ControlReply dispatch(Request request) throws Exception {
        String path = request.getHttpURI().getDecodedPath().substring(PREFIX.length());
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        ControlRoutes.Match match = routes.find(request.getMethod(), path);
        if (match == null) {
            Set<String> allowed = routes.methodsOn(path);
            if (allowed.isEmpty()) {
                throw Failure.notFound("The control resource " + PREFIX + path + " was not found.");
            }
            return ControlReply.error(405, "Method " + request.getMethod() + " is not allowed on " + PREFIX + path + ".")
                    .withHeader("Allow", String.join(", ", allowed));
        }
        Map<String, String> query = new HashMap<>();
        Fields fields = Request.extractQueryParameters(request);
        fields.forEach(f -> query.put(f.getName(), f.getValue()));
        return match.endpoint().handle(new ControlCall(request.getMethod(), match.params(), query,
                request.getHeaders().get(HttpHeader.ACCEPT), readBody(request)));
    }

    private void checkToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw Failure.unauthorized("The control API needs the admin token: send Authorization: Bearer <token>.");
        }
        byte[] sent = authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(sent, token)) {
            throw Failure.forbidden();
        }
    }

    private static byte[] readBody(Request request) throws IOException {
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new IllegalArgumentException("The request body is larger than " + MAX_BODY_BYTES + " bytes.");
            }
            return body;
        }
    }

    private static ControlReply refusal(Throwable failure) {
        Errors.Refusal refusal = Errors.refusal(failure);
        if (refusal.serverFault()) {
            LOG.error("control request failed", failure);
            return ControlReply.error(500, "The control request could not be completed: " + failure.getClass().getSimpleName() + ".");
        }
        ControlReply reply = ControlReply.error(refusal.status(), refusal.message());
        if (refusal.unauthorized()) {
            reply = reply.withHeader("WWW-Authenticate", "Bearer realm=\"cloudgate-control\"");
        }
        return refusal.allow() != null ? reply.withHeader("Allow", refusal.allow()) : reply;
    }

    private static void write(Response response, Callback callback, ControlReply reply) {
        response.setStatus(reply.status());
        reply.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        if (reply.body() == null) {
            response.write(true, null, callback);
            return;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, reply.body().length);
        response.write(true, ByteBuffer.wrap(reply.body()), callback);
    }
}
