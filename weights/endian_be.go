//go:build !(386 || amd64 || arm || arm64 || loong64 || mips64le || mipsle || ppc64le || riscv64 || wasm)

package weights

// hostLittleEndian says the host stores numbers as the checkpoint formats do, so stored
// elements can be read in place.
const hostLittleEndian = false
