#!/usr/bin/env bash
# Runs mtc's whole test suite (vet + tests) after installing what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
export CI="${CI:-true}"
go vet ./...
go test ./...
