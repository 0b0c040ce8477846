#!/usr/bin/env bash
# Renders deploy/overlays/{local,production} with kubectl kustomize and validates every object
# against the Kubernetes, prometheus-operator and CloudNativePG schemas (validate.mjs), then checks
# src/main/docker/Dockerfile.jvm (dockerfile-check.mjs; needs target/quarkus-app from ./mvnw package).
# Needs kubectl and node/npm. Exits non-zero on any error.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v kubectl >/dev/null 2>&1; then
    echo "FAILED: kubectl is not installed; deploy/validate/run.sh needs it to render the overlays (kubectl kustomize)."
    exit 1
fi
command -v npm >/dev/null 2>&1 || { echo "FAILED: node/npm are not installed."; exit 1; }
[ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund --loglevel=error
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for overlay in local production production-with-pooler; do
    kubectl kustomize "../overlays/$overlay" > "$out/$overlay.yaml"
done
status=0
node validate.mjs "$out/local.yaml" "$out/production.yaml" "$out/production-with-pooler.yaml" || status=1
node dockerfile-check.mjs "$out/local.yaml" "$out/production.yaml" || status=1
exit $status
