package dev.cloudgate.wire;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads XML request bodies: hardened parsing (no DTDs, no external entities), then, in strict mode,
 * validation against the project's XSD so that element order and names are enforced with a message
 * that names the offending element (SPEC §1.2, §7 A8).
 */
public final class XmlBodyReader {
    private static final Schema SCHEMA = loadSchema();
    private static final Pattern QUALIFIED = Pattern.compile("\\{?\"[^\"]*\":([A-Za-z0-9_]+)}?");
    private static final Pattern UNEXPECTED = Pattern.compile(
            "cvc-complex-type\\.2\\.4\\.a: Invalid content was found starting with element '([^']+)'\\. One of '\\{?(.*?)}?' is expected\\.");
    private static final Pattern INCOMPLETE = Pattern.compile(
            "cvc-complex-type\\.2\\.4\\.b: The content of element '([^']+)' is not complete\\. One of '\\{?(.*?)}?' is expected\\.");
    private static final Pattern NOTHING_EXPECTED = Pattern.compile(
            "cvc-complex-type\\.2\\.4\\.[dc]: Invalid content was found starting with element '([^']+)'.*");
    private static final Pattern BAD_VALUE = Pattern.compile("cvc-type\\.3\\.1\\.3: (The value .* of element '.*' is not valid\\.)");
    private static final Pattern BAD_ATTRIBUTE = Pattern.compile(
            "cvc-attribute\\.3: The value (.*) of attribute '([^']+)' on element '([^']+)' is not valid.*");
    private static final Pattern NOT_SIMPLE = Pattern.compile("cvc-type\\.3\\.1\\.2: Element '([^']+)' is a simple type.*");

    /** Deepest element nesting accepted (the XSD needs 4; room is left for Links and lenient bodies). */
    static final int MAX_DEPTH = 32;
    private static final DocumentBuilderFactory FACTORY = hardenedFactory();
    // A DocumentBuilder is not thread-safe and costs more to make than to reset.
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(XmlBodyReader::newBuilder);

    /**
     * Parses {@code body}, checks that its root is {@code expectedRoot} and, when {@code strict},
     * validates it. {@code keepEmpty} names the elements whose empty form means something (SPEC
     * §1.2: {@code Description} in a PUT, list wrappers); other empty simple elements read as absent.
     */
    public BodyNode read(byte[] body, String expectedRoot, boolean strict, Set<String> keepEmpty) {
        Document document = parse(body);
        Element root = document.getDocumentElement();
        String rootName = localName(root);
        if (strict) {
            if (!rootName.equals(expectedRoot) || !Namespaces.EM.equals(root.getNamespaceURI())) {
                throw BodyException.invalid("The request body must be a " + expectedRoot + " element in namespace "
                        + Namespaces.EM + "; got '" + rootName + "'.");
            }
            prune(root, keepEmpty);
            relocateVCloudResources(root);
            validate(document);
        } else if (!rootName.equalsIgnoreCase(expectedRoot)) {
            throw BodyException.invalid("The request body must be a " + expectedRoot + " element; got '" + rootName + "'.");
        }
        return toBody(root, keepEmpty);
    }

