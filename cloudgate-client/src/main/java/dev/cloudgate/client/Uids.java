package dev.cloudgate.client;

import dev.cloudgate.wire.Link;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** UID and link arithmetic shared by the records (SPEC §1.6). */
final class Uids {
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Uids() {
    }

    /** The bare UUID of {@code urn:veeam:<Kind>:<uuid>}, or the text itself when it has no prefix. */
    static String idOf(String uid) {
        if (uid == null) {
            return null;
        }
        int colon = uid.lastIndexOf(':');
        return colon < 0 ? uid : uid.substring(colon + 1);
    }

    /** True for a bare UUID or a full UID, the two forms the server accepts for an object (SPEC §1.6). */
    static boolean isUidOrUuid(String text) {
        String id = idOf(text.trim());
        return UUID.matcher(id).matches() && (id.length() == text.trim().length() || text.trim().toLowerCase(Locale.ROOT).startsWith("urn:veeam:"));
    }

    /** The last path segment of an Href, without its query: the object's id. */
    static String idOfHref(String href) {
        String path = href.contains("?") ? href.substring(0, href.indexOf('?')) : href;
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static Optional<Link> find(List<Link> links, String rel, String type) {
        return links.stream().filter(l -> l.rel().equals(rel) && (type == null || type.equals(l.type()))).findFirst();
    }
}
