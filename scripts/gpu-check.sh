#!/usr/bin/env bash
# Runs the CUDA checks on a machine with an NVIDIA GPU and driver, from what
# scripts/gpu-prepare.sh left in .gpu/ (no Go or LLVM needed), in at most 6 minutes. The log
# goes to $OUT/gpu-check.log (OUT defaults to .gpu/out).
#
#   1. probe       the GPU, its architecture and peak memory bandwidth
#   2. go tests    runtime/cuda's *_RequiresGPU tests: every reference case's prefill logits,
#                  incremental decode (3-token and 1-token steps) and 16 greedy tokens (device
#                  argmax), max|diff| <= 1e-3·max(1, max|ref|); random weights, prefill = decode
#   3. mtc run     every case's CUDA artifact through `mtc run --logits-out`, compared with
#                  gpucheck compare (logits within 1e-3·max(1,max|ref|), greedy identical)
#   4. bench       `mtc bench --random-weights` for minitron-4b and minitron-8b (gpucheck bench
#                  measures them if mtc bench fails)
set -uo pipefail
cd "$(dirname "$0")/.."
G=.gpu
OUT=${OUT:-$G/out}
mkdir -p "$OUT"
exec > >(tee "$OUT/gpu-check.log") 2>&1
deadline=$((SECONDS + 350))
pass=0 fail=0 pending=0

# check NAME SECONDS CMD...: runs CMD with a time limit (cut to what is left of the 6 minutes).
check() {
	local name=$1 limit=$2 left=$((deadline - SECONDS))
	shift 2
	if [ "$left" -le 5 ]; then
		echo "FAIL $name: no time left"
		fail=$((fail + 1))
		return 1
	fi
	[ "$limit" -gt "$left" ] && limit=$left
	echo "=== $name (limit ${limit}s)"
	local start=$SECONDS rc=0
	timeout --kill-after=5 "$limit" "$@" || rc=$?
	if [ "$rc" -eq 0 ]; then
		echo "PASS $name ($((SECONDS - start))s)"
		pass=$((pass + 1))
	else
		echo "FAIL $name (exit $rc after $((SECONDS - start))s)"
		fail=$((fail + 1))
	fi
	return "$rc"
}

pend() {
	echo "PENDING $1"
	pending=$((pending + 1))
}

if [ ! -x "$G/gpucheck" ] || [ ! -d "$G/art" ]; then
	echo "gpu-check: $G is not prepared: run scripts/gpu-prepare.sh on a machine with Go and LLVM 14"
	exit 2
fi
date -u
nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.memory --format=csv 2>&1 || true

check probe 30 "$G/gpucheck" probe

check go-tests 150 env MTC_REQUIRE_GPU=1 MTC_CUDA_ART="$G/art" MTC_TESTDATA="$G/testdata" \
	"$G/cuda.test" -test.v -test.count=1 -test.run 'RequiresGPU|TestProbeThisMachine'

# 3. mtc run on the CUDA artifacts.
for dir in "$G"/testdata/*/; do
	name=$(basename "$dir")
	if [ ! -x "$G/mtc" ]; then
		pend "mtc-run/$name: .gpu/mtc was not built"
		continue
	fi
	tokens=$("$G/gpucheck" tokens "$dir")
	logits="$OUT/$name.logits.safetensors"
	if ! ids=$(timeout 60 "$G/mtc" run "$G/art/$name" --weights "$dir" --tokens "$tokens" -n 16 --logits-out "$logits" 2>"$OUT/$name.run.err"); then
		if grep -qiE "not (wired|available)|native backend|cannot run it on the cuda backend|unknown backend" "$OUT/$name.run.err"; then
			pend "mtc-run/$name: mtc run has no CUDA backend yet: $(head -c 300 "$OUT/$name.run.err")"
		else
			echo "FAIL mtc-run/$name: $(cat "$OUT/$name.run.err")"
			fail=$((fail + 1))
		fi
		continue
	fi
	check "mtc-run/$name" 30 "$G/gpucheck" compare -greedy "$ids" "$logits" "$dir"
done

# 4. Benchmarks with random weights.
for model in minitron-4b minitron-8b; do
	art="$G/art/$model"
	if [ -x "$G/mtc" ] && timeout 120 "$G/mtc" bench "$art" --random-weights --prompt-tokens 512 --decode-tokens 64 --repeats 1 >"$OUT/$model.bench" 2>&1; then
		echo "=== mtc bench $model"
		cat "$OUT/$model.bench"
		pass=$((pass + 1))
	else
		echo "FAIL mtc-bench/$model: $(tail -c 300 "$OUT/$model.bench" 2>/dev/null); measuring with gpucheck bench"
		fail=$((fail + 1))
		check "gpucheck-bench/$model" 120 "$G/gpucheck" bench -prefill 512 -decode 64 "$art"
	fi
done

echo "gpu-check: $pass passed, $fail failed, $pending pending ($SECONDS s)"
[ "$fail" -eq 0 ]
