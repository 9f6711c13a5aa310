#!/usr/bin/env bash
# Deletes the kind cluster k8s/up.sh created (and with it every volume).
set -euo pipefail
kind delete cluster --name "${KIND_CLUSTER_NAME:-quickbite}"
