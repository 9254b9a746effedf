package io.github.promisekeeper.jira.config;

import io.github.promisekeeper.jira.platform.JiraServiceAvailability;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds plugin-context.xml's OSGi references to jira-api-stubs/jira11-osgi-services.tsv: every imported
 * service has a row saying whether a Jira 10/11 app was seen importing it as an OSGi service; a confirmed
 * one is a mandatory reference, any other is optional and reported to {@link JiraServiceAvailability}, so
 * that one service Jira 11 does not offer cannot stop the whole app from enabling.
 */
class OsgiServiceEvidenceTest {

    private static final Path LEDGER = Path.of("../jira-api-stubs/jira11-osgi-services.tsv");
    private static final Set<String> STATUSES = Set.of("confirmed-11", "confirmed-10", "none");
    private static final Pattern EVIDENCE =
            Pattern.compile("https?://\\S+|[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*@[0-9a-f]{8,40}:\\S+");

    private record Row(String status, String evidence, String note) {
        boolean confirmed() {
            return status.startsWith("confirmed-");
        }

        boolean ownedElsewhere() {
            return note.startsWith("pending:");
        }
    }

    private static Map<String, Row> rows;
    private static Map<String, Element> references;

    @BeforeAll
    static void read() throws Exception {
        rows = new LinkedHashMap<>();
        boolean header = true;
        for (String line : Files.readAllLines(LEDGER, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            assertThat(fields).as("four tab-separated fields: %s", line).hasSize(4);
            if (header) {
                assertThat(line).isEqualTo("interface\tstatus\tevidence\tnote");
                header = false;
                continue;
            }
            assertThat(rows.put(fields[0], new Row(fields[1], fields[2], fields[3])))
                    .as("second row for %s", fields[0])
                    .isNull();
        }
        references = new LinkedHashMap<>();
        NodeList nodes = springContext().getElementsByTagNameNS("*", "reference");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element reference = (Element) nodes.item(i);
            references.put(reference.getAttribute("interface"), reference);
        }
    }

    @Test
    void everyReferencedServiceHasOneRowAndEveryRowIsReferenced() {
        assertThat(references).isNotEmpty();
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(references.keySet());
    }

    @Test
    void everyRowHasAKnownStatusAndWellFormedEvidenceBehindEveryConfirmation() {
        List<String> wrong = new ArrayList<>();
        rows.forEach((service, row) -> {
            if (!STATUSES.contains(row.status())) {
                wrong.add(service + ": unknown status " + row.status());
            }
            if (row.confirmed() && row.evidence().isBlank()) {
                wrong.add(service + ": " + row.status() + " without evidence");
            }
            for (String entry :
                    row.evidence().isBlank() ? new String[0] : row.evidence().split(" ; ", -1)) {
                if (!EVIDENCE.matcher(entry).matches()) {
                    wrong.add(service + ": evidence '" + entry + "'");
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void confirmedServicesAreMandatoryAndTheOthersOptionalAndReported() {
        List<String> wrong = new ArrayList<>();
        rows.forEach((service, row) -> {
            Element reference = references.get(service);
            if (reference == null || row.ownedElsewhere()) {
                return;
            }
            boolean optional = "optional".equals(reference.getAttribute("availability"));
            if (row.confirmed() && (optional || listener(reference) != null)) {
                wrong.add(service + " is confirmed but optional");
            }
            if (!row.confirmed()) {
                Element listener = listener(reference);
                if (!optional
                        || listener == null
                        || !"jiraServiceAvailability".equals(listener.getAttribute("ref"))
                        || !"bound".equals(listener.getAttribute("bind-method"))
                        || !"unbound".equals(listener.getAttribute("unbind-method"))) {
                    wrong.add(
                            service + " is not confirmed, so must be optional with JiraServiceAvailability listening");
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void jiraServiceAvailabilityKnowsExactlyTheOptionalReferences() throws Exception {
        Set<String> optional = references.entrySet().stream()
                .filter(entry -> "optional".equals(entry.getValue().getAttribute("availability")))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Set<String> known = JiraServiceAvailability.OPTIONAL.stream()
                .map(service -> service.type().getName())
                .collect(Collectors.toSet());

        assertThat(known).isEqualTo(optional);
        // The callbacks Gemini looks up by name: (service, service properties).
        assertThat(JiraServiceAvailability.class.getMethod("bound", Object.class, Map.class))
                .isNotNull();
        assertThat(JiraServiceAvailability.class.getMethod("unbound", Object.class, Map.class))
                .isNotNull();
    }

    private static Element listener(Element reference) {
        NodeList listeners = reference.getElementsByTagNameNS("*", "reference-listener");
        return listeners.getLength() == 0 ? null : (Element) listeners.item(0);
    }

    private static Document springContext() throws Exception {
        try (InputStream in =
                OsgiServiceEvidenceTest.class.getResourceAsStream("/META-INF/spring/plugin-context.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        }
    }
}
