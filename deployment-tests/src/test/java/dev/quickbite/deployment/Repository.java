package dev.quickbite.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The QuickBite checkout under test: the Maven root that holds compose/ and k8s/. */
record Repository(Path root) {

    /** System property the build sets to the multi-module root; tests may point it elsewhere. */
    static final String ROOT_PROPERTY = "quickbite.repository.root";

    static Repository current() {
        String configured = System.getProperty(ROOT_PROPERTY, "");
        Path start = (configured.isBlank() ? Path.of("") : Path.of(configured)).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml"))
                    && Files.isDirectory(dir.resolve("compose"))
                    && Files.isDirectory(dir.resolve("k8s"))) {
                return new Repository(dir);
            }
        }
        throw new IllegalStateException("no QuickBite repository (pom.xml, compose/, k8s/) at or above " + start);
    }

    Path resolve(String relative) {
        return root.resolve(relative);
    }

    String read(String relative) {
        Path file = resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(relative + " does not exist in " + root);
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
