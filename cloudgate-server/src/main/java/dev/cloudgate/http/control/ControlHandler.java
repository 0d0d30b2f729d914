package dev.cloudgate.http.control;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.http.ApiException;
import dev.cloudgate.http.Call;
import dev.cloudgate.http.Errors;
import dev.cloudgate.http.Reply;
import dev.cloudgate.http.Responses;
import dev.cloudgate.http.Routes;
import dev.cloudgate.wire.MediaFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the control API under {@code /_cloudgate} (docs/control-api.md), beside the vendor API as
 * WireMock keeps {@code /__admin}. Every request needs the admin token as a bearer token: none is
 * 401, a wrong one 403. It runs on the same stack as {@code /api}: a {@link Routes} table and its
 * matcher, {@link Call} and {@link Reply}, and {@link Errors}' one refusal table (in the control
 * API's JSON error shape, {@link ControlJson#ERRORS}).
 */
public final class ControlHandler extends Handler.Abstract {
    public static final String PREFIX = "/_cloudgate";
    private static final Logger LOG = LoggerFactory.getLogger(ControlHandler.class);
    /** Seeds can be larger than vendor bodies; this API is for trusted test code anyway. */
    private static final int MAX_BODY_BYTES = 16 << 20;

    private final byte[] token;
    private final Routes routes;

    ControlHandler(String token, Routes routes) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.routes = routes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Reply reply;
        try {
            checkToken(request.getHeaders().get(HttpHeader.AUTHORIZATION));
            reply = dispatch(request);
        } catch (Throwable failure) {
            reply = Errors.reply(failure, ControlJson.ERRORS);
            if (reply.status() == 500) {
                LOG.error("control request failed", failure);
            }
        }
        // Every control reply carries its own Content-Type; the format is only the fallback's.
        Responses.write(response, callback, reply, MediaFormat.JSON);
        return true;
    }

    private Reply dispatch(Request request) {
        String path = request.getHttpURI().getDecodedPath().substring(PREFIX.length());
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        Routes.Lookup found = routes.lookup(request.getMethod(), path);
        // The body is read only for a route that exists.
        byte[] body = found.route() == null ? new byte[0] : readBody(request);
        Call call = Call.of(request.getMethod(), path, request.getHttpURI().getQuery(), request.getHeaders()::get, body);
        return found.answer(call, PREFIX + path, "control resource");
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

    private static byte[] readBody(Request request) {
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new ApiException(413, "The request body is larger than " + MAX_BODY_BYTES + " bytes.");
            }
            return body;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new ApiException(400, "The request body could not be read: it is cut short or its transfer encoding is broken.");
        }
    }
}
