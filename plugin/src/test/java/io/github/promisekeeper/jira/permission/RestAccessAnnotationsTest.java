package io.github.promisekeeper.jira.permission;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jira 10+ refuses REST calls to endpoints without an access annotation (secure by default): this walks
 * every resource method of the plugin and checks each declares exactly one, the one expected. The
 * annotations are enforced by Jira, not by the test runtime; what they let through is then narrowed by
 * {@link Permissions}, which the role matrix tests.
 */
class RestAccessAnnotationsTest {

    private static final List<Class<? extends Annotation>> ACCESS_ANNOTATIONS = List.of(
            AdminOnly.class,
            SystemAdminOnly.class,
            LicensedOnly.class,
            UnlicensedSiteAccess.class,
            AnonymousSiteAccess.class,
            UnrestrictedAccess.class);

    /** The access level of every resource method; a new endpoint must be added here on purpose. */
    private static final Map<String, Class<? extends Annotation>> EXPECTED = Map.ofEntries(
            Map.entry("RenewalsResource#renewals", LicensedOnly.class),
            Map.entry("CustomersResource#list", LicensedOnly.class),
            Map.entry("CustomersResource#get", LicensedOnly.class),
            Map.entry("CustomersResource#put", LicensedOnly.class),
            Map.entry("CustomersResource#delete", LicensedOnly.class),
            Map.entry("CustomersResource#history", LicensedOnly.class),
            Map.entry("ImportResource#importCsv", LicensedOnly.class),
            Map.entry("RadarResource#radar", LicensedOnly.class),
            Map.entry("CommitmentsResource#commitments", LicensedOnly.class),
            Map.entry("EpicCommitmentsResource#epicCommitments", LicensedOnly.class),
            Map.entry("SettingsResource#get", LicensedOnly.class),
            Map.entry("SettingsResource#put", LicensedOnly.class),
            Map.entry("SettingsResource#history", LicensedOnly.class),
            Map.entry("BackfillResource#progress", AdminOnly.class),
            Map.entry("BackfillResource#start", AdminOnly.class),
            Map.entry("AlertsResource#alerts", LicensedOnly.class));

    private final List<Class<?>> resources = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("io.github.promisekeeper.jira")
                    .stream()
                    .filter(type -> type.isAnnotatedWith(Path.class))
                    .map(JavaClass::reflect)
                    .toList();

    @Test
    void findsTheResources() {
        assertThat(resources).extracting(Class::getSimpleName).contains("RenewalsResource", "CustomersResource");
    }

    @Test
    void everyResourceMethodDeclaresTheAccessAnnotationExpectedOfIt() {
        Map<String, String> declared = new TreeMap<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                if (!isResourceMethod(method)) {
                    continue;
                }
                List<String> onMethod = annotationsOf(method.getAnnotations());
                List<String> effective = onMethod.isEmpty() ? annotationsOf(resource.getAnnotations()) : onMethod;
                declared.put(resource.getSimpleName() + "#" + method.getName(), String.join(",", effective));
            }
        }
        Map<String, String> expected = new TreeMap<>();
        EXPECTED.forEach((method, annotation) -> expected.put(method, annotation.getSimpleName()));
        assertThat(declared).as("access annotation of every resource method").isEqualTo(expected);
    }

    @Test
    void everyResourcePackageIsListedInTheRestModule() throws Exception {
        String descriptor;
        try (InputStream in = getClass().getResourceAsStream("/atlassian-plugin.xml")) {
            descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Class<?> resource : resources) {
            assertThat(descriptor).contains("<package>" + resource.getPackageName() + "</package>");
        }
    }

    private static boolean isResourceMethod(Method method) {
        return !method.isSynthetic()
                && Arrays.stream(method.getAnnotations())
                        .anyMatch(annotation -> annotation.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    private static List<String> annotationsOf(Annotation[] annotations) {
        List<String> names = new ArrayList<>();
        for (Annotation annotation : annotations) {
            if (ACCESS_ANNOTATIONS.contains(annotation.annotationType())) {
                names.add(annotation.annotationType().getSimpleName());
            }
        }
        return names;
    }
}
