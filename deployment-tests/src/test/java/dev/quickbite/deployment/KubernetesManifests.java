package dev.quickbite.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;

/**
 * The Kubernetes resources of k8s/overlays/kind as the cluster would receive them: rendered with
 * {@code kubectl kustomize} when kubectl is installed (CI installs it). Without kubectl only the
 * base's own files can be read; generated ConfigMaps and the overlay's Secrets, image tags and
 * namespace are then missing, and checks that need them are skipped with an explicit assumption.
 */
final class KubernetesManifests {

    static final String OVERLAY = "k8s/overlays/kind";
    static final String BASE = "k8s/base";
    private static final Logger LOG = Logger.getLogger(KubernetesManifests.class.getName());

    private final List<Map<String, Object>> resources;
    private final boolean rendered;

    private KubernetesManifests(List<Map<String, Object>> resources, boolean rendered) {
        this.resources = resources;
        this.rendered = rendered;
    }

    static KubernetesManifests kindOverlay(Repository repository) {
        Optional<Path> kubectl = executableOnPath("kubectl");
        if (kubectl.isPresent()) {
            return new KubernetesManifests(Yamls.loadAll(kustomize(repository, kubectl.get())), true);
        }
        LOG.warning("kubectl is not installed: reading the files of " + BASE
                + " without kustomize; overlay-dependent checks will be skipped");
        return new KubernetesManifests(baseFiles(repository), false);
    }

    /** Skips the calling check when the overlay could not be rendered, saying why. */
    void assumeRendered(String what) {
        Assumptions.assumeTrue(rendered, () -> "kubectl is not installed, so " + OVERLAY
                + " was not rendered with kustomize and " + what + " cannot be checked; only the base files were read");
    }

    boolean rendered() {
        return rendered;
    }

    List<Map<String, Object>> ofKind(String kind) {
        return resources.stream().filter(resource -> kind.equals(resource.get("kind"))).toList();
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return ofKind(kind).stream().filter(resource -> name.equals(Yamls.string(resource, "metadata.name"))).findFirst();
    }

    Map<String, Object> get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(
                OVERLAY + " renders no " + kind + " named " + name + " (has " + namesOf(kind) + ")"));
    }

    List<String> namesOf(String kind) {
        return ofKind(kind).stream().map(resource -> Yamls.string(resource, "metadata.name")).toList();
    }

    Workload deployment(String name) {
        return new Workload(get("Deployment", name), this);
    }

    /** A ConfigMap's value for a key, or empty when the ConfigMap or the key does not exist. */
    Optional<String> configMapValue(String name, String key) {
        // Keys such as "10-quickbite-databases.sh" contain dots: look them up directly, not as a path.
        return find("ConfigMap", name).map(map -> Yamls.asMap(map.get("data"), "data").get(key)).map(String::valueOf);
    }

    /** A Secret's decoded value for a key from data (base64) or stringData. */
    Optional<String> secretValue(String name, String key) {
        return find("Secret", name).flatMap(secret -> {
            Object encoded = Yamls.asMap(secret.get("data"), "data").get(key);
            if (encoded != null) {
                return Optional.of(new String(Base64.getDecoder().decode(String.valueOf(encoded)), StandardCharsets.UTF_8));
            }
            return Optional.ofNullable(Yamls.asMap(secret.get("stringData"), "stringData").get(key)).map(String::valueOf);
        });
    }

    private static String kustomize(Repository repository, Path kubectl) {
        try {
            Path output = Files.createTempFile("kustomize", ".yaml");
            try {
                Process process = new ProcessBuilder(kubectl.toString(), "kustomize", OVERLAY)
                        .directory(repository.root().toFile())
                        .redirectOutput(output.toFile())
                        .redirectErrorStream(false)
                        .start();
                String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError("kubectl kustomize " + OVERLAY + " did not finish within 2 minutes");
                }
                if (process.exitValue() != 0) {
                    throw new AssertionError("kubectl kustomize " + OVERLAY + " failed (exit " + process.exitValue() + "):\n" + errors);
                }
                return Files.readString(output);
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run kubectl kustomize", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering " + OVERLAY, e);
        }
    }

    private static List<Map<String, Object>> baseFiles(Repository repository) {
        Map<String, Object> kustomization = Yamls.load(repository.read(BASE + "/kustomization.yaml"));
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Object file : Yamls.asList(kustomization.get("resources"), "resources")) {
            resources.addAll(Yamls.loadAll(repository.read(BASE + "/" + file)));
        }
        return resources;
    }

    static Optional<Path> executableOnPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (!dir.isBlank() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
