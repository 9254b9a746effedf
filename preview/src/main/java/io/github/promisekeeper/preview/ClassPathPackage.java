package io.github.promisekeeper.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The classes of one package (not its sub-packages) found on the class path, in a jar or a folder. */
final class ClassPathPackage {

    private ClassPathPackage() {}

    static List<Class<?>> classesIn(String packageName) {
        String folder = packageName.replace('.', '/');
        ClassLoader loader = ClassPathPackage.class.getClassLoader();
        TreeSet<String> names = new TreeSet<>();
        try {
            for (URL url : Collections.list(loader.getResources(folder))) {
                if (url.getProtocol().equals("jar")) {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        jar.stream()
                                .map(entry -> entry.getName())
                                .filter(name -> name.startsWith(folder + "/")
                                        && name.endsWith(".class")
                                        && name.indexOf('/', folder.length() + 1) < 0)
                                .forEach(names::add);
                    }
                } else if (url.getProtocol().equals("file")) {
                    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                        files.map(file -> folder + "/" + file.getFileName())
                                .filter(name -> name.endsWith(".class"))
                                .forEach(names::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            String className =
                    name.substring(0, name.length() - ".class".length()).replace('/', '.');
            try {
                classes.add(Class.forName(className, false, loader));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return classes;
    }
}
