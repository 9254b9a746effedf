package io.github.promisekeeper.jira.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules that keep the plugin cluster-safe and its layers apart. */
class PluginArchitectureTest {

    private final JavaClasses plugin = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.promisekeeper.jira");

    @Test
    void pluginClassesWereImported() {
        assertThat(plugin.containPackage("io.github.promisekeeper.jira.renewal.rest")).isTrue();
    }

    @Test
    void noMutableStaticState() {
        fields().that().areStatic()
                .should().beFinal()
                .because("Jira Data Center runs several nodes: state shared through statics is node-local and racy")
                .check(plugin);
    }

    @Test
    void activeObjectsTypesStayInsideTheStorageAdapters() {
        noClasses().that().resideOutsideOfPackages("..ao..", "..config..")
                .should().dependOnClassesThat().resideInAnyPackage("net.java.ao..", "com.atlassian.activeobjects..")
                .because("adapters return core objects; no Active Objects proxy leaves the adapter that made it")
                .check(plugin);
    }

    @Test
    void coreNeverDependsOnThePlugin() {
        noClasses().that().resideInAPackage("io.github.promisekeeper.core..")
                .should().dependOnClassesThat().resideInAPackage("io.github.promisekeeper.jira..")
                .check(new ClassFileImporter().importPackages("io.github.promisekeeper.core"));
    }

    @Test
    void productionCodeNeverUsesAnInMemoryTestDouble() {
        noClasses().should().dependOnClassesThat().haveSimpleNameStartingWith("InMemory")
                .because("the InMemory* doubles are test fixtures, in core's test jar, never in the plugin jar")
                .check(plugin);
    }

    @Test
    void restResourcesDoNotWriteJsonThemselves() {
        noClasses().that().resideInAPackage("..rest..").and().doNotHaveModifier(JavaModifier.ABSTRACT)
                .should().dependOnClassesThat().resideInAPackage("com.google.gson..")
                .because("one configured Gson, owned by the web layer, writes all JSON")
                .check(plugin);
    }
}
