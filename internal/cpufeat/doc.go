// Package cpufeat reports which instruction-set extensions the host CPU has, named as LLVM
// names them ("+avx2", "+avx512bf16", "+dotprod"), and says which of an artifact's required
// features the host lacks.
//
// The runtime imports this package to refuse compiled kernels that would die with SIGILL, and the
// compiler (codegen/toolchain) imports it to describe the host to LLVM, so both sides use one
// table and one spelling. It depends on nothing in mtc and on nothing outside the standard
// library except golang.org/x/sys/cpu.
//
// # Sources
//
// On Linux the primary source is /proc/cpuinfo: the kernel lists a flag only when the CPU has
// the extension and the kernel saves its register state, and it clears flags that depend on a
// disabled one (no "avx2" once "avx" is off). The "flags" line (x86) or "Features" line (arm64)
// of every processor is read and only flags that all processors list are kept, so a hybrid CPU
// reports what any thread may run on.
//
// golang.org/x/sys/cpu, which executes CPUID and XGETBV (or reads HWCAP) itself, is a
// cross-check: a feature that x/sys/cpu also knows is kept only when both sources agree. Where
// /proc/cpuinfo cannot be read (other operating systems) x/sys/cpu alone is used, so only the
// features it knows are reported.
//
// # Tables
//
// table.go maps kernel flag names to LLVM feature names, one architecture per table. Only
// features that matter for generated code are listed; baseline features every CPU of the
// architecture has (x87, SSE2 on x86-64; fp-armv8, neon on arm64) are left out because there is
// nothing to check. codegen/toolchain tests that every LLVM name in the tables is known to
// LLVM 14 and behaves as a separable feature.
//
// Feature lists use LLVM's "+name" spelling throughout; Missing also accepts bare names.
package cpufeat
