package io.github.promisekeeper.core;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps core's sources importing their types instead of naming them fully qualified in code. */
class SourceRulesTest {

    private final FullyQualifiedNames names = new FullyQualifiedNames(Map.of());

    @Test
    void noFullyQualifiedTypeNamesInCode() {
        // Maven runs tests from the module's folder.
        assertThat(names.in(List.of(Path.of(""))))
                .as("import these types instead of qualifying them")
                .isEmpty();
    }

    @Test
    void findsQualifiedTypesInDeclarationsCallsAndConstructors() {
        String source = """
                package a.b;
                import java.util.Set;
                class C {
                    java.util.Set<String> x = new java.util.HashSet<>();
                    Object p = com.tngtech.archunit.base.DescribedPredicate.alwaysTrue();
                    @org.junit.jupiter.api.Test void t() {}
                }
                """;

        assertThat(names.in("C", source))
                .containsExactly(
                        "C:4: java.util.Set",
                        "C:4: java.util.HashSet",
                        "C:5: com.tngtech.archunit.base.DescribedPredicate",
                        "C:6: org.junit.jupiter.api.Test");
    }

    @Test
    void ignoresCommentsLiteralsFieldAccessAndAllowedNames() {
        String source = """
                class C {
                    // java.util.Set in a comment
                    /** {@link java.util.Map} in Javadoc */
                    String s = "java.util.List in a string" + 'x';
                    String t = \"""
                            java.util.Deque in a text block
                            \""";
                    int n = this.rules.MAX + Math.max(1, 2) + list.size();
                    java.awt.List allowed;
                }
                """;

        assertThat(new FullyQualifiedNames(Map.of("java.awt.List", "clashes with java.util.List")).in("C", source))
                .isEmpty();
    }
}
