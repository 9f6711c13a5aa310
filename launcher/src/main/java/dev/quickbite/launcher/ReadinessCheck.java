package dev.quickbite.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Tells whether a started component serves yet. */
@FunctionalInterface
interface ReadinessCheck {

    boolean isReady();

    static ReadinessCheck of(Component component, StackConfig config, LogFile log) {
        return switch (component.readiness()) {
            case READY_LINE -> () -> log.linesOfThisRun().stream().anyMatch(component::isReadyLine);
            case HTTP_READINESS -> httpReadiness(config.ports().httpPort(component));
        };
    }

    private static ReadinessCheck httpReadiness(int port) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        return () -> {
            try {
                return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
    }
}
