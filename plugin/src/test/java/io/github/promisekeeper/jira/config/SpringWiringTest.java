package io.github.promisekeeper.jira.config;

import jakarta.ws.rs.ext.Provider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Builds the plugin's Spring context as META-INF/spring/plugin-context.xml describes it — each imported
 * Jira service replaced by a mock of its interface — and creates every class Jira's plugin framework
 * instantiates from atlassian-plugin.xml (REST resources, context providers, conditions, upgrade tasks,
 * JQL functions, listeners) by constructor autowiring, as the framework does. A missing bean, an
 * ambiguous one or a constructor Spring cannot satisfy fails here instead of at install time in Jira.
 */
class SpringWiringTest {

    private static final Path MAIN_JAVA = Path.of("src/main/java");

    private AnnotationConfigApplicationContext context;

    @BeforeEach
    void buildContext() {
        Document spring = parse("/META-INF/spring/plugin-context.xml");
        context = new AnnotationConfigApplicationContext();
        NodeList all = spring.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String name = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
            if (element.getTagName().endsWith("reference")) {
                Class<?> service = load(element.getAttribute("interface"));
                Object mock = mock(service);
                register(element.getAttribute("id"), service, mock);
            } else if ("bean".equals(name) && element.hasAttribute("class")) {
                context.register(load(element.getAttribute("class")));
            }
        }
        context.refresh();
    }

    @SuppressWarnings("unchecked")
    private <T> void register(String id, Class<T> service, Object mock) {
        context.registerBean(id, service, () -> (T) mock);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void everyModuleClassJiraInstantiatesCanBeAutowired() {
        List<Class<?>> modules = moduleClasses();

        assertThat(modules).isNotEmpty();
        for (Class<?> module : modules) {
            Object instance = context.getAutowireCapableBeanFactory().createBean(module);
            assertThat(instance).as("autowired %s", module.getName()).isInstanceOf(module);
        }
    }

    @Test
    void everyServiceTheContextExportsIsABean() {
        Document spring = parse("/META-INF/spring/plugin-context.xml");
        NodeList services = spring.getElementsByTagNameNS("*", "service");
        for (int i = 0; i < services.getLength(); i++) {
            Element service = (Element) services.item(i);
            Object bean = context.getBean(service.getAttribute("ref"));
            assertThat(load(service.getAttribute("interface")).isInstance(bean))
                    .as("bean %s implements %s", service.getAttribute("ref"), service.getAttribute("interface"))
                    .isTrue();
        }
    }

    /** Classes named by module elements of atlassian-plugin.xml, plus the resources in its REST packages. */
    private static List<Class<?>> moduleClasses() {
        Document descriptor = parse("/atlassian-plugin.xml");
        List<Class<?>> classes = new ArrayList<>();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("class") && element.getAttribute("class").startsWith("io.github.promisekeeper")) {
                classes.add(load(element.getAttribute("class")));
            }
            if ("upgradeTask".equals(element.getTagName())) {
                classes.add(load(element.getTextContent().strip()));
            }
            if ("package".equals(element.getTagName())) {
                classes.addAll(restResourcesIn(element.getTextContent().strip()));
            }
        }
        return classes;
    }

    private static List<Class<?>> restResourcesIn(String pkg) {
        Path folder = MAIN_JAVA.resolve(pkg.replace('.', '/'));
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .map(file -> pkg + "." + file.getFileName().toString().replace(".java", ""))
                    .<Class<?>>map(SpringWiringTest::load)
                    .filter(type -> type.isAnnotationPresent(jakarta.ws.rs.Path.class)
                            || type.isAnnotationPresent(Provider.class))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("No class " + name, e);
        }
    }

    private static Document parse(String resource) {
        try (InputStream in = SpringWiringTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new AssertionError("Cannot parse " + resource, e);
        }
    }
}
