#!/usr/bin/env bash
# Installs what mtc needs to build and test on a fresh Debian 12 machine (run as root), only
# when it is missing: Go (expected at /usr/local/go), LLVM 14 (opt-14, llc-14) and a C
# toolchain to link kernels into shared objects. Source it to get Go on PATH.
set -euo pipefail
if ! command -v go >/dev/null; then
	export PATH="/usr/local/go/bin:$PATH"
fi
if ! command -v go >/dev/null; then
	echo "setup: Go 1.26 is required (expected at /usr/local/go; see https://go.dev/doc/install)" >&2
	exit 1
fi
packages=()
command -v llc-14 >/dev/null && command -v opt-14 >/dev/null || packages+=(llvm-14)
command -v cc >/dev/null || packages+=(gcc)
[ -e /usr/lib/x86_64-linux-gnu/crti.o ] || [ -e /usr/lib/aarch64-linux-gnu/crti.o ] || packages+=(libc6-dev)
if [ ${#packages[@]} -gt 0 ]; then
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${packages[@]}"
fi
