package io.github.promisekeeper.jira.packaging;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Installs the built plugin jar in Apache Felix, with the framework exporting exactly the packages Jira 11.3
 * exports that the jar imports (at the versions in {@code jira-11.3-exports.tsv}, classes from the test class
 * path), and checks the bundle resolves and can load every class its descriptors name: the nearest thing to
 * Jira's plugin framework that runs without Jira.
 */
class JiraFrameworkIT {

    private static final String EXPORTS = "/jira-11.3-exports.tsv";
    private static final String PACKAGE_NAMESPACE = "osgi.wiring.package";
    private static final String GEMINI = "org.eclipse.gemini.blueprint.";
    private static final String CONFIGURATION = "org.springframework.context.annotation.Configuration";
    private static final String BEAN = "org.springframework.context.annotation.Bean";
    /** Splits a manifest header at commas outside quotes. */
    private static final Pattern CLAUSES = Pattern.compile(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");

    private static Path jar;
    private static Map<String, Map<String, String>> imports;
    private static Map<String, Export> exports;
    private static Framework framework;
    private static Bundle plugin;
    private static String startFailure;

    /** A row of the exports file: the version the test exports a package at ({@code floor}, {@code jdk}, {@code absent}). */
    private record Export(String jiraVersion, String testVersion, String source) {}

    @BeforeAll
    static void startFrameworkWithThePlugin() throws Exception {
        jar = Path.of(System.getProperty("plugin.jar", "target/missing.jar"));
        assertThat(jar).as("plugin jar built by the package phase").isRegularFile();
        try (JarFile file = new JarFile(jar.toFile())) {
            imports = parseImports(file.getManifest().getMainAttributes().getValue(Constants.IMPORT_PACKAGE));
        }
        exports = readExports();

        Path cache = Path.of("target", "felix-cache", UUID.randomUUID().toString());
        Files.createDirectories(cache);
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, cache.toAbsolutePath().toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, systemPackagesExtra());
        // Felix's implicit boot delegation can, for some callers, load a class a bundle cannot see from the
        // class path; off, only the bundle's wiring decides what it loads.
        config.put("felix.bootdelegation.implicit", "false");
        // Felix, as Jira runs it, even if another framework's factory is on the class path (-Patlassian).
        framework = ServiceLoader.load(FrameworkFactory.class).stream()
                .filter(provider -> provider.type().getName().startsWith("org.apache.felix."))
                .findFirst()
                .orElseThrow()
                .get()
                .newFramework(config);
        framework.start();
        plugin = framework.getBundleContext().installBundle(jar.toUri().toString());
        framework.adapt(FrameworkWiring.class).resolveBundles(List.of(plugin));
        try {
            plugin.start();
        } catch (BundleException e) {
            startFailure = e.getMessage();
        }
    }

    @AfterAll
    static void stopFramework() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    @Test
    void everyImportedPackageHasARowInTheJiraExports() {
        Set<String> withoutRow = new TreeSet<>(imports.keySet());
        withoutRow.removeAll(exports.keySet());
        assertThat(withoutRow)
                .as("packages the jar imports with no row in %s", EXPORTS)
                .isEmpty();
        Set<String> mandatoryButAbsent = imports.entrySet().stream()
                .filter(entry -> !isOptional(entry.getValue()))
                .map(Map.Entry::getKey)
                .filter(name -> "absent".equals(exports.get(name).testVersion()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(mandatoryButAbsent)
                .as("mandatory imports of packages the test does not export")
                .isEmpty();
    }

    @Test
    void geminiBlueprintImportsAreOptional() {
        Map<String, Map<String, String>> gemini = imports.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(GEMINI))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(gemini)
                .as("Gemini Blueprint imports named for the Spring XML")
                .isNotEmpty()
                .allSatisfy((name, attributes) ->
                        assertThat(isOptional(attributes)).as(name).isTrue());
    }

    @Test
    void thePluginResolvesAndStartsWithOnlyJirasExports() {
        assertThat(startFailure).as("BundleException from start()").isNull();
        assertThat(plugin.getState()).isEqualTo(Bundle.ACTIVE);
        BundleWiring wiring = plugin.adapt(BundleWiring.class);
        Set<String> wired = new TreeSet<>();
        for (BundleWire wire : wiring.getRequiredWires(PACKAGE_NAMESPACE)) {
            wired.add((String) wire.getCapability().getAttributes().get(PACKAGE_NAMESPACE));
        }
        Set<String> unwiredMandatory = new TreeSet<>();
        for (BundleRequirement requirement : wiring.getRequirements(PACKAGE_NAMESPACE)) {
            String name = importedPackage(requirement);
            boolean optional = Namespace.RESOLUTION_OPTIONAL.equals(
                    requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE));
            if (!optional && !wired.contains(name)) {
                unwiredMandatory.add(name);
            }
            if (name.startsWith(GEMINI)) {
                assertThat(optional)
                        .as("%s stays optional in the resolved wiring", name)
                        .isTrue();
            }
        }
        assertThat(unwiredMandatory).as("mandatory imports left unwired").isEmpty();
        assertThat(wired)
                .as("Gemini Blueprint is absent here, so nothing may wire to it")
                .noneMatch(name -> name.startsWith(GEMINI));
    }

