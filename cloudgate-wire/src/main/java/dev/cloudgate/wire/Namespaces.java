package dev.cloudgate.wire;

/** The XML namespaces every EM document carries (SPEC §1.2). */
public final class Namespaces {
    public static final String EM = "http://www.veeam.com/ent/v1.0";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema";
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private Namespaces() {
    }
}
