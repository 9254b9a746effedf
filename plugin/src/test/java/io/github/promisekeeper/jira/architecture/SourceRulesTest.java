package io.github.promisekeeper.jira.architecture;

import io.github.promisekeeper.core.FullyQualifiedNames;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the sources of every module but core (which checks its own) importing their types instead of naming
 * them fully qualified in code.
 */
class SourceRulesTest {

    /** Names that stay qualified because another type of the same simple name is imported in that file. */
    private static final Map<String, String> CLASHES = Map.of(
            "jakarta.ws.rs.Path",
            "SpringWiringTest imports java.nio.file.Path to walk the sources and checks for the JAX-RS @Path");

    @Test
    void noFullyQualifiedTypeNamesInCode() throws Exception {
        // Maven runs tests from the module's folder; its parent holds every module.
        Path root = Path.of("..");
        List<Path> modules;
        try (Stream<Path> folders = Files.list(root)) {
            modules = folders.filter(folder -> Files.isRegularFile(folder.resolve("pom.xml")))
                    .filter(folder -> !folder.getFileName().toString().equals("core"))
                    .sorted()
                    .toList();
        }

        assertThat(modules)
                .extracting(module -> module.getFileName().toString())
                .contains("plugin", "preview");
        assertThat(new FullyQualifiedNames(CLASHES).in(modules))
                .as("import these types instead of qualifying them")
                .isEmpty();
    }
}
