package io.github.promisekeeper.jira.config;

import io.github.promisekeeper.jira.platform.JiraServiceAvailability;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.InputStream;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/**
 * Runs Gemini Blueprint's own code on every {@code <osgi:reference-listener>} of plugin-context.xml: Gemini's
 * namespace handler parses the document (through Spring's XmlBeanDefinitionReader) into the listener adapters its
 * parser builds ({@code OsgiServiceLifecycleListenerAdapter}), whose initialisation rejects a bind or unbind method
 * it cannot call; then the calls Gemini's service importer makes ({@code OsgiServiceBindingUtils.callListenersBind}
 * and {@code callListenersUnbind}) go through those adapters with a real OSGi service reference from Apache Felix,
 * so {@link JiraServiceAvailability} receives exactly what Gemini passes: the service proxy and a snapshot of the
 * service's properties (a Dictionary that is a Map, {@code objectClass} among them), or {@code (null, null)} when an
 * optional reference starts with no service.
 *
 * <p>Gemini 3.0.0.M01 (the newest on Central; its parser, adapter and binding sources are the same files as
 * 2.1.0's) is built for Spring [5.0,6) and calls Spring 5 methods Spring 6 removed ({@code Assert.notNull(Object)}),
 * so it runs here in a class loader of its own with Spring 5.3 (target/gemini-spring); the plugin's classes,
 * the stand-ins and OSGi come from the test class path. Jira 11 runs Atlassian's Spring 6 fork of Gemini
 * (4.0.0-atlassian-*), whose source is not public; this test cannot show that the fork kept these rules.
 */
class GeminiReferenceListenerTest {

    private static final String BLUEPRINT = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";
    private static final String ADAPTER =
            "org.eclipse.gemini.blueprint.config.internal.adapter.OsgiServiceLifecycleListenerAdapter";
    private static final String LISTENER = "org.eclipse.gemini.blueprint.service.importer.OsgiServiceLifecycleListener";
    private static final String BINDING =
            "org.eclipse.gemini.blueprint.service.importer.support.internal.util.OsgiServiceBindingUtils";
    /** Loaded from Gemini's own class loader, never from the test class path (where Spring is 6). */
    private static final List<String> ISOLATED =
            List.of("org.eclipse.gemini.", "org.springframework.", "org.apache.commons.logging.");

    private static GeminiClassLoader gemini;
    private static Framework framework;
    private static List<Element> listeners;

    @BeforeAll
    static void startGeminiAndFelix() throws Exception {
        gemini = new GeminiClassLoader(geminiClassPath(), GeminiReferenceListenerTest.class.getClassLoader());
        Path cache = Path.of("target", "felix-cache", UUID.randomUUID().toString());
        Files.createDirectories(cache);
        framework = ServiceLoader.load(FrameworkFactory.class)
                .findFirst()
                .orElseThrow()
                .newFramework(Map.of(
                        Constants.FRAMEWORK_STORAGE,
                        cache.toAbsolutePath().toString(),
                        Constants.FRAMEWORK_STORAGE_CLEAN,
                        Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        framework.start();
        listeners = listenerElements(springContext());
    }

    @AfterAll
    static void stop() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(10_000);
        }
        if (gemini != null) {
            gemini.close();
        }
    }

    @Test
    void theListenerAdaptersComeFromGeminiWithSpring5NotFromTheTestClassPath() throws Exception {
        Class<?> adapter = gemini.loadClass(ADAPTER);
        Class<?> beanFactory = gemini.loadClass("org.springframework.beans.factory.BeanFactory");

        assertThat(adapter.getClassLoader()).isSameAs(gemini);
        assertThat(beanFactory.getClassLoader()).isSameAs(gemini);
        assertThat(beanFactory.getPackage().getImplementationVersion()).startsWith("5.");
    }

