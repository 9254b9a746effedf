package io.github.promisekeeper.jira.config;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validates META-INF/spring/plugin-context.xml against the XML schemas Jira's Spring reads it with: Spring's
 * beans and context schemas from the Spring 6.2 jars on the class path, and Gemini Blueprint's schema from
 * gemini-blueprint-core (3.0.0.M01, whose schema is the same file as 2.1.0's). Every schema location is found
 * as Spring finds it, through the jars' {@code META-INF/spring.schemas}, never over the network; every namespace
 * needs a handler in a {@code META-INF/spring.handlers}. A misspelt element or attribute, a
 * {@code reference-listener} outside a reference, or a wrong {@code availability} value fails here, where in
 * Jira it would stop the context (and the app) from starting.
 */
class SpringContextSchemaTest {

    private static final String CONTEXT = "/META-INF/spring/plugin-context.xml";
    private static final String BEANS = "http://www.springframework.org/schema/beans";
    private static final String BLUEPRINT = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";

    private static Map<String, String> schemas;
    private static Map<String, String> handlers;
    private static Map<String, String> schemaLocations;
    private static Schema schema;
    private static final Errors SCHEMA_ERRORS = new Errors();

    @BeforeAll
    static void loadSchemas() throws Exception {
        schemas = mappings("META-INF/spring.schemas");
        handlers = mappings("META-INF/spring.handlers");
        schemaLocations = schemaLocations(parse(resource(CONTEXT)).getDocumentElement());
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver(new SpringSchemaResolver());
        factory.setErrorHandler(SCHEMA_ERRORS);
        List<Source> sources = new ArrayList<>();
        for (String location : schemaLocations.values()) {
            URL xsd = schemaUrl(location);
            sources.add(new StreamSource(xsd.openStream(), xsd.toExternalForm()));
        }
        schema = factory.newSchema(sources.toArray(Source[]::new));
    }

    @Test
    void everySchemaLocationResolvesThroughTheJarsSpringSchemasAsJirasSpringResolvesIt() {
        assertThat(schemaLocations).containsKeys(BEANS, BLUEPRINT);
        assertThat(schemaLocations.values())
                .allSatisfy(location -> assertThat(schemas).containsKey(location));
        assertThat(schemas.get(schemaLocations.get(BLUEPRINT)))
                .isEqualTo("org/eclipse/gemini/blueprint/config/gemini-blueprint-1.0.xsd");
    }

    @Test
    void everyNamespaceOtherThanBeansHasASchemaLocationAndANamespaceHandler() throws Exception {
        Set<String> namespaces = new TreeSet<>();
        NodeList all = parse(resource(CONTEXT)).getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            namespaces.add(all.item(i).getNamespaceURI());
        }
        namespaces.remove(BEANS);

        assertThat(namespaces).contains(BLUEPRINT);
        assertThat(schemaLocations).containsKeys(namespaces.toArray(String[]::new));
        assertThat(handlers).containsKeys(namespaces.toArray(String[]::new));
    }

    @Test
    void theSchemasLoadWithoutAWarning() {
        assertThat(SCHEMA_ERRORS.messages).isEmpty();
    }

    @Test
    void thePluginContextIsValid() throws Exception {
        assertThat(validate(new StreamSource(
                        resource(CONTEXT).openStream(), resource(CONTEXT).toExternalForm())))
                .as("schema errors in plugin-context.xml")
                .isEmpty();
    }

    @Test
    void aMisspeltListenerElementOrAttributeIsAnError() throws Exception {
        // The validation itself can fail: the same document with the listener renamed, then with one attribute
        // misspelt.
        Document renamed = parse(resource(CONTEXT));
        Element listener = firstListener(renamed);
        renamed.renameNode(listener, BLUEPRINT, "osgi:service-listener");
        assertThat(validate(new DOMSource(renamed))).anyMatch(error -> error.contains(":service-listener}"));

        Document misspelt = parse(resource(CONTEXT));
        Element misspeltListener = firstListener(misspelt);
        misspeltListener.removeAttribute("bind-method");
        misspeltListener.setAttribute("bind-methods", "bound");
        assertThat(validate(new DOMSource(misspelt))).anyMatch(error -> error.contains("bind-methods"));
    }

    private static Element firstListener(Document document) {
        Node listener =
                document.getElementsByTagNameNS(BLUEPRINT, "reference-listener").item(0);
        assertThat(listener).as("a reference-listener in plugin-context.xml").isNotNull();
        return (Element) listener;
    }

    private static List<String> validate(Source source) throws Exception {
        Errors errors = new Errors();
        Validator validator = schema.newValidator();
        validator.setErrorHandler(errors);
        validator.setResourceResolver(new SpringSchemaResolver());
        validator.validate(source);
        return errors.messages;
    }

    /** namespace → location pairs of the root element's xsi:schemaLocation, in document order. */
    private static Map<String, String> schemaLocations(Element root) {
        String[] tokens = root.getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "schemaLocation")
                .strip()
                .split("\\s+");
        assertThat(tokens.length % 2)
                .as("xsi:schemaLocation holds namespace/location pairs")
                .isZero();
        Map<String, String> locations = new LinkedHashMap<>();
        for (int i = 0; i < tokens.length; i += 2) {
            locations.put(tokens[i], tokens[i + 1]);
        }
        return locations;
    }

    /** Every jar's META-INF/spring.schemas or spring.handlers, merged, as Spring's resolvers read them. */
    private static Map<String, String> mappings(String name) throws IOException {
        Map<String, String> merged = new LinkedHashMap<>();
        for (URL url :
                Collections.list(SpringContextSchemaTest.class.getClassLoader().getResources(name))) {
            Properties properties = new Properties();
            try (InputStream in = url.openStream()) {
                properties.load(in);
            }
            properties.stringPropertyNames().forEach(key -> merged.putIfAbsent(key, properties.getProperty(key)));
        }
        assertThat(merged).as(name + " on the class path").isNotEmpty();
        return merged;
    }

    private static URL schemaUrl(String location) {
        String path = schemas.get(location);
        assertThat(path).as("spring.schemas entry for %s", location).isNotNull();
        URL url = SpringContextSchemaTest.class.getClassLoader().getResource(path);
        assertThat(url).as("schema %s on the class path", path).isNotNull();
        return url;
    }

    private static URL resource(String name) {
        URL url = SpringContextSchemaTest.class.getResource(name);
        assertThat(url).as(name).isNotNull();
        return url;
    }

    private static Document parse(URL url) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = url.openStream()) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    /**
     * Resolves a schema import as Spring's PluggableSchemaResolver does, through spring.schemas; an import that
     * names only its namespace (Gemini's of the beans and tool schemas) gets that namespace's unversioned schema.
     * Anything else fails the test rather than going to the network.
     */
    private static final class SpringSchemaResolver implements LSResourceResolver {

        @Override
        public LSInput resolveResource(
                String type, String namespace, String publicId, String systemId, String baseUri) {
            String location = systemId;
            if (location == null && XMLConstants.XML_NS_URI.equals(namespace)) {
                return null; // xml:* attributes: built into the parser, no file to read
            }
            if (location == null || !schemas.containsKey(location)) {
                location = schemas.keySet().stream()
                        .filter(key -> namespace != null
                                && key.startsWith(namespace + "/")
                                && key.substring(namespace.length() + 1).matches("[a-z-]+\\.xsd"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(
                                "no spring.schemas entry for " + systemId + " (namespace " + namespace + ")"));
            }
            URL url = schemaUrl(location);
            return new ClassPathInput(publicId, url);
        }
    }

    /** A schema read from the class path. */
    private record ClassPathInput(String publicId, URL url) implements LSInput {

        @Override
        public InputStream getByteStream() {
            try {
                return url.openStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String getSystemId() {
            return url.toExternalForm();
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        // The parser reads the byte stream; the other inputs stay empty.
        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {}

        @Override
        public void setByteStream(InputStream byteStream) {}

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {}

        @Override
        public void setSystemId(String systemId) {}

        @Override
        public void setPublicId(String publicId) {}

        @Override
        public String getBaseURI() {
            return null;
        }

        @Override
        public void setBaseURI(String baseUri) {}

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {}

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {}
    }

    /** Collects every warning and error, so that none passes unseen. */
    private static final class Errors implements ErrorHandler {

        private final List<String> messages = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            messages.add(describe("warning", e));
        }

        @Override
        public void error(SAXParseException e) {
            messages.add(describe("error", e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            messages.add(describe("fatal", e));
        }

        private static String describe(String level, SAXParseException e) {
            return level + " at line " + e.getLineNumber() + ": " + e.getMessage();
        }
    }
}
