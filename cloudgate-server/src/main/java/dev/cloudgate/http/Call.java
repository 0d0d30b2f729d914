package dev.cloudgate.http;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.query.QueryString;
import dev.cloudgate.auth.LogonSession;
import dev.cloudgate.wire.Bodies;
import dev.cloudgate.wire.BodyNode;
import dev.cloudgate.wire.MediaFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** One API request as endpoints see it: no Jetty types, only what SPEC talks about. */
public final class Call {
    private final String method;
    private final String path;
    private final String rawQuery;
    private final Map<String, String> query;
    private final UnaryOperator<String> headers;
    private byte[] body;
    private final Hrefs hrefs;
    private final boolean strictXml;
    private LogonSession session;
    private MediaFormat responseFormat = MediaFormat.XML;
    private Map<String, String> pathParams = Map.of();
    private Supplier<String> remoteAddress = () -> "";

    Call(String method, String path, String rawQuery, Map<String, String> query, UnaryOperator<String> headers, byte[] body,
            Hrefs hrefs, boolean strictXml) {
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery;
        this.query = query;
        this.headers = headers;
        this.body = body;
        this.hrefs = hrefs;
        this.strictXml = strictXml;
    }

    /**
     * A call that is not to {@code /api} (the control API): the same reading of the query, headers and
     * Accept, but no links to build and no vendor XML to validate.
     */
    public static Call of(String method, String path, String rawQuery, UnaryOperator<String> headers, byte[] body) {
        Call call = new Call(method, path, rawQuery == null ? "" : rawQuery, QueryString.parse(rawQuery).parameters(), headers, body,
                null, true);
        call.responseFormat(Negotiation.responseFormat(headers.apply("Accept")));
        return call;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** The query string as received, for paging links (SPEC §6.5). */
    public String rawQuery() {
        return rawQuery;
    }

    /** A query parameter by case-insensitive name (SPEC §1.1). */
    public String param(String name) {
        return query.get(name.toLowerCase(Locale.ROOT));
    }

    public String header(String name) {
        return headers.apply(name);
    }

    public Hrefs hrefs() {
        return hrefs;
    }

    /** The format the answer will be written in (SPEC §1.3). */
    public MediaFormat responseFormat() {
        return responseFormat;
    }

    void responseFormat(MediaFormat format) {
        this.responseFormat = format;
    }

    /** The client's IP address as this server sees it (failed logons are counted by it). */
    public String remoteAddress() {
        String value = remoteAddress.get();
        return value == null ? "" : value;
    }

    /** Read when asked: only a logon needs it, and writing the address out cost 2% of a cached GET at 1,000 connections. */
    void remoteAddress(Supplier<String> source) {
        this.remoteAddress = source;
    }

    public LogonSession session() {
        return session;
    }

    void session(LogonSession value) {
        this.session = value;
    }

    void pathParams(Map<String, String> values) {
        this.pathParams = values;
    }

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    /** The path id as a UUID of {@code kind} (bare, any case, or full UID form); anything else is unknown: 404 (SPEC §1.1). */
    public UUID pathId(String kind, String what) {
        String raw = pathParam("id");
        return dev.cloudgate.wire.Uids.parse(kind, raw).orElseThrow(() -> Failure.notFound(what + " [" + raw + "] was not found."));
    }

    /** The body as it arrived, for bodies that are not the vendor's (the control API's JSON and YAML). */
    public byte[] bytes() {
        return body;
    }

    /** The body, once read: only after the caller was authenticated and the route found (SPEC §1.5). */
    void body(byte[] value) {
        this.body = value;
    }

    /** The first bytes of the raw body, for peeking without parsing. */
    public byte[] rawBodyPrefix(int max) {
        return java.util.Arrays.copyOf(body, Math.min(max, body.length));
    }

    /** Whether XML bodies are validated against the XSD (SPEC §1.2) or read leniently. */
    public boolean strictXml() {
        return strictXml;
    }

    /**
     * The body, read in the format its Content-Type names (415 for any other type), as a tree
     * rooted at {@code root}. {@code keepEmpty}: see {@link dev.cloudgate.wire.XmlBodyReader#read}.
     */
    public Body body(String root, Set<String> keepEmpty) {
        MediaFormat format = Negotiation.requestFormat(header("Content-Type"), body);
        if (format == null) {
            throw new ApiException(415, "Content-Type '" + header("Content-Type")
                    + "' is not supported; use application/xml, text/xml or application/json.");
        }
        if (body.length == 0) {
            throw new ApiException(400, "The request body is empty; a " + root + " is required.");
        }
        BodyNode node = Bodies.read(body, format, root, strictXml, keepEmpty);
        StoredText.check(node);
        return new Body(node, format);
    }

    public record Body(BodyNode node, MediaFormat format) {
        /** Strict XML enforces required elements through the XSD; JSON and lenient XML fill defaults. */
        public boolean strict(Call call) {
            return format == MediaFormat.XML && call.strictXml();
        }
    }
}
