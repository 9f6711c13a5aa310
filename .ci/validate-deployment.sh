#!/usr/bin/env bash
# Static checks of compose/ and k8s/ for machines without a Docker engine (CI):
#   1. docker-compose config   - the compose file is valid and every variable resolves
#   2. yamllint                - style and syntax of every deployment YAML (.yamllint at the root)
#   3. kubectl kustomize       - the base and the kind overlay render
# Fails loudly on the first problem, naming the tool and the file.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[validate-deployment] %s\n' "$*"; }
fail() { printf '[validate-deployment] FAILED: %s\n' "$*" >&2; exit 1; }

for tool in docker-compose yamllint kubectl; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (apt-get install docker-compose yamllint kubectl)"
done

log "docker-compose config (compose/docker-compose.yml)"
docker-compose -f compose/docker-compose.yml config --quiet \
  || fail "compose/docker-compose.yml is invalid (docker-compose config)"
services="$(docker-compose -f compose/docker-compose.yml config --services | sort | tr '\n' ' ')"
for required in api-gateway camunda inventory-worker kafka kafka-topics orders-worker postgres; do
  [[ " $services" == *" $required "* ]] || fail "compose/docker-compose.yml has no service $required (has: $services)"
done

log "yamllint (compose/, k8s/, .yamllint)"
yamllint --strict -c .yamllint compose k8s .yamllint || fail "yamllint found problems"

rendered="$(mktemp)"
trap 'rm -f "$rendered"' EXIT
for dir in k8s/base k8s/overlays/kind; do
  log "kubectl kustomize $dir"
  kubectl kustomize "$dir" > "$rendered" || fail "kubectl kustomize $dir does not render"
  [[ -s "$rendered" ]] || fail "kubectl kustomize $dir rendered nothing"
  yamllint --no-warnings -d '{extends: relaxed, rules: {line-length: disable}}' "$rendered" \
    || fail "kubectl kustomize $dir rendered invalid YAML"
done

log "OK: compose/ and k8s/ are valid"
