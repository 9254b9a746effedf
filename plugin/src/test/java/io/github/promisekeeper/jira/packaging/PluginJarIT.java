package io.github.promisekeeper.jira.packaging;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the plugin jar that `./mvnw verify` built: what ships, what must not, and its OSGi headers. */
class PluginJarIT {

    private static JarFile jar;
    private static List<String> entries;
    private static Attributes manifest;

    @BeforeAll
    static void openJar() throws IOException {
        Path path = Path.of(System.getProperty("plugin.jar", "target/missing.jar"));
        assertThat(path).as("plugin jar built by the package phase").isRegularFile();
        jar = new JarFile(path.toFile());
        entries =
                Collections.list(jar.entries()).stream().map(ZipEntry::getName).toList();
        manifest = jar.getManifest().getMainAttributes();
    }

    @Test
    void shipsNoStandInAndNoPlatformLibrary() {
        assertThat(entries).noneMatch(name -> name.startsWith("com/atlassian/"));
        assertThat(entries).noneMatch(name -> name.startsWith("net/java/ao/"));
        assertThat(entries).noneMatch(name -> name.startsWith("jakarta/") || name.startsWith("org/springframework/"));
        assertThat(entries).noneMatch(name -> name.contains("jira-api-stubs") || name.contains("activeobjects"));
    }

    @Test
    void embedsCoreAndGson() {
        assertThat(entries).anyMatch(name -> name.matches("META-INF/lib/promise-keeper-core-.*\\.jar"));
        assertThat(entries).anyMatch(name -> name.matches("META-INF/lib/gson-.*\\.jar"));
        assertThat(manifest.getValue("Bundle-ClassPath"))
                .contains("META-INF/lib/promise-keeper-core-")
                .contains("META-INF/lib/gson-");
        assertThat(entries).contains("io/github/promisekeeper/jira/renewal/rest/RenewalsResource.class");
    }

    @Test
    void shipsNoInMemoryTestDouble() throws IOException {
        List<String> shipped = new ArrayList<>(entries);
        for (String name : entries) {
            if (name.startsWith("META-INF/lib/") && name.endsWith(".jar")) {
                try (JarInputStream embedded = new JarInputStream(jar.getInputStream(jar.getEntry(name)))) {
                    for (JarEntry entry = embedded.getNextJarEntry();
                            entry != null;
                            entry = embedded.getNextJarEntry()) {
                        shipped.add(name + "!/" + entry.getName());
                    }
                }
            }
        }
        // Read through the embedded core jar, or this test would pass on a plugin jar that lost its core.
        assertThat(shipped)
                .anyMatch(
                        name -> name.matches(
                                "META-INF/lib/promise-keeper-core-.*\\.jar!/io/github/promisekeeper/core/customer/Customers\\.class"));
        // Only this project's classes: the in-memory doubles are test fixtures, in core's test jar.
        assertThat(shipped.stream().filter(PluginJarIT::isInMemoryDouble).toList())
                .as("InMemory* test doubles in the plugin jar or a jar it embeds")
                .isEmpty();
    }

    private static boolean isInMemoryDouble(String entry) {
        String path = entry.substring(entry.lastIndexOf('!') + 1);
        return path.contains("io/github/promisekeeper/")
                && path.substring(path.lastIndexOf('/') + 1).startsWith("InMemory");
    }

    @Test
    void embedsCommonsCsvForTheImportAndDoesNotImportIt() {
        assertThat(entries).anyMatch(name -> name.matches("META-INF/lib/commons-csv-1\\.14\\.1\\.jar"));
        assertThat(manifest.getValue("Bundle-ClassPath")).contains("META-INF/lib/commons-csv-");
        assertThat(entries)
                .anyMatch(name -> name.matches("META-INF/lib/commons-io-.*\\.jar"))
                .anyMatch(name -> name.matches("META-INF/lib/commons-codec-.*\\.jar"));
        assertThat(manifest.getValue("Import-Package"))
                .doesNotContain("org.apache.commons.csv")
                .doesNotContain("org.apache.commons.io")
                .doesNotContain("org.apache.commons.codec");
    }

