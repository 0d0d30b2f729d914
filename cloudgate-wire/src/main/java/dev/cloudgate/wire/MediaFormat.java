package dev.cloudgate.wire;

/** The two wire formats of the EM REST API. */
public enum MediaFormat {
    XML("application/xml; charset=utf-8"),
    JSON("application/json; charset=utf-8");

    private final String contentType;

    MediaFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }
}
