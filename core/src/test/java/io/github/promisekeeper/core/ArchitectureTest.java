package io.github.promisekeeper.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the product's rules free of frameworks: core may use the JDK and itself, nothing else. */
class ArchitectureTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.promisekeeper.core");

    @Test
    void coreDependsOnNothingButTheJdk() {
        noClasses()
                .that()
                .resideInAPackage("io.github.promisekeeper.core..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("java..", "io.github.promisekeeper.core..")
                .because("core holds the product's rules in plain Java; frameworks belong in the plugin's adapters")
                .check(core);
    }

    @Test
    void inMemoryTestDoublesAreTestFixtures() {
        noClasses()
                .should()
                .haveSimpleNameStartingWith("InMemory")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleNameStartingWith("InMemory")
                .because("the InMemory* doubles live in src/test and ship in core's test jar, not in the plugin")
                .check(core);
    }

    @Test
    void coreClassesWereImported() {
        // Guards the rule above against passing vacuously when the package name drifts.
        Assertions.assertThat(core.containPackage("io.github.promisekeeper.core.customer"))
                .isTrue();
    }
}
