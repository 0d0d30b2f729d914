package dev.cloudgate.cloud;

import dev.cloudgate.failure.Failure;

/** TCP port rules of SPEC §8 B6 and §7 A44. */
final class Ports {
    private Ports() {
    }

    /** The port, or null when absent; 0 is "absent" only where {@code zeroMeansAbsent}. */
    static Integer optional(Integer port, String element, boolean zeroMeansAbsent) {
        if (port == null || port == 0 && zeroMeansAbsent) {
            return null;
        }
        if (port < 1 || port > 65535) {
            throw Failure.invalid("Element '" + element + "' must be a port number from 1 to 65535; got " + port + ".");
        }
        return port;
    }

    /** The invariant of a command: requests were judged already, so a bad port here is a bug. */
    static void require(int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }
}
