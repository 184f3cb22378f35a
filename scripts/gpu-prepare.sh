#!/usr/bin/env bash
# Prepares the CUDA checks on a machine with Go and LLVM 14 (no GPU needed). Everything goes
# into .gpu/ (git-ignored), which scripts/gpu-check.sh then uses on a machine that has an NVIDIA
# GPU and driver but no Go or LLVM:
#
#   .gpu/mtc, .gpu/gpucheck   static binaries (CGO_ENABLED=0) of cmd/mtc and scripts/gpucheck
#   .gpu/cuda.test            the runtime/cuda test binary (its *_RequiresGPU tests run there)
#   .gpu/art/NAME             CUDA artifacts: every testdata/nemotron case, minitron-4b, minitron-8b
#   .gpu/testdata/NAME        the reference cases' checkpoints and reference logits
#
# Artifacts come from `mtc compile MODEL --target cuda`; while the driver does not wire the
# CUDA target yet, from `gpucheck compile` (the same code generator).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v go >/dev/null || export PATH="/usr/local/go/bin:$PATH"
G=.gpu
rm -rf "$G"
mkdir -p "$G/art" "$G/testdata"
export CGO_ENABLED=0
flags=(-trimpath -ldflags=-s\ -w)
go build "${flags[@]}" -o "$G/gpucheck" ./scripts/gpucheck
go test -c "${flags[@]}" -o "$G/cuda.test" ./runtime/cuda
if ! go build "${flags[@]}" -o "$G/mtc" ./cmd/mtc; then
	echo "gpu-prepare: WARNING: cmd/mtc does not build; gpu-check.sh will skip the mtc steps" >&2
	rm -f "$G/mtc"
fi

# compile NAME MODEL: the CUDA artifact .gpu/art/NAME.
compile() {
	local name=$1 model=$2
	if [ -x "$G/mtc" ] && "$G/mtc" compile "$model" --target cuda -o "$G/art/$name" 2>"$G/compile-$name.err"; then
		echo "gpu-prepare: $name compiled by mtc compile --target cuda"
	else
		echo "gpu-prepare: mtc compile --target cuda failed for $name ($(head -c 200 "$G/compile-$name.err" 2>/dev/null)); using gpucheck compile"
		"$G/gpucheck" compile "$model" "$G/art/$name"
	fi
	rm -f "$G/compile-$name.err"
}

for dir in testdata/nemotron/*/; do
	name=$(basename "$dir")
	compile "$name" "$dir"
	mkdir -p "$G/testdata/$name"
	cp "$dir/config.json" "$dir/model.safetensors" "$dir/reference.safetensors" "$G/testdata/$name/"
done
compile minitron-4b minitron-4b
compile minitron-8b minitron-8b

size=$(du -sm "$G" | cut -f1)
echo "gpu-prepare: $G holds ${size} MiB:"
du -sh "$G"/* | sed 's/^/  /'
if [ "$size" -gt 60 ]; then
	echo "gpu-prepare: $G is over 60 MiB; the device tool carries at most 64 MiB" >&2
	exit 1
fi
