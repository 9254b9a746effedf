package io.github.promisekeeper.preview;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * The plugin's {@code META-INF/spring/plugin-context.xml} as the preview uses it: the services it imports
 * from Jira ({@code <osgi:reference id interface>}) and the classes of its own beans ({@code <bean class>}).
 */
record PluginSpringContext(List<Reference> references, List<String> beanClasses) {

    static final String LOCATION = "META-INF/spring/plugin-context.xml";
    private static final String BEANS = "http://www.springframework.org/schema/beans";
    private static final String BLUEPRINT = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";

    /** One imported Jira service: its bean name and interface. */
    record Reference(String id, String interfaceName) {}

    static PluginSpringContext fromClassPath() {
        try (InputStream in = PluginSpringContext.class.getClassLoader().getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException(LOCATION + " is not on the class path: is the plugin jar?");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder().parse(in).getDocumentElement();
            List<Reference> references = new ArrayList<>();
            NodeList referenceNodes = root.getElementsByTagNameNS(BLUEPRINT, "reference");
            for (int i = 0; i < referenceNodes.getLength(); i++) {
                Element reference = (Element) referenceNodes.item(i);
                references.add(new Reference(reference.getAttribute("id"), reference.getAttribute("interface")));
            }
            List<String> beans = new ArrayList<>();
            NodeList beanNodes = root.getElementsByTagNameNS(BEANS, "bean");
            for (int i = 0; i < beanNodes.getLength(); i++) {
                beans.add(((Element) beanNodes.item(i)).getAttribute("class"));
            }
            return new PluginSpringContext(List.copyOf(references), List.copyOf(beans));
        } catch (Exception e) {
            throw new IllegalStateException("Could not read " + LOCATION, e);
        }
    }
}
