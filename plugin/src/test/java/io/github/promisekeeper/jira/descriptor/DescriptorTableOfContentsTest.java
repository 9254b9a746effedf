package io.github.promisekeeper.jira.descriptor;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the table of contents at the top of atlassian-plugin.xml true: it lists the descriptor's blocks in
 * the order they appear, each block being the modules under one top-level comment, named by that comment's
 * first words (up to its first colon or parenthesis).
 */
class DescriptorTableOfContentsTest {

    /** The list in the top comment: "… in this order: a, b (note), c." */
    private static final Pattern CONTENTS = Pattern.compile("in this order:\\s*(.+?)\\.\\s", Pattern.DOTALL);

    @Test
    void tableOfContentsListsTheBlocksInTheOrderTheyAppear() {
        Document descriptor = parse("/atlassian-plugin.xml");

        assertThat(blockNames(descriptor))
                .as("the block comments of atlassian-plugin.xml, in order")
                .isNotEmpty()
                .containsExactlyElementsOf(tableOfContents(descriptor));
    }

    /** The entries of the top comment's list, without their parenthesised notes, in lower case. */
    private static List<String> tableOfContents(Document descriptor) {
        Node first = descriptor.getFirstChild();
        while (first != null && first.getNodeType() != Node.COMMENT_NODE) {
            first = first.getNextSibling();
        }
        assertThat(first).as("a comment before <atlassian-plugin>").isNotNull();
        Matcher contents = CONTENTS.matcher(first.getNodeValue());
        assertThat(contents.find())
                .as("the top comment says \"in this order: …\"")
                .isTrue();
        return Arrays.stream(contents.group(1).split(","))
                .map(entry -> name(entry.replaceAll("\\([^)]*\\)", "")))
                .toList();
    }

    /** The first words of each top-level comment inside {@code <atlassian-plugin>}; a name repeated at once counts once. */
    private static List<String> blockNames(Document descriptor) {
        List<String> names = new ArrayList<>();
        for (Node node = descriptor.getDocumentElement().getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.COMMENT_NODE) {
                String name = name(node.getNodeValue().split("[:(]", 2)[0]);
                if (names.isEmpty() || !names.get(names.size() - 1).equals(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static String name(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Document parse(String resource) {
        URL url = DescriptorTableOfContentsTest.class.getResource(resource);
        assertThat(url).as(resource).isNotNull();
        try (InputStream in = url.openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new AssertionError(resource + " does not parse", e);
        }
    }
}
