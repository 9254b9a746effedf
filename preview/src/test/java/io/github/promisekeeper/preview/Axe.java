package io.github.promisekeeper.preview;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (npm {@code axe-core}, which the build copies to the test class path) run in the page a browser test
 * shows: the WCAG 2.1 A and AA rules, failing on every serious or critical violation, each listed with its rule,
 * the elements it found and what to do, so that a failure says what to fix.
 */
public final class Axe {

    /** The rules run: WCAG 2.0 and 2.1, levels A and AA (axe's own tags). */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final List<String> FAILING_IMPACTS = List.of("serious", "critical");
    private static final String SOURCE = load("/axe/axe.min.js");

    /** Runs axe in the page on the element {@code selector} and answers the JSON of its violations. */
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            var options = arguments[1].length
                ? { runOnly: { type: 'rule', values: arguments[1] }, resultTypes: ['violations'] }
                : { runOnly: { type: 'tag', values: arguments[2] }, resultTypes: ['violations'] };
            window.axe.run(arguments[0], options)
                .then(function (result) { done(JSON.stringify(result.violations)); })
                .catch(function (error) { done(JSON.stringify({ error: String(error && error.stack || error) })); });
            """;

    private Axe() {}

    /** Fails unless axe finds no serious or critical WCAG 2.1 A/AA violation in {@code selector} ({@code where} names it). */
    public static void assertAccessible(WebDriver driver, String where, String selector) {
        List<String> violations = violations(driver, selector);
        assertThat(violations)
                .as(
                        "serious or critical WCAG 2.1 A/AA violations in %s (axe-core):%n%s",
                        where, String.join("\n", violations))
                .isEmpty();
    }

    /** The serious and critical WCAG 2.1 A/AA violations in {@code selector}, one text each. */
    public static List<String> violations(WebDriver driver, String selector) {
        return run(driver, selector, List.of());
    }

    /** The serious and critical violations of the axe rules {@code rules} only (e.g. "color-contrast"). */
    public static List<String> violationsOf(WebDriver driver, String selector, String... rules) {
        return run(driver, selector, List.of(rules));
    }

    private static List<String> run(WebDriver driver, String selector, List<String> rules) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(page.executeScript("return !!window.axe;"))) {
            page.executeScript(SOURCE);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        String answer = (String) page.executeAsyncScript(RUN, selector, rules, WCAG_21_AA);
        JsonElement parsed = JsonParser.parseString(answer);
        if (parsed.isJsonObject()) {
            throw new IllegalStateException("axe-core could not run on " + selector + ": " + answer);
        }
        List<String> found = new ArrayList<>();
        for (JsonElement element : parsed.getAsJsonArray()) {
            JsonObject violation = element.getAsJsonObject();
            List<String> nodes = new ArrayList<>();
            for (JsonElement nodeElement : violation.getAsJsonArray("nodes")) {
                JsonObject node = nodeElement.getAsJsonObject();
                String impact = text(node, "impact");
                if (FAILING_IMPACTS.contains(impact)) {
                    nodes.add("    " + targets(node.getAsJsonArray("target")) + " (" + impact + "): "
                            + text(node, "failureSummary").replace("\n", " "));
                }
            }
            if (!nodes.isEmpty()) {
                found.add("- " + text(violation, "id") + ": " + text(violation, "help") + " ("
                        + text(violation, "helpUrl") + ")\n" + String.join("\n", nodes));
            }
        }
        return found;
    }

    private static String targets(JsonArray target) {
        List<String> selectors = new ArrayList<>();
        target.forEach(part -> selectors.add(part.isJsonPrimitive() ? part.getAsString() : part.toString()));
        return String.join(" > ", selectors);
    }

    private static String text(JsonObject object, String member) {
        JsonElement value = object.get(member);
        return value == null || value.isJsonNull() ? "" : value.getAsString();
    }

    private static String load(String resource) {
        try (InputStream in = Axe.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path: the build copies it from"
                        + " preview/node_modules/axe-core (npm ci)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
