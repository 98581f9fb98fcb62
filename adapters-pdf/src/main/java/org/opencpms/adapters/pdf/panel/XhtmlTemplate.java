package org.opencpms.adapters.pdf.panel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * An XHTML page of ours with named places for data, filled through the DOM: a value always becomes a text node, so
 * whatever it holds ({@code <}, {@code &}, quotes, a would-be script) is printed as the characters it is and never read
 * as markup. There is no string concatenation of data into the page.
 *
 * <p>The places are marked with attributes: {@code data-slot="name"} (the element's text is replaced by a value),
 * {@code data-if="name"} (the element stays only if a condition holds) and {@code data-repeat="name"} (the element is
 * a row copied once per item, then removed). A slot name is looked for under the element being filled, rows
 * included, so names are unique within one page.
 */
final class XhtmlTemplate {

    private final Element scope;

    private XhtmlTemplate(Element scope) {
        this.scope = scope;
    }

    /** A fresh copy of the page stored as a class-path resource beside this class. */
    static Document load(String resource) {
        try (InputStream in = XhtmlTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no template " + resource);
            }
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("template " + resource + " is not well-formed XHTML", e);
        }
    }

    /** The places of a whole page. */
    static XhtmlTemplate of(Document page) {
        return new XhtmlTemplate(page.getDocumentElement());
    }

    /** Puts {@code value} as the text of every {@code data-slot="slot"} element. */
    XhtmlTemplate text(String slot, String value) {
        for (Element element : marked("data-slot", slot)) {
            element.setTextContent(value);
        }
        return this;
    }

    /** Removes every {@code data-if="block"} element unless {@code keep}. */
    XhtmlTemplate keepIf(String block, boolean keep) {
        if (!keep) {
            marked("data-if", block).forEach(element -> element.getParentNode().removeChild(element));
        }
        return this;
    }

    /** Copies the {@code data-repeat="row"} element once per item, in order, filled by {@code fill}; then removes it. */
    <T> XhtmlTemplate each(String row, List<T> items, BiConsumer<XhtmlTemplate, T> fill) {
        for (Element prototype : marked("data-repeat", row)) {
            var parent = prototype.getParentNode();
            for (T item : items) {
                var copy = (Element) prototype.cloneNode(true);
                copy.removeAttribute("data-repeat");
                parent.insertBefore(copy, prototype);
                fill.accept(new XhtmlTemplate(copy), item);
            }
            parent.removeChild(prototype);
        }
        return this;
    }

    private List<Element> marked(String attribute, String name) {
        var found = new ArrayList<Element>();
        if (name.equals(scope.getAttribute(attribute))) {
            found.add(scope);
        }
        var descendants = scope.getElementsByTagName("*");
        for (int i = 0; i < descendants.getLength(); i++) {
            var element = (Element) descendants.item(i);
            if (name.equals(element.getAttribute(attribute))) {
                found.add(element);
            }
        }
        return found;
    }
}
