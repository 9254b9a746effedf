package io.github.promisekeeper.jira.descriptor;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.plugin.web.ContextProvider;
import io.github.promisekeeper.jira.ao.upgrade.DataModel;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks atlassian-plugin.xml against the code and resources it names: what Jira would otherwise only
 * find out when the app is installed.
 */
class PluginDescriptorTest {

    private static final Path MAIN_JAVA = Path.of("src/main/java");
    private static final Path MAIN_RESOURCES = Path.of("src/main/resources");

    /** For each module element whose {@code class} attribute names a plugin class: the type it must be. */
    private static final Map<String, Class<?>> REQUIRED_SUPERTYPES = Map.of(
            "context-provider", ContextProvider.class,
            "customfield-type", CustomFieldType.class,
            "customfield-searcher", CustomFieldSearcher.class,
            "entity", RawEntity.class,
            "upgradeTask", ActiveObjectsUpgradeTask.class);

    private final Document descriptor = parse("/atlassian-plugin.xml");
    private final Properties texts = texts();

    @Test
    void versionAndKeyAreFilteredIn() {
        Element root = descriptor.getDocumentElement();
        assertThat(root.getAttribute("key")).isEqualTo("io.github.promisekeeper.promise-keeper");
        assertThat(text(root, "version"))
                .isEqualTo(System.getProperty("plugin.version", text(root, "version")))
                .matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(serialized()).doesNotContain("${");
    }

    @Test
    void declaresDataCenterCompatibility() {
        Map<String, String> params = new HashMap<>();
        for (Element param : elements("param")) {
            params.put(param.getAttribute("name"), param.getTextContent().strip());
        }
        assertThat(params)
                .containsEntry("atlassian-data-center-status", "compatible")
                .containsEntry("atlassian-data-center-compatible", "true");
    }

    @Test
    void everyNamedClassExistsAndHasTheTypeItsModuleNeeds() throws ClassNotFoundException {
        List<String> checked = new ArrayList<>();
        for (Element element : elements("*")) {
            String className = element.hasAttribute("class")
                    ? element.getAttribute("class")
                    : REQUIRED_SUPERTYPES.containsKey(element.getTagName())
                            ? element.getTextContent().strip()
                            : null;
            if (className == null || className.isEmpty()) {
                continue;
            }
            Class<?> type = Class.forName(className);
            Class<?> required = REQUIRED_SUPERTYPES.get(element.getTagName());
            if (required != null) {
                assertThat(required.isAssignableFrom(type))
                        .as("%s <%s> must be a %s", className, element.getTagName(), required.getName())
                        .isTrue();
            }
            assertThat(Modifier.isAbstract(type.getModifiers()) && !type.isInterface())
                    .as("%s must be instantiable", className)
                    .isFalse();
            checked.add(className);
        }
        assertThat(checked).isNotEmpty();
    }

    @Test
    void activeObjectsModuleDeclaresExactlyTheDataModelsEntities() {
        List<String> declared = elements("entity").stream()
                .map(entity -> entity.getTextContent().strip())
                .toList();
        List<String> model = DataModel.ENTITIES.stream().map(Class::getName).toList();

        assertThat(declared).containsExactlyInAnyOrderElementsOf(model);
        assertThat(elements("ao").get(0).getAttribute("namespace")).isEqualTo("io.github.promisekeeper");
    }

    @Test
    void everyRestPackageHoldsResources() throws IOException {
        List<Element> packages = elements("package");
        assertThat(packages).isNotEmpty();
        for (Element pkg : packages) {
            Path folder = MAIN_JAVA.resolve(pkg.getTextContent().strip().replace('.', '/'));
            assertThat(folder).isDirectory();
            try (Stream<Path> files = Files.list(folder)) {
                boolean anyResource = files.filter(file -> file.toString().endsWith(".java"))
                        .anyMatch(file ->
                                read(file).contains("@Path(") || read(file).contains("@Provider"));
                assertThat(anyResource)
                        .as("a @Path resource or @Provider in %s", folder)
                        .isTrue();
            }
        }
    }

