package dev.cloudgate.client;

import dev.cloudgate.wire.Link;
import dev.cloudgate.wire.XmlBodyReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** A {@link Doc} over an XML element; names are local names, so the EM namespace need not be spelled out. */
final class XmlDoc implements Doc {
    private static final DocumentBuilderFactory FACTORY = XmlBodyReader.hardenedFactory();
    private final Element element;

    private XmlDoc(Element element) {
        this.element = element;
    }

    /** Parses with DTDs and external entities refused: a response is data, never instructions to the parser. */
    static XmlDoc parse(byte[] body) {
        try {
            return new XmlDoc(FACTORY.newDocumentBuilder().parse(new ByteArrayInputStream(body)).getDocumentElement());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new TransportException("The server's answer is not readable XML: " + e.getMessage(), e);
        }
    }

    String rootName() {
        return localName(element);
    }

    @Override
    public String text(String name) {
        if (element.hasAttribute(name)) {
            return element.getAttribute(name);
        }
        Element child = first(element, name);
        return child == null ? null : child.getTextContent();
    }

    @Override
    public Doc child(String name) {
        Element child = first(element, name);
        return child == null ? null : new XmlDoc(child);
    }

    @Override
    public List<Doc> items(String wrapper, String item) {
        Element list = wrapper == null ? element : first(element, wrapper);
        List<Doc> items = new ArrayList<>();
        if (list != null) {
            for (Element child : children(list, item)) {
                items.add(new XmlDoc(child));
            }
        }
        return items;
    }

    @Override
    public List<String> texts(String wrapper, String item) {
        return items(wrapper, item).stream().map(d -> ((XmlDoc) d).element.getTextContent().trim()).toList();
    }

    @Override
    public List<Link> links() {
        Element links = first(element, "Links");
        List<Link> found = new ArrayList<>();
        if (links != null) {
            for (Element link : children(links, "Link")) {
                found.add(new Link(link.getAttribute("Rel"), link.getAttribute("Href"), attribute(link, "Name"), attribute(link, "Type")));
            }
        }
        return found;
    }

    private static String attribute(Element element, String name) {
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    private static Element first(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child && localName(child).equals(name)) {
                found.add(child);
            }
        }
        return found;
    }

    private static String localName(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }
}
