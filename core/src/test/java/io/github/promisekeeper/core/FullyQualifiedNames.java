package io.github.promisekeeper.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds fully-qualified type names written in Java code, so that sources import their types instead.
 *
 * <p>A use is a lower-case dotted package prefix followed by an upper-case type name ({@code java.util.Set},
 * {@code new java.util.HashSet<>()}, {@code org.mockito.Mockito.verify(…)}), found after comments, Javadoc,
 * string, text-block and character literals are blanked out; {@code package} and {@code import} lines are
 * skipped, and so are field chains from {@code this.} or {@code super.}. Annotations are matched too: none needs its fully-qualified name today.
 */
public final class FullyQualifiedNames {

    private static final Pattern QUALIFIED =
            Pattern.compile("(?<![\\w.$])(?!this\\.|super\\.)([a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)+)\\.([A-Z]\\w*)");

    private final Map<String, String> allowed;

    /**
     * @param allowed qualified names that may stay qualified, each with the reason (two types sharing a simple
     *     name in one file)
     */
    public FullyQualifiedNames(Map<String, String> allowed) {
        this.allowed = Map.copyOf(allowed);
    }

    /** Every offending line under the {@code src/main/java} and {@code src/test/java} folders of the modules. */
    public List<String> in(List<Path> modules) {
        List<String> found = new ArrayList<>();
        for (Path module : modules) {
            for (String folder : List.of("src/main/java", "src/test/java")) {
                Path root = module.resolve(folder);
                if (!Files.isDirectory(root)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(file -> file.toString().endsWith(".java"))
                            .sorted()
                            .forEach(file -> found.addAll(in(file.toString(), read(file))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return found;
    }

    /** Every offending line of one source, as {@code name:line: qualified-name}. */
    public List<String> in(String name, String source) {
        List<String> found = new ArrayList<>();
        String[] lines = code(source).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("package ") || line.startsWith("import ")) {
                continue;
            }
            Matcher matcher = QUALIFIED.matcher(line);
            while (matcher.find()) {
                String type = matcher.group();
                if (!allowed.containsKey(type)) {
                    found.add(name + ":" + (i + 1) + ": " + type);
                }
            }
        }
        return found;
    }

    /** The source with comments and literals replaced by spaces, keeping line breaks so line numbers hold. */
    static String code(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                end = closing(source, "*/", i + 2);
            } else if (source.startsWith("\"\"\"", i)) {
                end = closing(source, "\"\"\"", i + 3);
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                end = literalEnd(source, i);
            } else {
                code.append(source.charAt(i++));
                continue;
            }
            for (int j = i; j < end; j++) {
                code.append(source.charAt(j) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return code.toString();
    }

    private static int closing(String source, String delimiter, int from) {
        int at = source.indexOf(delimiter, from);
        while (at > 0 && delimiter.startsWith("\"") && source.charAt(at - 1) == '\\') {
            at = source.indexOf(delimiter, at + 1);
        }
        return at < 0 ? source.length() : at + delimiter.length();
    }

    private static int literalEnd(String source, int start) {
        char quote = source.charAt(start);
        int i = start + 1;
        while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, source.length());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