    @Test
    void restV2IsSwitchedOnByATopLevelRestMigrationModuleWithItsOwnKey() {
        List<Element> migrations = elements("rest-migration");
        assertThat(migrations).hasSize(1);
        Element migration = migrations.get(0);
        assertThat(migration.getParentNode()).isSameAs(descriptor.getDocumentElement());
        assertThat(migration.getAttribute("key")).isNotBlank();
        assertThat(migration.getElementsByTagName("rest-v2").getLength()).isEqualTo(1);
    }

    /**
     * Web resources outside the plugin that provide the AMD modules the scripts require, from Atlassian's own
     * atlassian-webresource-webpack-plugin 5.0.1 (npm, src/deps/provided-dependencies.js) for wrm/context-path;
     * {@code jquery} comes with AUI's {@code ajs}, on which Atlassian's Slack plugin for Jira 11.0 relies too.
     */
    private static final Map<String, String> PROVIDED_AMD_MODULES = Map.of(
            "jquery", "com.atlassian.auiplugin:ajs",
            "wrm/context-path", "com.atlassian.plugins.atlassian-plugins-webresource-plugin:context-path");

    private static final Pattern DEFINE = Pattern.compile("define\\(\\s*'([^']+)'\\s*,\\s*\\[([^\\]]*)\\]");
    private static final Pattern REQUIRE = Pattern.compile("require\\(\\s*\\[([^\\]]*)\\]");
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

    /**
     * Follows {@code <dependency>} on the plugin's own web resources (as WRM does: a dependency's resources come
     * first, and with their own dependencies): what a page that loads {@code webResource} gets.
     */
    @Test
    void everyAmdModuleAScriptRequiresIsInItsWebResourceOrADeclaredDependency() {
        List<String> missing = new ArrayList<>();
        int scripts = 0;
        for (Element webResource : elements("web-resource")) {
            List<Element> loaded = withOwnDependencies(webResource);
            Set<String> dependencies = new TreeSet<>();
            Set<String> defined = new TreeSet<>();
            for (Element resource : loaded) {
                dependencies.addAll(childTexts(resource, "dependency"));
                for (String location : scriptLocations(resource)) {
                    DEFINE.matcher(read(MAIN_RESOURCES.resolve(location)))
                            .results()
                            .forEach(definition -> defined.add(definition.group(1)));
                }
            }
            Set<String> required = new TreeSet<>();
            for (String location : scriptLocations(webResource)) {
                scripts++;
                String script = read(MAIN_RESOURCES.resolve(location));
                Matcher definition = DEFINE.matcher(script);
                while (definition.find()) {
                    QUOTED.matcher(definition.group(2))
                            .results()
                            .forEach(dependency -> required.add(dependency.group(1)));
                }
                Matcher requirement = REQUIRE.matcher(script);
                while (requirement.find()) {
                    QUOTED.matcher(requirement.group(1))
                            .results()
                            .forEach(dependency -> required.add(dependency.group(1)));
                }
            }
            for (String module : required) {
                String provider = PROVIDED_AMD_MODULES.get(module);
                if (!defined.contains(module) && (provider == null || !dependencies.contains(provider))) {
                    missing.add(webResource.getAttribute("key") + " requires '" + module + "'"
                            + (provider == null ? ", which nothing provides" : " without the dependency " + provider));
                }
            }
        }
        assertThat(scripts).isPositive();
        assertThat(missing).isEmpty();
    }

    @Test
    void everyDependencyOnThisPluginNamesOneOfItsWebResources() {
        String own = descriptor.getDocumentElement().getAttribute("key") + ":";
        List<String> ownDependencies = new ArrayList<>();
        for (Element webResource : elements("web-resource")) {
            childTexts(webResource, "dependency").stream()
                    .filter(dependency -> dependency.startsWith(own))
                    .forEach(dependency -> ownDependencies.add(dependency.substring(own.length())));
        }
        assertThat(ownDependencies).isNotEmpty();
        assertThat(webResourceKeys()).containsAll(ownDependencies);
    }

