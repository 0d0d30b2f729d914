package dev.cloudgate.http;

import dev.cloudgate.wire.Node;

/** The {@code Error} document of SPEC §3.9; its JSON keeps the vendor's alphabetical order and nulls. */
final class ErrorBodies {
    private ErrorBodies() {
    }

    static Node error(int status, String message) {
        Node error = Node.element("Error")
                .jsonOrder("FirstChanceExceptionMessage", "Message", "StackTrace", "Status", "StatusCode")
                .jsonNulls();
        if (status >= 500 && status != 501) {
            error.leafChild("FirstChanceExceptionMessage", message);
        }
        return error.attr("Message", message).attr("StatusCode", status);
    }
}