    @Test
    void geminiFindsTheBindAndUnbindMethodsOfEveryReferenceListener() throws Exception {
        assertThat(listeners).as("reference-listeners in plugin-context.xml").isNotEmpty();
        Map<String, Object> adapters = adaptersFor(springContext(), new JiraServiceAvailability());
        Class<?> adapterType = gemini.loadClass(ADAPTER);

        assertThat(adapters)
                .hasSameSizeAs(listeners)
                .allSatisfy((service, adapter) -> assertThat(adapter)
                        .as("Gemini's adapter for the listener of %s", service)
                        .isInstanceOf(adapterType));
    }

    @Test
    void eachOptionalServiceIsPresentExactlyBetweenGeminisBindAndUnbind() throws Exception {
        BundleContext context = framework.getBundleContext();
        JiraServiceAvailability availability = new JiraServiceAvailability();
        for (Map.Entry<String, Object> entry :
                adaptersFor(springContext(), availability).entrySet()) {
            Class<?> service = Class.forName(entry.getKey());
            Object adapter = entry.getValue();

            // An optional reference that starts with no service: ServiceDynamicInterceptor.afterPropertiesSet.
            callListeners("callListenersUnbind", null, null, adapter);
            assertThat(availability.has(service))
                    .as("%s before any service", service.getName())
                    .isFalse();

            Object registered = mock(service);
            ServiceRegistration<?> registration = context.registerService(
                    service.getName(), registered, new Hashtable<>(Map.of(Constants.SERVICE_RANKING, 0)));
            ServiceReference<?> reference = registration.getReference();
            assertThat((String[]) reference.getProperty(Constants.OBJECTCLASS)).contains(service.getName());

            callListeners("callListenersBind", mock(service), reference, adapter);
            assertThat(availability.has(service))
                    .as("%s after Gemini's bind", service.getName())
                    .isTrue();

            callListeners("callListenersUnbind", mock(service), reference, adapter);
            registration.unregister();
            assertThat(availability.has(service))
                    .as("%s after Gemini's unbind", service.getName())
                    .isFalse();
        }
    }

    @Test
    void geminiRejectsAListenerWhoseMethodTheTargetLacks() throws Exception {
        // The adapter check can fail: the first listener, with a bind method JiraServiceAvailability does not have.
        Document spring = springContext();
        listenerElements(spring).get(0).setAttribute("bind-method", "bind");

        assertThatThrownBy(() -> adaptersFor(spring, new JiraServiceAvailability()))
                .rootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Custom bind method [bind] not found");
    }