    /** Jira's AMD loader keeps the first definition of a name; the preview's refuses a second one. */
    @Test
    void aPageGetsEveryScriptOnceAndEveryAmdModuleFromOneScript() {
        for (Element webResource : elements("web-resource")) {
            List<String> locations = withOwnDependencies(webResource).stream()
                    .flatMap(resource -> scriptLocations(resource).stream())
                    .toList();
            assertThat(locations)
                    .as("scripts a page with %s loads", webResource.getAttribute("key"))
                    .doesNotHaveDuplicates();
            List<String> modules = locations.stream()
                    .flatMap(location -> DEFINE.matcher(read(MAIN_RESOURCES.resolve(location)))
                            .results())
                    .map(definition -> definition.group(1))
                    .toList();
            assertThat(modules)
                    .as("AMD modules a page with %s defines", webResource.getAttribute("key"))
                    .doesNotHaveDuplicates();
        }
    }

    /** js/promise-keeper/admin/customers.js defines promise-keeper/admin/customers, and nothing else. */
    @Test
    void everyScriptDefinesOneAmdModuleNamedAfterItsFile() throws IOException {
        Map<String, List<String>> definedBy = new TreeMap<>();
        for (Path script : scripts()) {
            String location = MAIN_RESOURCES.relativize(script).toString().replace('\\', '/');
            definedBy.put(
                    location,
                    DEFINE.matcher(read(script))
                            .results()
                            .map(definition -> definition.group(1))
                            .toList());
        }
        assertThat(definedBy)
                .isNotEmpty()
                .allSatisfy((location, modules) -> assertThat(modules)
                        .as(location)
                        .containsExactly(location.substring("js/".length(), location.length() - ".js".length())));
        Set<String> served = new TreeSet<>();
        elements("web-resource").forEach(webResource -> served.addAll(scriptLocations(webResource)));
        assertThat(served)
                .as("scripts some web resource serves")
                .containsExactlyInAnyOrderElementsOf(definedBy.keySet());
    }

