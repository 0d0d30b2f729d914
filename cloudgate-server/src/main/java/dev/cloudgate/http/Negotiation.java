package dev.cloudgate.http;

import dev.cloudgate.wire.MediaFormat;
import java.util.Locale;

/**
 * Content negotiation of SPEC §1.3: JSON only when a JSON type is the most preferred acceptable
 * type (highest q, ties to the first listed); everything else, including nothing acceptable, is XML.
 */
final class Negotiation {
    private Negotiation() {
    }

    /** The last Accept value read and its format: a client sends the same one with every request. */
    private static volatile Negotiated last = new Negotiated("", MediaFormat.XML);

    private record Negotiated(String accept, MediaFormat format) {
    }

    static MediaFormat responseFormat(String accept) {
        if (accept == null || accept.isBlank()) {
            return MediaFormat.XML;
        }
        Negotiated known = last;
        if (known.accept().equals(accept)) {
            return known.format();
        }
        MediaFormat format = negotiate(accept);
        last = new Negotiated(accept, format);
        return format;
    }

    private static MediaFormat negotiate(String accept) {
        MediaFormat best = MediaFormat.XML;
        double bestQ = -1;
        for (String range : accept.split(",")) {
            // limit -1: ";;;" must give empty parts, not an empty array.
            String[] parts = range.split(";", -1);
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            MediaFormat format = switch (type) {
                case "application/json", "text/json" -> MediaFormat.JSON;
                case "application/xml", "text/xml", "*/*", "application/*", "text/*" -> MediaFormat.XML;
                default -> null;
            };
            if (format == null) {
                continue;
            }
            double q = quality(parts);
            if (q > bestQ && q > 0) {
                best = format;
                bestQ = q;
            }
        }
        return best;
    }

    /** The format of a request body from its Content-Type; null when the type is not one we read (415). */
    static MediaFormat requestFormat(String contentType, byte[] body) {
        if (contentType == null || contentType.isBlank()) {
            return sniff(body);
        }
        String type = contentType.split(";", -1)[0].trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "application/xml", "text/xml" -> MediaFormat.XML;
            case "application/json", "text/json" -> MediaFormat.JSON;
            default -> null;
        };
    }

    /** SPEC §1.3, §7 A53: without a Content-Type, the first non-blank byte decides. */
    private static MediaFormat sniff(byte[] body) {
        for (byte b : body) {
            if (b == '<') {
                return MediaFormat.XML;
            }
            if (b == '{') {
                return MediaFormat.JSON;
            }
            if (!Character.isWhitespace(b) && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB && (b & 0xFF) != 0xBF) {
                break;
            }
        }
        throw new ApiException(400, "The request body is neither XML nor JSON; send a Content-Type of application/xml or application/json.");
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.regionMatches(true, 0, "q=", 0, 2)) {
                try {
                    return Double.parseDouble(p.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
