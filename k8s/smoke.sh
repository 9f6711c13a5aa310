#!/usr/bin/env bash
# Places an order through the api-gateway in the kind cluster and waits until it is CONFIRMED.
# Exits non-zero (and says why) when the order ends CANCELLED or the deadline passes.
set -euo pipefail

NAMESPACE="${NAMESPACE:-quickbite}"
LOCAL_PORT="${LOCAL_PORT:-18080}"
TIMEOUT_SECONDS="${TIMEOUT_SECONDS:-120}"
SKU="${SKU:-pizza}"

fail() { printf '[smoke] FAILED: %s\n' "$*" >&2; exit 1; }
command -v curl >/dev/null || fail "curl is not installed"

kubectl --namespace "$NAMESPACE" port-forward svc/api-gateway "${LOCAL_PORT}:8080" >/tmp/quickbite-smoke-port-forward.log 2>&1 &
forward_pid=$!
trap 'kill "$forward_pid" 2>/dev/null || true' EXIT
base="http://127.0.0.1:${LOCAL_PORT}"
for _ in $(seq 1 30); do
  curl -fsS "$base/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done
curl -fsS "$base/actuator/health/readiness" >/dev/null || fail "api-gateway not reachable through port-forward (see /tmp/quickbite-smoke-port-forward.log)"

# Field value from a flat JSON object; enough for the gateway's answers, no jq needed.
json_field() { sed -n "s/.*\"$1\"[[:space:]]*:[[:space:]]*\"\([^\"]*\)\".*/\1/p"; }

response="$(curl -fsS -X POST "$base/v1/orders" -H 'Content-Type: application/json' \
  -d "{\"userId\":\"smoke-test\",\"sku\":\"${SKU}\",\"quantity\":1,\"note\":\"k8s smoke test\"}")" \
  || fail "POST /v1/orders was refused"
order_id="$(printf '%s' "$response" | json_field id)"
[[ -n "$order_id" ]] || fail "no order id in the answer: $response"
echo "[smoke] placed order $order_id"

deadline=$(( $(date +%s) + TIMEOUT_SECONDS ))
status=""
while (( $(date +%s) < deadline )); do
  order="$(curl -fsS "$base/v1/orders/$order_id" || true)"
  status="$(printf '%s' "$order" | json_field status)"
  case "$status" in
    CONFIRMED) echo "[smoke] order $order_id CONFIRMED"; exit 0 ;;
    CANCELLED) fail "order $order_id CANCELLED: $order" ;;
  esac
  sleep 2
done
fail "order $order_id still ${status:-unknown} after ${TIMEOUT_SECONDS}s (check Operate for an incident)"
