# syntax=docker/dockerfile:1.7
# One image per service module, built from the whole repository:
#   docker build --build-arg MODULE=orders-worker --build-arg SERVER_PORT=8081 -t quickbite/orders-worker .
# compose/docker-compose.yml and k8s/up.sh pass both arguments for each service.
ARG JDK_IMAGE=eclipse-temurin:21-jdk
ARG JRE_IMAGE=eclipse-temurin:21-jre-alpine

FROM ${JDK_IMAGE} AS build
ARG MODULE
WORKDIR /workspace
COPY . .
# The Maven repository lives in a BuildKit cache so the three service images (and rebuilds)
# download dependencies once. bpmnlint needs npm, which this image lacks; CI lints the model.
RUN --mount=type=cache,target=/root/.m2 \
    test -n "${MODULE}" || { echo "missing --build-arg MODULE=<service module>" >&2; exit 1; }; \
    ./mvnw -B -ntp -pl "${MODULE}" -am package -DskipTests -Dbpmnlint.skip=true \
    && cp "${MODULE}/target/${MODULE}-exec.jar" /workspace/app.jar

FROM ${JRE_IMAGE}
ARG MODULE
ARG SERVER_PORT
# The health check and EXPOSE need the service's HTTP port; a silent default would probe the
# wrong port for two of the three services, so the build insists on it.
RUN test -n "${SERVER_PORT}" || { echo "missing --build-arg SERVER_PORT=<service HTTP port>" >&2; exit 1; } \
    && addgroup -S -g 10001 quickbite \
    && adduser -S -D -H -u 10001 -G quickbite -s /sbin/nologin quickbite
WORKDIR /app
COPY --from=build --chown=10001:10001 /workspace/app.jar /app/app.jar
LABEL org.opencontainers.image.title="quickbite/${MODULE}" \
      org.opencontainers.image.source="https://github.com/quickbite/quickbite"
# Heap follows the container's memory limit; an OOM ends the JVM so the orchestrator restarts it
# instead of leaving a half-broken process that still answers health checks.
ENV SERVER_PORT=${SERVER_PORT} \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=25 -XX:+ExitOnOutOfMemoryError -Djava.security.egd=file:/dev/./urandom"
USER 10001:10001
EXPOSE ${SERVER_PORT}
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 \
    CMD wget -q -O /dev/null "http://127.0.0.1:${SERVER_PORT}/actuator/health/readiness" || exit 1
# Exec form: the JVM is PID 1 and receives SIGTERM, so Spring's graceful shutdown runs.
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
