package dev.cloudgate.http;

import dev.cloudgate.wire.MediaFormat;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** The rules shared by the operations endpoints beside /api: one exact path, GET or HEAD only. */
final class OperationsPaths {
    private OperationsPaths() {
    }

    /** True when the request is a GET or HEAD of {@code path}; otherwise answers 404 or 405 and returns false. */
    static boolean exact(Request request, String path, Response response, Callback callback) {
        String actual = request.getHttpURI().getDecodedPath();
        if (!path.equals(actual) && !(path + "/").equals(actual)) {
            Responses.error(response, callback, 404, "The resource " + actual + " was not found.", MediaFormat.XML);
            return false;
        }
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            Reply refused = Errors.error(405, "Method " + method + " is not allowed on " + path + ".").withHeader("Allow", "GET, HEAD");
            Responses.write(response, callback, refused, MediaFormat.XML);
            return false;
        }
        return true;
    }
}