    /** The DOM is built from tag names and text: no markup is parsed, and none is assembled from values. */
    @Test
    void scriptsNeverParseMarkupTheyAssembleOrSetHtml() throws IOException {
        Pattern markupSink =
                Pattern.compile("\\.html\\(|innerHTML|outerHTML|insertAdjacentHTML|document\\.write|parseHTML");
        Pattern assembledMarkup = Pattern.compile("'<[^']*'\\s*\\+|\\+\\s*'[^']*>'");
        List<String> found = new ArrayList<>();
        for (Path script : scripts()) {
            List<String> lines = Files.readAllLines(script, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String code = lines.get(i).strip();
                if (!code.startsWith("*")
                        && !code.startsWith("/")
                        && (markupSink.matcher(code).find()
                                || assembledMarkup.matcher(code).find())) {
                    found.add(script.getFileName() + ":" + (i + 1) + ": " + code);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /** promise-keeper/rest is the one place that knows where the REST API is. */
    @Test
    void onlyTheRestModuleNamesTheRestBaseUrl() throws IOException {
        List<String> naming = scripts().stream()
                .filter(script -> read(script).contains("/rest/"))
                .map(script -> MAIN_RESOURCES.relativize(script).toString().replace('\\', '/'))
                .toList();
        assertThat(naming).containsExactly("js/promise-keeper/rest.js");
    }

    /** The DOM helpers live in promise-keeper/dom only: no script keeps its own copy of one. */
    @Test
    void noScriptDeclaresItsOwnCopyOfADomHelper() throws IOException {
        Path dom = MAIN_RESOURCES.resolve("js/promise-keeper/dom.js");
        Matcher exported =
                Pattern.compile("return \\{([^}]*)\\};\\s*\\}\\);\\s*$").matcher(read(dom));
        assertThat(exported.find()).as("dom.js ends with its exports").isTrue();
        List<String> helpers = Pattern.compile("(\\w+)\\s*:")
                .matcher(exported.group(1))
                .results()
                .map(name -> name.group(1))
                .toList();
        assertThat(helpers).contains("text", "element", "button", "fieldGroup", "select");
        List<String> copies = new ArrayList<>();
        for (Path script : scripts()) {
            if (!script.equals(dom)) {
                for (String helper : helpers) {
                    if (Pattern.compile("function\\s+" + helper + "\\s*\\(|(var|let|const)\\s+" + helper + "\\s*=")
                            .matcher(read(script))
                            .find()) {
                        copies.add(script.getFileName() + " declares " + helper);
                    }
                }
            }
        }
        assertThat(copies).isEmpty();
    }

    @Test
    void everyResourceFileExists() {
        List<String> locations = new ArrayList<>();
        for (Element resource : elements("resource")) {
            String location = resource.getAttribute("location");
            String expected = "i18n".equals(resource.getAttribute("type"))
                    ? location.replace('.', '/') + ".properties"
                    : location;
            locations.add(expected);
        }
        for (Element param : elements("param")) {
            if (param.getAttribute("name").startsWith("plugin-")) {
                locations.add(param.getTextContent().strip());
            }
        }
        for (Element thumbnail : elements("thumbnail")) {
            String location = thumbnail.getAttribute("location");
            Matcher resource = Pattern.compile(".*:([\\w-]+)/(.+)$").matcher(location);
            assertThat(resource.matches())
                    .as("thumbnail %s names a web resource", location)
                    .isTrue();
            assertThat(webResourceKeys()).contains(resource.group(1));
            locations.add(resource.group(2));
        }
        assertThat(locations).isNotEmpty();
        for (String location : locations) {
            assertThat(MAIN_RESOURCES.resolve(location))
                    .as("resource %s", location)
                    .exists();
        }
    }

    @Test
    void everyI18nKeyInDescriptorTemplatesScriptsAndJavaHasAText() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Element element : elements("*")) {
            if (element.hasAttribute("i18n-name-key")) {
                used.add(element.getAttribute("i18n-name-key"));
            }
            if (element.hasAttribute("key")
                    && Set.of("description", "title", "label", "tooltip").contains(element.getTagName())) {
                used.add(element.getAttribute("key"));
            }
        }
        Pattern velocity = Pattern.compile("\\$i18n\\.getText\\(\\s*[\"']([\\w.-]+)[\"']");
        Pattern script = Pattern.compile("I18n\\.getText\\(\\s*[\"']([\\w.-]+)[\"']");
        // Keys read directly, and keys an exception carries to be read when it is answered (LocalizedText.of).
        Pattern java = Pattern.compile("(?:getText|LocalizedText\\.of)\\(\\s*\"(promise-keeper\\.[\\w.-]+)\"");
        used.addAll(keysIn(MAIN_RESOURCES, ".vm", velocity));
        used.addAll(keysIn(MAIN_RESOURCES, ".js", script));
        used.addAll(keysIn(MAIN_JAVA, ".java", java));

        assertThat(used)
                .contains("promise-keeper.radar.empty", "promise-keeper.rest.error.days", "promise-keeper.radar.title")
                .contains("promise-keeper.import.error.empty", "promise-keeper.settings.error.group.blank");
        assertThat(used)
                .allSatisfy(key -> assertThat(texts).as("text for %s", key).containsKey(key));
    }

    @Test
    void everyTextIsAValidMessageFormatPattern() {
        // Jira formats texts with java.text.MessageFormat: a stray '{' or an unquoted apostrophe breaks them.
        assertThat(texts.stringPropertyNames()).isNotEmpty().allSatisfy(key -> {
            try {
                new MessageFormat(texts.getProperty(key), Locale.ENGLISH);
            } catch (IllegalArgumentException e) {
                throw new AssertionError("Text " + key + " is not a valid MessageFormat pattern: " + e.getMessage(), e);
            }
        });
    }

    @Test
    void velocityAllowlistNamesExactlyTheViewGettersTheTemplatesCall() throws IOException {
        Set<String> allowed = new TreeSet<>();
        for (Element method : elements("method")) {
            allowed.add(method.getTextContent().strip());
        }
        Set<String> viewClasses = new TreeSet<>();
        for (String entry : allowed) {
            Matcher shape = Pattern.compile("([\\w.$]+)#(\\w+)\\(\\)").matcher(entry);
            assertThat(shape.matches()).as("allowlist entry %s", entry).isTrue();
            viewClasses.add(shape.group(1));
        }

        Set<String> called = new TreeSet<>();
        Pattern reference = Pattern.compile("\\$!?\\{?view\\.(\\w+)");
        for (String property : keysIn(MAIN_RESOURCES, ".vm", reference)) {
            called.add(allowlistEntryFor(property, viewClasses));
        }

        assertThat(called).isNotEmpty();
        assertThat(allowed).isEqualTo(called);
    }

    private static String allowlistEntryFor(String property, Set<String> viewClasses) {
        String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String viewClass : viewClasses) {
            for (String name : List.of("get" + capitalised, "is" + capitalised, property)) {
                try {
                    Class.forName(viewClass).getMethod(name);
                    return viewClass + "#" + name + "()";
                } catch (NoSuchMethodException | ClassNotFoundException e) {
                    // try the next candidate
                }
            }
        }
        throw new AssertionError("Template reference $view." + property + " matches no allowlisted view class getter");
    }

    /** {@code webResource} after the plugin's own web resources it depends on, transitively, each once. */
    private List<Element> withOwnDependencies(Element webResource) {
        Set<Element> ordered = new LinkedHashSet<>();
        addWithOwnDependencies(webResource, ordered, new ArrayList<>());
        return List.copyOf(ordered);
    }

    private void addWithOwnDependencies(Element webResource, Set<Element> ordered, List<String> path) {
        String key = webResource.getAttribute("key");
        assertThat(path).as("web resources depending on each other in a circle").doesNotContain(key);
        path.add(key);
        String own = descriptor.getDocumentElement().getAttribute("key") + ":";
        for (String dependency : childTexts(webResource, "dependency")) {
            if (dependency.startsWith(own)) {
                String dependencyKey = dependency.substring(own.length());
                Element found = elements("web-resource").stream()
                        .filter(candidate -> candidate.getAttribute("key").equals(dependencyKey))
                        .findFirst()
                        .orElseThrow(
                                () -> new AssertionError(key + " depends on " + dependencyKey + ", which is not here"));
                addWithOwnDependencies(found, ordered, path);
            }
        }
        path.remove(path.size() - 1);
        ordered.add(webResource);
    }

    private static List<String> scriptLocations(Element webResource) {
        List<String> locations = new ArrayList<>();
        NodeList resources = webResource.getElementsByTagName("resource");
        for (int i = 0; i < resources.getLength(); i++) {
            String location = ((Element) resources.item(i)).getAttribute("location");
            if (location.endsWith(".js")) {
                locations.add(location);
            }
        }
        return locations;
    }

    private static List<String> childTexts(Element parent, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    private static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN_RESOURCES.resolve("js"))) {
            return files.filter(file -> file.toString().endsWith(".js"))
                    .sorted()
                    .toList();
        }
    }

    private Set<String> webResourceKeys() {
        Set<String> keys = new TreeSet<>();
        for (Element webResource : elements("web-resource")) {
            keys.add(webResource.getAttribute("key"));
        }
        return keys;
    }

    private static Set<String> keysIn(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.toString().endsWith(suffix)).forEach(file -> {
                Matcher matcher = pattern.matcher(read(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            });
        }
        return keys;
    }

    private List<Element> elements(String tag) {
        NodeList nodes = descriptor.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static String text(Element parent, String tag) {
        Node node = parent.getElementsByTagName(tag).item(0);
        return node == null ? null : node.getTextContent().strip();
    }

    private String serialized() {
        return read(Path.of("target/classes/atlassian-plugin.xml"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document parse(String resource) {
        URL url = PluginDescriptorTest.class.getResource(resource);
        assertThat(url).as(resource).isNotNull();
        try (InputStream in = url.openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new AssertionError("atlassian-plugin.xml does not parse", e);
        }
    }

    private static Properties texts() {
        Properties properties = new Properties();
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/i18n/promise-keeper.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
