package dev.cloudgate.wire;

/**
 * A {@code Link} element (SPEC §1.7). {@code name} and {@code type} are optional and left out when
 * null; an empty name is emitted as {@code Name=""}, as the vendor does on task {@code Related} links.
 */
public record Link(String rel, String href, String name, String type) {
    public Link {
        if (rel == null || href == null) {
            throw new IllegalArgumentException("Rel and Href are required");
        }
    }

    public static Link of(String rel, String type, String href) {
        return new Link(rel, href, null, type);
    }

    public static Link named(String rel, String type, String href, String name) {
        return new Link(rel, href, name, type);
    }
}
