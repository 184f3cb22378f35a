// Package ptx is mtc's CUDA code generator: it turns a planned IR graph (every value carries its
// arena offset) into an LLVM module for nvptx64-nvidia-cuda, built with github.com/llir/llvm and
// compiled to PTX by LLVM 14 (codegen/toolchain), and into the launch program the CUDA runtime
// (runtime/cuda) executes for one step. The manifest parts (weights, KV-cache slots, kernel
// table, program, arena, result) have the same meaning as for the CPU target.
//
// # Kernel ABI
//
// Every kernel is a PTX .entry with the CPU kernel's arguments,
//
//	.entry mtc_g_<name>(u64 bufs, u64 ints, s64 begin, s64 end)
//
// where bufs points to the launch's buffer addresses (u64, device memory) and ints to its
// integer arguments (s64), both in a small device buffer the runtime rewrites before each step;
// [begin, end) is the part of the launch's split dimension to compute (the runtime passes
// [0, split)). The runtime launches ⌈split/Grain⌉ blocks of Kernel.Block threads with
// Kernel.SharedBytes of dynamic shared memory on one stream, so launches run in program order:
// for CUDA, Launch.Grain is the number of split items one block covers. Kernels are marked in
// !nvvm.annotations ("kernel", and "maxntidx" with the block size); global memory is address
// space 1 and the dynamic shared memory (one extern array, mtc_shared) address space 3.
//
// A kernel is emitted once per distinct (op, dtypes, constant dimensions); its name spells all
// of them and is the key under which it is shared, exactly as on the CPU. The ops' ABIs:
//
//	embed            [y, tokens, E]            []              rows      1 row per block
//	layernorm(1p)    [y, x, γ, β]              []              rows      1 row per block
//	matmul family    [y, x, W (, r | table)]   [rows (, P)]    N         16 columns per block
//	rope_cached      [y, x, table]             [P]             rows      1 row per block
//	rope             [y, x]                    [P]             rows      1 row per block
//	attention store  [K, V, k, v]              [P, capacity]   rows      1 row per block
//	attention        [y, q, K, V]              [T, P, cap.]    kv·T      1 (KV head, row) per block
//	slice, sqrelu    [y, x]                    []              rows      1 row per block
//	add              [y, a, b]                 []              rows      1 row per block
//	last             [y, x]                    [T, R]          R         1 row per block
//	argmax           [out i32, logits]         []              R         1 row per block (not in the program)
//
// matmul.go, attention.go and the other files describe each kernel's work split. The argmax
// kernel (Op OpArgmax, index Output.Argmax) lets the runtime copy back one token per row
// instead of the logits.
//
// # Code
//
// Kernels call nothing: exponentials are ex2.approx (llvm.exp.f32 has no NVPTX lowering in
// LLVM 14), sin and cos of the uncached rope are sin.approx/cos.approx after a double-precision
// range reduction, and square roots and divisions are correctly rounded. Weights are read in
// their stored dtype (bf16 as the upper half of an f32, f16 through cvt.f32.f16) with 16-byte
// vector loads where the row length allows, and all arithmetic is f32.
//
// LLVM 14 knows no GPU newer than sm_86, so Options.Arch defaults to sm_80, whose PTX the
// driver compiles for Ampere and Hopper alike when it loads the module.
package ptx
