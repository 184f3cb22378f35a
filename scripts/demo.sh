#!/usr/bin/env bash
# Builds mtc and runs its main job on the shipped kjv-small checkpoint (a small Nemotron-architecture
# model trained on the King James Bible): compile to native code, then generate text.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
go build -o mtc ./cmd/mtc
./mtc inspect testdata/nemotron/kjv-small
./mtc compile testdata/nemotron/kjv-small -o out/kjv-small
./mtc run out/kjv-small --weights testdata/nemotron/kjv-small --prompt "And God said" -n 48
