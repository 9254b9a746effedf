package io.github.promisekeeper.stubs;

import com.atlassian.activeobjects.external.ActiveObjects;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lists every public or protected type and member of the stand-ins, rendered the way the evidence ledger
 * names them (see {@code jira11-evidence.tsv}'s header comment and BRIEF's ledger format).
 */
final class StandInMembers {

    private StandInMembers() {}

    /**
     * The compiled stand-ins' directory ({@code target/classes}), found from a class it holds so the
     * test does not depend on the working directory.
     */
    static Path classesDirectory() {
        try {
            return Path.of(ActiveObjects.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every ledger member name of every stand-in class under {@code classes}, sorted. */
    static TreeSet<String> of(Path classes) {
        TreeSet<String> members = new TreeSet<>();
        for (Class<?> type : types(classes)) {
            members.addAll(of(type));
        }
        return members;
    }

    /** The ledger member names of one type: the type itself and its declared visible members. */
    static List<String> of(Class<?> type) {
        List<String> members = new ArrayList<>();
        if (!visible(type.getModifiers())) {
            return members;
        }
        String name = type.getName();
        members.add(name);
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
                members.add(name + "#<init>(" + parameters(constructor) + ")");
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (visible(method.getModifiers())
                    && !method.isSynthetic()
                    && !method.isBridge()
                    && !enumGenerated(type, method)) {
                members.add(name + "#" + method.getName() + "(" + parameters(method) + ")");
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (visible(field.getModifiers()) && !field.isSynthetic()) {
                members.add(name + "#" + field.getName());
            }
        }
        return members;
    }

    private static List<Class<?>> types(Path classes) {
        try (Stream<Path> files = Files.walk(classes)) {
            List<String> names = files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file))
                    .map(file -> String.join(
                            ".",
                            StreamSupport.stream(file.spliterator(), false)
                                    .map(Path::toString)
                                    .toList()))
                    .map(file -> file.substring(0, file.length() - ".class".length()))
                    .filter(file -> !file.endsWith("package-info") && !file.endsWith("module-info"))
                    .sorted()
                    .toList();
            List<Class<?>> types = new ArrayList<>();
            for (String binaryName : names) {
                types.add(Class.forName(binaryName, false, StandInMembers.class.getClassLoader()));
            }
            return types;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    // The compiler writes values() and valueOf(String) into every enum; no stand-in author chose them.
    private static boolean enumGenerated(Class<?> type, Method method) {
        if (!type.isEnum()) {
            return false;
        }
        return method.getName().equals("values") && method.getParameterCount() == 0
                || method.getName().equals("valueOf")
                        && Arrays.equals(method.getParameterTypes(), new Class<?>[] {String.class});
    }

    // Erased, fully qualified, arrays as "[]", nested types with "$" (Class#getTypeName does all of that).
    private static String parameters(Executable executable) {
        return Arrays.stream(executable.getParameterTypes())
                .map(Class::getTypeName)
                .collect(Collectors.joining(","));
    }
}
