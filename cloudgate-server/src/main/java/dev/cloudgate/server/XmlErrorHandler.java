package dev.cloudgate.server;

import dev.cloudgate.http.Responses;
import dev.cloudgate.wire.MediaFormat;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/** Jetty's own refusals (malformed request lines, bad URIs …) also get an {@code Error} body, never an HTML page. */
final class XmlErrorHandler extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() < 400 ? 500 : response.getStatus();
        String message = status == 500 ? "The server could not complete the request." : "The request could not be processed.";
        Throwable cause = (Throwable) request.getAttribute(ERROR_EXCEPTION);
        if (status < 500 && cause != null && cause.getMessage() != null) {
            message = "The request could not be processed: " + cause.getMessage();
        }
        Responses.error(response, callback, status, message, MediaFormat.XML);
        return true;
    }
}