    private Document parse(byte[] body) {
        try {
            DocumentBuilder builder = BUILDER.get();
            builder.reset();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(body));
        } catch (SAXParseException e) {
            String message = e.getMessage();
            if (message != null && message.contains("DOCTYPE")) {
                throw BodyException.invalid("The request body must not contain a document type declaration (DTD).");
            }
            throw BodyException.invalid("The request body is not well-formed XML: " + message);
        } catch (SAXException | IOException e) {
            throw BodyException.invalid("The request body is not well-formed XML: " + e.getMessage());
        }
    }

    /** Links anywhere are ignored (SPEC §1.2), and empty simple elements read as absent. */
    private static void prune(Element element, Set<String> keepEmpty) {
        List<Element> drop = new ArrayList<>();
        for (Element child : childElements(element)) {
            String name = localName(child);
            if (name.equals("Links")) {
                drop.add(child);
            } else if (childElements(child).isEmpty() && child.getTextContent().isBlank() && !keepEmpty.contains(name)
                    // Only EM elements read as absent when empty; a foreign one (xi:include …) must meet the XSD.
                    && Namespaces.EM.equals(child.getNamespaceURI())
                    // An empty element that carries values in attributes (<LeaseOptions Enabled="false" />) is not absent.
                    && !hasOwnAttributes(child)) {
                drop.add(child);
            } else {
                prune(child, keepEmpty);
            }
        }
        for (Element child : drop) {
            element.removeChild(child);
        }
    }

    private static boolean hasOwnAttributes(Element element) {
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Node attribute = map.item(i);
            if (attribute.getNamespaceURI() == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * SPEC-tenants T-A5: a create spec may carry {@code VCloudComputeResources} either where the vendor's
     * table puts it (after {@code ComputeResources}) or where its example does (after {@code OrganizationRef}).
     * An XSD cannot offer one optional element at two places of a sequence (unique particle attribution),
     * so the table position is moved to the example's before validation; a second occurrence still fails.
     */
    private static void relocateVCloudResources(Element root) {
        if (!localName(root).equals("CreateCloudTenantSpec")) {
            return;
        }
        List<Element> children = childElements(root);
        List<Element> found = children.stream().filter(e -> localName(e).equals("VCloudComputeResources")).toList();
        if (found.size() != 1) {
            return;
        }
        Element moving = found.get(0);
        for (Element before : children) {
            if (before == moving) {
                break;
            }
            if (!TABLE_POSITION_PREDECESSORS.contains(localName(before))) {
                return;
            }
        }
        Element insertBefore = null;
        for (Element child : children) {
            if (EXAMPLE_POSITION_SUCCESSORS.contains(localName(child))) {
                insertBefore = child;
                break;
            }
        }
        root.removeChild(moving);
        root.insertBefore(moving, insertBefore);
    }

    private static final Set<String> TABLE_POSITION_PREDECESSORS = Set.of("BackupServerIdOrName", "Name", "Description",
            "Password", "Enabled", "LeaseExpirationDate", "Resources", "ComputeResources");
    private static final Set<String> EXAMPLE_POSITION_SUCCESSORS = Set.of("CloudGatewayPools", "FailoverToOtherGatewaysIfFail",
            "FailoverToOthersGatewaysIfFail", "Domain");

    private static void validate(Document document) {
        Validator validator = SCHEMA.newValidator();
        List<String> problems = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException exception) {
            }

            @Override
            public void error(SAXParseException exception) {
                problems.add(exception.getMessage());
            }

            @Override
            public void fatalError(SAXParseException exception) {
                problems.add(exception.getMessage());
            }
        });
        try {
            validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            validator.validate(new DOMSource(document));
        } catch (SAXException | IOException e) {
            problems.add(e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw BodyException.invalid(explain(problems));
        }
    }

    /** Turns the validator's messages into one that names the element and what was expected. */
    static String explain(List<String> problems) {
        for (String problem : problems) {
            Matcher m = UNEXPECTED.matcher(problem);
            if (m.matches()) {
                return "Element '" + unqualify(m.group(1)) + "' is not expected here; expected one of: " + unqualify(m.group(2)) + ".";
            }
            m = INCOMPLETE.matcher(problem);
            if (m.matches()) {
                return "Element '" + unqualify(m.group(1)) + "' is incomplete; expected one of: " + unqualify(m.group(2)) + ".";
            }
            m = NOTHING_EXPECTED.matcher(problem);
            if (m.matches()) {
                return "Element '" + unqualify(m.group(1)) + "' is not expected here.";
            }
            m = BAD_VALUE.matcher(problem);
            if (m.matches()) {
                return unqualify(m.group(1));
            }
            m = BAD_ATTRIBUTE.matcher(problem);
            if (m.matches()) {
                return "The value " + m.group(1) + " of attribute '" + m.group(2) + "' of element '" + unqualify(m.group(3)) + "' is not valid.";
            }
            m = NOT_SIMPLE.matcher(problem);
            if (m.matches()) {
                return "Element '" + unqualify(m.group(1)) + "' must not contain child elements.";
            }
        }
        return "The request body does not match the schema: " + problems.get(0);
    }

    private static String unqualify(String text) {
        return QUALIFIED.matcher(text).replaceAll("$1");
    }

    private static BodyNode toBody(Element element, Set<String> keepEmpty) {
        List<Element> elements = childElements(element);
        String name = localName(element);
        String text = elements.isEmpty() ? element.getTextContent() : "";
        // A kept-empty name with text is a plain value (<Name>x</Name> where <Name /> must survive, T-A34).
        if (elements.isEmpty() && !element.hasAttributes() && !(keepEmptyWrapper(name, keepEmpty) && text.isBlank())) {
            return BodyNode.leaf(name, text.isBlank() && !keepEmpty.contains(name) ? null : text);
        }
        Map<String, String> attributes = BodyNode.attributeMap();
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Node attribute = map.item(i);
            if (!"xmlns".equals(attribute.getPrefix()) && !"xmlns".equals(attribute.getNodeName())) {
                attributes.put(localName(attribute), attribute.getNodeValue());
            }
        }
        List<BodyNode> children = new ArrayList<>();
        for (Element child : elements) {
            children.add(toBody(child, keepEmpty));
        }
        return BodyNode.parent(name, attributes, children);
    }

    private static boolean keepEmptyWrapper(String name, Set<String> keepEmpty) {
        return keepEmpty.contains(name) && !name.equals("Description");
    }

    private static List<Element> childElements(Element element) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child) {
                elements.add(child);
            }
        }
        return elements;
    }

    private static String localName(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }

    private static DocumentBuilder newBuilder() {
        try {
            return FACTORY.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be made", e);
        }
    }

    /**
     * A DOM factory that refuses DTDs and never resolves external entities or XIncludes: the one place
     * where XML parsing is hardened, for the server's request bodies and the client's answers alike.
     */
    public static DocumentBuilderFactory hardenedFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            // No EM body nests deeper than a handful of levels; a deep one would only exhaust the stack.
            factory.setAttribute("jdk.xml.maxElementDepth", Integer.toString(MAX_DEPTH));
            factory.setExpandEntityReferences(false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be hardened", e);
        }
        return factory;
    }

    private static Schema loadSchema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(XmlBodyReader.class.getResource("/xsd/cloudgate.xsd"));
        } catch (SAXException e) {
            throw new IllegalStateException("The project's XSD does not load", e);
        }
    }
}
