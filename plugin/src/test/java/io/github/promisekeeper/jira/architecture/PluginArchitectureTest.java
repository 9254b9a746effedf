package io.github.promisekeeper.jira.architecture;

import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.promisekeeper.jira.commitment.jira.JiraCommitments;
import io.github.promisekeeper.jira.epic.JiraEpicDeliveries;
import io.github.promisekeeper.jira.ticket.JiraTickets;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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
        assertThat(plugin.containPackage("io.github.promisekeeper.jira.renewal.rest"))
                .isTrue();
    }

    @Test
    void noMutableStaticState() {
        fields().that()
                .areStatic()
                .should()
                .beFinal()
                .because("Jira Data Center runs several nodes: state shared through statics is node-local and racy")
                .check(plugin);
    }

    @Test
    void activeObjectsTypesStayInsideTheStorageAdapters() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..ao..", "..config..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("net.java.ao..", "com.atlassian.activeobjects..")
                .because("adapters return core objects; no Active Objects proxy leaves the adapter that made it")
                .check(plugin);
    }

    @Test
    void coreNeverDependsOnThePlugin() {
        noClasses()
                .that()
                .resideInAPackage("io.github.promisekeeper.core..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.github.promisekeeper.jira..")
                .check(new ClassFileImporter().importPackages("io.github.promisekeeper.core"));
    }

    @Test
    void searchPlumbingDependsOnNoCapability() {
        noClasses()
                .that()
                .resideInAPackage("io.github.promisekeeper.jira.search..")
                .should()
                .dependOnClassesThat(resideInAPackage("io.github.promisekeeper.jira..")
                        .and(not(resideInAPackage("io.github.promisekeeper.jira.search.."))))
                .because("JqlSearch, JqlText, IssueValues and JqlValues are plumbing every capability uses, "
                        + "so no arrow may run from them back up to a capability")
                .check(plugin);
    }

    @Test
    void jqlFunctionsLiveWithTheirCapability() {
        classes()
                .that()
                .areAssignableTo(JqlFunction.class)
                .should()
                .resideInAnyPackage(
                        "io.github.promisekeeper.jira.renewal.jql", "io.github.promisekeeper.jira.commitment.jql")
                .because("a reader looking for how renewals or commitments are searched opens that capability's folder")
                .check(plugin);
    }

    @Test
    void productionCodeNeverUsesAnInMemoryTestDouble() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveSimpleNameStartingWith("InMemory")
                .because("the InMemory* doubles are test fixtures, in core's test jar, never in the plugin jar")
                .check(plugin);
    }

    /** The Jira adapter packages: the classes that read Jira's search for the core ports. */
    private static final String[] JIRA_ADAPTERS = {
        "io.github.promisekeeper.jira.commitment.jira..",
        "io.github.promisekeeper.jira.epic..",
        "io.github.promisekeeper.jira.ticket.."
    };

    @Test
    void noCallerOutsideTheAdaptersBindsToAJiraAdapterClass() {
        noClasses()
                .that()
                .resideOutsideOfPackages(JIRA_ADAPTERS)
                .and()
                .resideOutsideOfPackage("io.github.promisekeeper.jira.config..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName(JiraCommitments.class.getName())
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName(JiraTickets.class.getName())
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName(JiraEpicDeliveries.class.getName())
                .because(
                        "callers use the core ports (Commitments, Tickets, EpicDeliveries) and the use cases over them, "
                                + "so the preview and tests can stand in for Jira; only the Spring configuration wires the adapters")
                .check(plugin);
    }

    @Test
    void restResourcesDoNotWriteJsonThemselves() {
        noClasses()
                .that()
                .resideInAPackage("..rest..")
                .and()
                .doNotHaveModifier(JavaModifier.ABSTRACT)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.google.gson..")
                .because("one configured Gson, owned by the web layer, writes all JSON")
                .check(plugin);
    }
}