    @Test
    void carriesThePluginKeyAndSpringHeaders() {
        assertThat(manifest.getValue("Atlassian-Plugin-Key")).isEqualTo("io.github.promisekeeper.promise-keeper");
        assertThat(manifest.getValue("Bundle-SymbolicName")).isEqualTo("io.github.promisekeeper.promise-keeper");
        assertThat(manifest.getValue("Spring-Context")).isEqualTo("*");
        assertThat(entries).contains("META-INF/spring/plugin-context.xml");
    }

    @Test
    void importsPlatformPackagesAndEmbedsItsOwn() {
        String imports = manifest.getValue("Import-Package");
        assertThat(imports)
                .contains(
                        "com.atlassian.sal.api.message",
                        "com.atlassian.plugin.web",
                        "jakarta.ws.rs",
                        "com.atlassian.jira.avatar",
                        "com.atlassian.jira.icon",
                        "com.atlassian.jira.security.plugin",
                        "org.eclipse.gemini.blueprint.service.importer.support",
                        "org.springframework.context.annotation");
        assertThat(imports).doesNotContain("com.google.gson").doesNotContain("io.github.promisekeeper");
        assertThat(imports.split(",")).noneMatch(entry -> entry.startsWith("java."));
        assertThat(manifest.getValue("Export-Package")).isNull();
    }

    @Test
    void requiresNoExecutionEnvironmentCapability() {
        // bnd's default osgi.ee requirement names the compiler's release; no Jira 11 plugin declares one.
        String required = manifest.getValue("Require-Capability");
        assertThat(required == null ? "" : required).doesNotContain("osgi.ee");
    }

    @Test
    void holdsTheFilteredDescriptorAtItsRoot() throws IOException {
        ZipEntry descriptor = jar.getEntry("atlassian-plugin.xml");
        assertThat(descriptor).isNotNull();
        try (InputStream in = jar.getInputStream(descriptor)) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(xml)
                    .contains("<version>" + System.getProperty("plugin.version") + "</version>")
                    .doesNotContain("${");
        }
        assertThat(entries)
                .contains(
                        "templates/radar/dashboard-item.vm",
                        "i18n/promise-keeper.properties",
                        "js/promise-keeper/radar/dashboard-item.js",
                        "images/sales-commitment.png");
        assertThat(Files.exists(Path.of("src/main/resources/templates/radar/dashboard-item.vm")))
                .isTrue();
    }

    /**
     * Jira loads every class the descriptor names through the plugin bundle's class loader: a class outside
     * the bundle whose package the manifest does not import cannot load there, and its module is disabled
     * (as the Customer searcher was when the descriptor named Jira's own ExactTextSearcher).
     */
    @Test
    void everyClassTheDescriptorNamesIsInTheBundleOrInAnImportedPackage() throws Exception {
        Set<String> imported = packagesOf(manifest.getValue("Import-Package"));
        List<String> unloadable = new ArrayList<>();
        for (String name : classesNamedByDescriptor()) {
            String pkg = name.substring(0, name.lastIndexOf('.'));
            if (!entries.contains(name.replace('.', '/') + ".class") && !imported.contains(pkg)) {
                unloadable.add(name);
            }
        }
        assertThat(unloadable)
                .as("classes atlassian-plugin.xml names that the bundle can neither find nor import")
                .isEmpty();
    }

    private static Set<String> classesNamedByDescriptor() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Set<String> classes = new TreeSet<>();
        try (InputStream in = jar.getInputStream(jar.getEntry("atlassian-plugin.xml"))) {
            NodeList all = factory.newDocumentBuilder().parse(in).getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                String name = ((Element) all.item(i)).getAttribute("class");
                if (name.contains(".")) {
                    classes.add(name);
                }
            }
        }
        assertThat(classes).as("classes named by atlassian-plugin.xml").isNotEmpty();
        return classes;
    }

    /** The package names of an OSGi package header, without attributes; quoted commas do not split. */
    private static Set<String> packagesOf(String header) {
        Set<String> packages = new TreeSet<>();
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                packages.add(clause.toString().split(";")[0].strip());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return packages;
    }
}