    /**
     * Gemini's adapter for each reference-listener, keyed by the reference's interface, as Gemini itself defines it:
     * the document goes through Spring 5's XmlBeanDefinitionReader, whose namespace handler for the Gemini namespace
     * is Gemini's ({@code OsgiNamespaceHandler}, found through the jar's spring.handlers); each reference's
     * {@code listeners} property then holds the adapter definition Gemini's parser built. The bean factory sets its
     * properties and calls afterPropertiesSet, which looks the bind and unbind methods up on the target's class.
     */
    private static Map<String, Object> adaptersFor(Document spring, JiraServiceAvailability target) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(gemini);
        try {
            Object factory = gemini.newInstance("org.springframework.beans.factory.support.DefaultListableBeanFactory");
            Object reader = gemini.loadClass("org.springframework.beans.factory.xml.XmlBeanDefinitionReader")
                    .getConstructor(
                            gemini.loadClass("org.springframework.beans.factory.support.BeanDefinitionRegistry"))
                    .newInstance(factory);
            Object resource = gemini.loadClass("org.springframework.core.io.DescriptiveResource")
                    .getConstructor(String.class)
                    .newInstance("META-INF/spring/plugin-context.xml");
            invoke(reader, "registerBeanDefinitions", spring, resource);

            Map<String, Object> adapters = new LinkedHashMap<>();
            for (Element listener : listenerElements(spring)) {
                Element reference = referenceOf(listener);
                if (!invokeBoolean(factory, "containsSingleton", listener.getAttribute("ref"))) {
                    invoke(factory, "registerSingleton", listener.getAttribute("ref"), target);
                }
                Object definition = invoke(factory, "getBeanDefinition", reference.getAttribute("id"));
                Object listenersValue = invoke(
                        invoke(invoke(definition, "getPropertyValues"), "getPropertyValue", "listeners"), "getValue");
                assertThat(listenersValue)
                        .as("Gemini's listener definitions of %s", reference.getAttribute("id"))
                        .asInstanceOf(InstanceOfAssertFactories.LIST)
                        .hasSize(1);
                String name = reference.getAttribute("id") + ".listener";
                invoke(factory, "registerBeanDefinition", name, ((List<?>) listenersValue).get(0));
                adapters.put(reference.getAttribute("interface"), invoke(factory, "getBean", name));
            }
            return adapters;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static boolean invokeBoolean(Object target, String name, Object... arguments) throws Exception {
        return (Boolean) invoke(target, name, arguments);
    }

    /** Gemini's importer informing its listeners: {@code OsgiServiceBindingUtils.callListeners*}. */
    private static void callListeners(String method, Object proxy, ServiceReference<?> reference, Object adapter)
            throws Exception {
        Object array = Array.newInstance(gemini.loadClass(LISTENER), 1);
        Array.set(array, 0, adapter);
        invokeStatic(gemini.loadClass(BINDING), method, proxy, reference, array);
    }

    private static Object invoke(Object target, String name, Object... arguments) throws Exception {
        return call(target.getClass(), target, name, arguments);
    }

    private static Object invokeStatic(Class<?> type, String name, Object... arguments) throws Exception {
        return call(type, null, name, arguments);
    }

    /** Calls the public method of that name whose parameters accept the arguments (null fits any object). */
    private static Object call(Class<?> type, Object target, String name, Object... arguments) throws Exception {
        Method method = Arrays.stream(type.getMethods())
                .filter(candidate -> candidate.getName().equals(name) && accepts(candidate, arguments))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getName() + "#" + name));
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static boolean accepts(Method method, Object[] arguments) {
        Class<?>[] parameters = method.getParameterTypes();
        if (parameters.length != arguments.length) {
            return false;
        }
        for (int i = 0; i < parameters.length; i++) {
            if (arguments[i] != null && (parameters[i].isPrimitive() || !parameters[i].isInstance(arguments[i]))) {
                return false;
            }
        }
        return true;
    }

    private static Element referenceOf(Element listener) {
        return (Element) listener.getParentNode();
    }

    private static List<Element> listenerElements(Document spring) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = spring.getElementsByTagNameNS(BLUEPRINT, "reference-listener");
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static Document springContext() throws Exception {
        try (InputStream in =
                GeminiReferenceListenerTest.class.getResourceAsStream("/META-INF/spring/plugin-context.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        }
    }

    /** The Gemini jar of the test class path and the Spring 5 jars the build copied for it. */
    private static URL[] geminiClassPath() throws Exception {
        URL adapterClass =
                GeminiReferenceListenerTest.class.getClassLoader().getResource(ADAPTER.replace('.', '/') + ".class");
        assertThat(adapterClass)
                .as("gemini-blueprint-core on the test class path")
                .isNotNull();
        List<URL> urls = new ArrayList<>();
        urls.add(((JarURLConnection) adapterClass.openConnection()).getJarFileURL());
        Path spring = Path.of(System.getProperty("gemini.spring.dir", "target/gemini-spring"));
        try (Stream<Path> jars = Files.list(spring)) {
            for (Path jar : jars.filter(file -> file.toString().endsWith(".jar"))
                    .sorted()
                    .toList()) {
                urls.add(jar.toUri().toURL());
            }
        }
        assertThat(urls).as("Gemini and six Spring 5 jars in %s", spring).hasSize(7);
        return urls.toArray(URL[]::new);
    }

    /** Loads Gemini, Spring and Commons Logging from its own jars first; everything else from the test class path. */
    private static final class GeminiClassLoader extends URLClassLoader {

        GeminiClassLoader(URL[] urls, ClassLoader parent) {
            super("gemini-spring5", urls, parent);
        }

        Object newInstance(String className) throws Exception {
            return loadClass(className).getConstructor().newInstance();
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (ISOLATED.stream().noneMatch(name::startsWith)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
