#!/usr/bin/env bash
# Creates the kind cluster, builds and loads the service images, installs PostgreSQL, Kafka,
# Camunda (Helm) and the services, then waits until everything is ready.
# Needs: docker, kind, kubectl, helm. Re-running it is safe (it upgrades in place).
set -euo pipefail
cd "$(dirname "$0")/.."

CLUSTER="${KIND_CLUSTER_NAME:-quickbite}"
NAMESPACE=quickbite
CAMUNDA_CHART_VERSION="${CAMUNDA_CHART_VERSION:-14.4.0}"
METRICS_SERVER_VERSION="${METRICS_SERVER_VERSION:-v0.8.0}"
IMAGE_TAG=kind   # must match images[].newTag in overlays/kind/kustomization.yaml
# module:HTTP port, as in docs/conventions.md
SERVICES=(api-gateway:8080 orders-worker:8081 inventory-worker:8082)

log() { printf '[up %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() { printf '[up] FAILED: %s\n' "$*" >&2; exit 1; }

for tool in docker kind kubectl helm; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (see k8s/README.md)"
done

if kind get clusters | grep -qx "$CLUSTER"; then
  log "kind cluster $CLUSTER exists"
else
  log "creating kind cluster $CLUSTER"
  kind create cluster --name "$CLUSTER" --config k8s/kind-cluster.yaml --wait 120s
fi
kubectl config use-context "kind-$CLUSTER" >/dev/null
kctl() { kubectl --namespace "$NAMESPACE" "$@"; }

log "installing metrics-server $METRICS_SERVER_VERSION (the HorizontalPodAutoscalers need it)"
kubectl apply -f "https://github.com/kubernetes-sigs/metrics-server/releases/download/${METRICS_SERVER_VERSION}/components.yaml" >/dev/null
# kind's kubelets serve self-signed certificates.
kubectl -n kube-system patch deployment metrics-server --type=json \
  -p '[{"op":"add","path":"/spec/template/spec/containers/0/args/-","value":"--kubelet-insecure-tls"}]' >/dev/null 2>&1 || true

for entry in "${SERVICES[@]}"; do
  module="${entry%%:*}"; port="${entry##*:}"
  image="quickbite/${module}:${IMAGE_TAG}"
  log "building $image"
  docker build --build-arg MODULE="$module" --build-arg SERVER_PORT="$port" -t "$image" .
  log "loading $image into $CLUSTER"
  kind load docker-image "$image" --name "$CLUSTER"
done

log "applying k8s/overlays/kind"
kubectl apply -k k8s/overlays/kind
kctl rollout status statefulset/postgres --timeout=5m
kctl rollout status statefulset/kafka --timeout=5m

log "installing Camunda (chart camunda-platform $CAMUNDA_CHART_VERSION)"
helm repo add camunda https://helm.camunda.io >/dev/null 2>&1 || true
helm repo update camunda >/dev/null
helm upgrade --install camunda camunda/camunda-platform --version "$CAMUNDA_CHART_VERSION" \
  --namespace "$NAMESPACE" -f k8s/camunda/values-kind.yaml --wait --timeout 15m

gateway_address="$(kctl get configmap quickbite-config -o jsonpath='{.data.QUICKBITE_ZEEBE_GATEWAY_ADDRESS}')"
kctl get service "${gateway_address%%:*}" >/dev/null 2>&1 \
  || fail "no Service ${gateway_address%%:*}: the chart named the Zeebe gateway differently; fix QUICKBITE_ZEEBE_GATEWAY_ADDRESS in k8s/base/quickbite-config.yaml"

kctl wait --for=condition=complete job/kafka-topics --timeout=5m
# Pods started before Camunda was up may have backed off; restart them so readiness is quick.
for entry in "${SERVICES[@]}"; do
  kctl rollout restart "deployment/${entry%%:*}" >/dev/null
done
for entry in "${SERVICES[@]}"; do
  kctl rollout status "deployment/${entry%%:*}" --timeout=10m
done

log "QuickBite is ready in namespace $NAMESPACE"
cat <<INFO
  API:     kubectl -n $NAMESPACE port-forward svc/api-gateway 8080:8080   -> http://localhost:8080/v1/orders
  Operate: kubectl -n $NAMESPACE port-forward svc/${gateway_address%%:*} 8088:8080 -> http://localhost:8088/operate (demo/demo, local only)
  Smoke:   k8s/smoke.sh
INFO
