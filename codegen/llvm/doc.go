// Package llvm is mtc's CPU code generator: it turns a planned IR graph (every value carries its
// arena offset) into an LLVM module of kernels, built with github.com/llir/llvm and compiled by
// LLVM 14 (codegen/toolchain), and into the launch program the runtime executes for one step.
//
// # Kernels and the launch program
//
// Every kernel has the C signature of docs/DESIGN.md,
//
//	void mtc_k_<name>(void **bufs, const int64_t *ints, int64_t begin, int64_t end);
//
// and computes the slice [begin,end) of its split dimension. A kernel is emitted once per
// distinct (op, dtypes, constant dimensions): its name spells all of them
// (matmul_add_bf16_k4096_n4096, layernorm_gf32_bbf16_h4096_eps1em05) and is the key under which
// it is shared, so every layer of a uniform model uses the same kernels and the kernel count
// does not grow with depth. What changes between layers or steps is passed at launch time:
// buffers (arena offsets, weights, KV-cache slots) in bufs, and the runtime-variable sizes (T,
// R, P, the cache capacity) as linear expressions in ints. Column counts, head sizes and eps are
// constants of the kernel.
//
// Generate walks the values in program order and emits one launch per value (three for
// attention: the KV-cache store, the attention itself, and the merge of a decode step's
// partial results). Each file of the package documents its ops' ABI (bufs, ints, split); in
// short:
//
//	embed            [y, tokens, E]            []              rows
//	layernorm(1p)    [y, x, γ, β]              []              rows
//	matmul family    [y, x, W… (, r | table)]  [rows (, P)]    output columns (matmul_rope: Grain head_dim)
//	rope_cached      [y, x, table]             [P]             rows
//	rope             [y, x]                    [P]             rows
//	attention store  [K, V, k, v]              [P, capacity]   rows
//	attention        [y, q, K, V]              [T, P, cap.]    kv_heads·(T+15)
//	attention combine [y, V]                   [T, P, cap.]    heads
//	slice, sqrelu    [y, x]                    []              rows
//	add              [y, a, b]                 []              rows
//	last             [y, x]                    [T, R]          R
//
// An arena reference with offset o names the matrix at byte o·T of the step's activation arena,
// a row-arena reference (a value of R rows) the one at byte o·R of the row arena; rows are
// contiguous with a stride of cols·4 bytes.
//
// # Code shape
//
// Kernels are written with explicit vectors of Options.VectorWidth f32 lanes (<16 x float> for
// AVX-512) and llvm.fmuladd, rather than scalar loops left to the auto-vectoriser; a row whose
// length is not a multiple of the width ends with one masked load or store (llvm.masked.*),
// which touches no memory past the row. Loads use the element's natural alignment only, since
// weights are mmapped from checkpoint files where a bf16 tensor may be 2-byte aligned. bf16 is
// widened by shifting its bits into the top half of an f32; f16 uses fpext half where the
// target converts in hardware (F16C) and integer operations otherwise. matmul.go and
// attention.go describe the register blocking and the online softmax.
//
// The matmul family (matmul.go) reads W in place, a packed QKV matrix as its parts (W…), in its
// stored dtype or, with Options.WeightsDType int8, in the q8 block format (wformat.go). Decode
// streams the weight rows (decode.go, gemv.go); prefill packs blocks of W on the stack and runs
// register-blocked microkernels (gemm.go), with half FMAs (gemm_half.go, AVX512-FP16), bf16
// or int8 dot products under Options.Precision fast (gemm_fast.go, gemm_q8.go).
//
// The KV cache holds f32 (Options.KVDType "f32", the default), f16 or bf16 values; the
// attention kernels own its layout (attn_layout.go), flash-style tiles compute prefill without
// a score matrix and decode splits long contexts into chunks merged afterwards (attn_tile.go,
// attn_prefill.go, attn_decode.go).
//
// Kernels call nothing: exp (softmax) and sin/cos (rope) are inline polynomials (mathfn.go),
// the only intrinsics used are ones LLVM lowers to instructions, and the "no-builtins"
// attribute keeps LLVM from turning loops into memset or memcpy calls, so the shared object
// has no undefined symbols and needs neither libm nor libc.
//
// # Utilities
//
// Every module also exports mtc_stream_read, mtc_fma_peak and mtc_fma_flops_per_iter, which
// `mtc bench` uses to measure memory bandwidth and FMA throughput with the same code generator
// (see utility.go).
package llvm
