package io.github.promisekeeper.jira.search;

import com.atlassian.jira.plugin.jql.function.AbstractJqlFunction;
import io.github.promisekeeper.jira.commitment.jql.CommitmentsAtRiskFunction;
import io.github.promisekeeper.jira.renewal.jql.CustomersRenewingWithinFunction;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JQL functions take their name and list flag from their {@code jql-function} modules, as Jira's
 * {@link AbstractJqlFunction} does: each module must name the function by the constant its messages use and
 * declare it a list (both are used with {@code in}), and no function may answer for itself instead.
 */
class JqlFunctionModulesTest {

    @Test
    void everyModuleNamesItsFunctionByItsConstantAndDeclaresAList() throws Exception {
        Map<String, String> names = new TreeMap<>();
        for (Element module : modules()) {
            Class<?> type = Class.forName(module.getAttribute("class"));
            assertThat(AbstractJqlFunction.class).as(type.getName()).isAssignableFrom(type);
            assertThat(child(module, "list")).as("<list> of %s", type.getName()).isEqualTo("true");
            names.put(child(module, "fname"), (String) type.getField("NAME").get(null));
        }
        assertThat(names)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        CustomersRenewingWithinFunction.NAME, CustomersRenewingWithinFunction.NAME,
                        CommitmentsAtRiskFunction.NAME, CommitmentsAtRiskFunction.NAME));
    }

    @Test
    void noFunctionOverridesWhatJiraTakesFromTheModule() throws Exception {
        for (Element module : modules()) {
            Class<?> type = Class.forName(module.getAttribute("class"));
            List<String> declared = new ArrayList<>();
            for (var method : type.getDeclaredMethods()) {
                declared.add(method.getName());
            }
            assertThat(declared).as(type.getName()).doesNotContain("getFunctionName", "isList", "init");
        }
    }

    private static List<Element> modules() throws Exception {
        try (InputStream in = JqlFunctionModulesTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            assertThat(in).as("atlassian-plugin.xml").isNotNull();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList nodes = factory.newDocumentBuilder().parse(in).getElementsByTagName("jql-function");
            List<Element> modules = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                modules.add((Element) nodes.item(i));
            }
            assertThat(modules).isNotEmpty();
            return modules;
        }
    }

    private static String child(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
    }
}
