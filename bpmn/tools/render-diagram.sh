#!/usr/bin/env bash
# Renders the order saga model to docs/order-saga.png with bpmn-js in headless Chromium.
# Not part of the build: run it after changing the model and commit the PNG with it.
# Needs node/npm and Chromium (Debian: apt-get install -y chromium).
set -euo pipefail

tools_dir="$(cd "$(dirname "$0")" && pwd)"
model="${1:-$tools_dir/../order-saga.bpmn}"
output="${2:-$tools_dir/../../docs/order-saga.png}"
chromium_bin="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"

if [[ -z "$chromium_bin" ]]; then
  echo "Chromium not found; install it or set CHROMIUM=/path/to/chromium" >&2
  exit 1
fi
if [[ ! -f "$model" ]]; then
  echo "Model not found: $model" >&2
  exit 1
fi

(cd "$tools_dir" && npm ci --no-audit --no-fund --silent)

work_dir="$(mktemp -d)"
trap 'rm -rf "$work_dir"' EXIT

node "$tools_dir/diagram-page.js" "$model" "$tools_dir/node_modules/bpmn-js/dist" > "$work_dir/diagram.html"

"$chromium_bin" --headless --no-sandbox --disable-gpu --hide-scrollbars \
  --window-size=1100,1080 --virtual-time-budget=10000 \
  --screenshot="$work_dir/diagram.png" "file://$work_dir/diagram.html" 2>/dev/null

mkdir -p "$(dirname "$output")"
cp "$work_dir/diagram.png" "$output"
echo "Wrote $output"
