package io.github.promisekeeper.jira.config;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * REST v2 builds resources and providers through HK2, which calls a constructor only when it carries
 * {@code jakarta.inject.Inject}; Jira 11 plugins (codescape/jira-scrum-poker on Jira 11.3.1, Atlassian's Slack
 * plugin on Jira 11.0) annotate their resources and their Jira-built module classes the same way. This checks
 * every class the REST module scans and every plugin class the descriptor names has exactly one constructor,
 * annotated, when it takes anything at all.
 */
class InjectionAnnotationsTest {

    private static final String PLUGIN_PACKAGE = "io.github.promisekeeper.jira";

    @Test
    void everyRestResourceAndProviderHasOneInjectConstructor() throws Exception {
        List<Class<?>> restClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(PLUGIN_PACKAGE).stream()
                        .filter(type -> type.isAnnotatedWith(Path.class) || type.isAnnotatedWith(Provider.class))
                        .map(JavaClass::reflect)
                        .toList();

        assertThat(restClasses)
                .extracting(Class::getSimpleName)
                .contains("RadarResource", "CustomersResource", "BadInputMapper", "UnexpectedErrorMapper");
        assertThat(withoutInjectConstructor(restClasses)).isEmpty();
    }

    @Test
    void everyPluginClassTheDescriptorNamesHasOneInjectConstructor() throws Exception {
        List<Class<?>> moduleClasses = new ArrayList<>();
        for (String name : pluginClassesNamedByDescriptor()) {
            Class<?> type = Class.forName(name);
            if (!type.isInterface()) {
                moduleClasses.add(type);
            }
        }

        assertThat(moduleClasses)
                .extracting(Class::getSimpleName)
                .contains("AdminPageServlet", "CustomerPanelContextProvider", "CustomerFieldType");
        assertThat(withoutInjectConstructor(moduleClasses)).isEmpty();
    }

    /** The classes whose constructors take arguments but are not one {@code @Inject} constructor, with why. */
    private static Set<String> withoutInjectConstructor(List<Class<?>> classes) {
        Set<String> problems = new TreeSet<>();
        for (Class<?> type : classes) {
            Constructor<?>[] constructors = type.getDeclaredConstructors();
            if (constructors.length == 1 && constructors[0].getParameterCount() == 0) {
                continue;
            }
            if (constructors.length != 1) {
                problems.add(type.getName() + ": " + constructors.length + " constructors, Jira needs exactly one");
            } else if (!constructors[0].isAnnotationPresent(Inject.class)) {
                problems.add(type.getName() + ": constructor without @jakarta.inject.Inject");
            }
        }
        return problems;
    }

    /** Every {@code class} attribute and {@code <upgradeTask>} of atlassian-plugin.xml inside the plugin's package. */
    private static Set<String> pluginClassesNamedByDescriptor() throws Exception {
        Document descriptor;
        try (InputStream in = InjectionAnnotationsTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            descriptor =
                    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        Set<String> names = new TreeSet<>();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String className = element.getTagName().equals("upgradeTask")
                    ? element.getTextContent().strip()
                    : element.getAttribute("class");
            if (className.startsWith(PLUGIN_PACKAGE + ".")) {
                names.add(className);
            }
        }
        return names;
    }
}