    @Test
    void loadsEveryClassTheDescriptorsAndConfigurationsName() throws Exception {
        assertThat(plugin.getState())
                .as("bundle state (see the resolution test)")
                .isEqualTo(Bundle.ACTIVE);
        Map<String, String> named = new LinkedHashMap<>();
        Document descriptor = parse(plugin.getEntry("atlassian-plugin.xml"));
        collectClassAttributes(descriptor, "atlassian-plugin.xml", named);
        for (String tag : List.of("entity", "upgradeTask")) {
            for (Element element : elements(descriptor, tag)) {
                named.put(element.getTextContent().strip(), "atlassian-plugin.xml <" + tag + ">");
            }
        }
        for (Element rest : elements(descriptor, "rest")) {
            for (Element restPackage : elements(rest, "package")) {
                collectPackageClasses(restPackage.getTextContent().strip(), named);
            }
        }
        for (URL spring : Collections.list(plugin.findEntries("META-INF/spring", "*.xml", false))) {
            collectClassAttributes(parse(spring), spring.getPath(), named);
        }
        assertThat(named).as("class names found in the descriptors").isNotEmpty();

        List<String> failures = new ArrayList<>();
        Map<String, String> beanTypes = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : named.entrySet()) {
            Class<?> type = load(entry.getKey(), entry.getValue(), failures);
            if (type != null && hasAnnotation(type.getAnnotations(), CONFIGURATION)) {
                collectBeanTypes(type, beanTypes, failures);
            }
        }
        beanTypes.forEach((name, where) -> load(name, where, failures));
        assertThat(failures)
                .as(
                        "classes the plugin bundle cannot load in a framework exporting what Jira 11.3 "
                                + "exports (%d checked)",
                        named.size() + beanTypes.size())
                .isEmpty();
    }

    /** Loads a class through the plugin bundle and links its signatures; a failure is recorded, not thrown. */
    private static Class<?> load(String name, String namedBy, List<String> failures) {
        try {
            Class<?> type = plugin.loadClass(name);
            type.getDeclaredConstructors();
            type.getDeclaredMethods();
            type.getDeclaredFields();
            return type;
        } catch (ClassNotFoundException | LinkageError | TypeNotPresentException e) {
            failures.add(name + " (named by " + namedBy + "): " + e);
            return null;
        }
    }

    private static void collectBeanTypes(Class<?> configuration, Map<String, String> beanTypes, List<String> failures) {
        try {
            for (Method method : configuration.getDeclaredMethods()) {
                if (!hasAnnotation(method.getAnnotations(), BEAN)) {
                    continue;
                }
                String where = "@Bean " + configuration.getSimpleName() + "." + method.getName();
                addType(method.getReturnType(), where, beanTypes);
                for (Class<?> parameter : method.getParameterTypes()) {
                    addType(parameter, where, beanTypes);
                }
            }
        } catch (LinkageError | TypeNotPresentException e) {
            failures.add(configuration.getName() + " @Bean methods: " + e);
        }
    }

    private static void addType(Class<?> type, String where, Map<String, String> beanTypes) {
        Class<?> element = type;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        if (!element.isPrimitive() && !element.getName().startsWith("java.")) {
            beanTypes.putIfAbsent(element.getName(), where);
        }
    }

    private static boolean hasAnnotation(Annotation[] annotations, String name) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Every {@code class} and {@code interface} attribute in a descriptor: module classes, beans, services. */
    private static void collectClassAttributes(Document document, String source, Map<String, String> named) {
        for (Element element : elements(document.getDocumentElement(), "*")) {
            for (String attribute : List.of("class", "interface")) {
                String value = element.getAttribute(attribute).strip();
                if (!value.isEmpty()) {
                    named.putIfAbsent(value, source + " <" + element.getTagName() + " " + attribute + ">");
                }
            }
        }
    }

    /** The classes the jar holds in one REST package (REST v2 scans it for resources and providers). */
    private static void collectPackageClasses(String packageName, Map<String, String> named) {
        String path = packageName.replace('.', '/');
        var entries = plugin.findEntries(path, "*.class", false);
        if (entries == null) {
            named.put(packageName + ".<no classes in the jar>", "atlassian-plugin.xml <rest><package>");
            return;
        }
        for (URL entry : Collections.list(entries)) {
            String file = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
            named.putIfAbsent(
                    packageName + "." + file.substring(0, file.length() - ".class".length()),
                    "atlassian-plugin.xml <rest><package>");
        }
    }

    private static String importedPackage(BundleRequirement requirement) {
        String filter = requirement.getDirectives().get(Namespace.REQUIREMENT_FILTER_DIRECTIVE);
        var matcher = Pattern.compile("\\(" + PACKAGE_NAMESPACE.replace(".", "\\.") + "=([^)]+)\\)")
                .matcher(filter);
        return matcher.find() ? matcher.group(1) : filter;
    }

    /**
     * {@code org.osgi.framework.system.packages.extra}: the rows the jar imports, at their test version; a
     * {@code floor} row at the lowest version the jar's import accepts (0.0.0 when it names no version).
     */
    private static String systemPackagesExtra() {
        List<String> clauses = new ArrayList<>();
        for (String name : new TreeSet<>(imports.keySet())) {
            Export export = exports.get(name);
            if (export == null
                    || export.testVersion().equals("jdk")
                    || export.testVersion().equals("absent")) {
                continue;
            }
            String version = export.testVersion().equals("floor")
                    ? floor(name, imports.get(name).get(Constants.VERSION_ATTRIBUTE))
                    : export.testVersion();
            clauses.add(name + ";version=\"" + version + "\"");
        }
        return String.join(",", clauses);
    }

    /** The lowest version an import's version range accepts: {@code [1.7,3)} and {@code 1.7} give 1.7. */
    private static String floor(String name, String range) {
        if (range == null) {
            return "0.0.0";
        }
        assertThat(range).as("version range of the import of %s", name).doesNotStartWith("(");
        return range.replace("[", "").split(",")[0].strip();
    }

    private static Map<String, Export> readExports() throws IOException {
        Map<String, Export> rows = new LinkedHashMap<>();
        try (InputStream in = JiraFrameworkIT.class.getResourceAsStream(EXPORTS)) {
            assertThat(in).as(EXPORTS).isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
            assertThat(lines.getFirst()).isEqualTo("package\tjira_version\ttest_version\tsource\tnote");
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t", -1);
                assertThat(cells).as(line).hasSize(5);
                assertThat(cells[1]).as("jira_version of %s", cells[0]).matches("unknown|jdk|\\d+\\.\\d+\\.\\d+");
                assertThat(cells[2]).as("test_version of %s", cells[0]).matches("absent|jdk|floor|\\d+\\.\\d+\\.\\d+");
                assertThat(cells[3]).as("source of %s", cells[0]).isNotBlank();
                assertThat(rows.put(cells[0], new Export(cells[1], cells[2], cells[3])))
                        .as("duplicate " + cells[0])
                        .isNull();
            }
        }
        return rows;
    }

    /** Import-Package as package name to its attributes and directives ({@code version}, {@code resolution:}). */
    private static Map<String, Map<String, String>> parseImports(String header) {
        Map<String, Map<String, String>> parsed = new LinkedHashMap<>();
        for (String clause : CLAUSES.split(header)) {
            String[] parts = clause.strip().split(";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            Map<String, String> attributes = new HashMap<>();
            for (int i = 1; i < parts.length; i++) {
                String[] pair = parts[i].split(":?=", 2);
                attributes.put(
                        pair[0].strip(), pair.length > 1 ? pair[1].strip().replace("\"", "") : "");
            }
            assertThat(parsed.put(parts[0].strip(), attributes))
                    .as("duplicate import " + parts[0])
                    .isNull();
        }
        return parsed;
    }

    private static boolean isOptional(Map<String, String> attributes) {
        return Constants.RESOLUTION_OPTIONAL.equals(attributes.get(Constants.RESOLUTION_DIRECTIVE));
    }

    private static Document parse(URL url) throws Exception {
        assertThat(url).as("descriptor in the bundle").isNotNull();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = url.openStream()) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<Element> elements(Document document, String localName) {
        return elements(document.getDocumentElement(), localName);
    }

    /** Descendants by local name ({@code *} for all), whatever namespace prefix the XML uses. */
    private static List<Element> elements(Element root, String localName) {
        NodeList nodes = root.getElementsByTagNameNS("*", localName);
        List<Element> list = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
