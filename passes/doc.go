// Package passes is mtc's optimizing pass pipeline: an ordered table of plain functions that
// rewrite an ir.Graph in place, with the verifier run after every one.
//
// The design follows the Go compiler's SSA backend (cmd/compile/internal/ssa/compile.go): the
// pipeline is one list read top to bottom (Pipeline), each entry a named func(*ir.Graph,
// *Options) error in its own file; a table of ordering constraints, each with a reason, is
// checked by a test (mustPrecede); a panic inside a pass is reported as an internal error naming
// the pass. From MLIR's PassManager it takes verification after each pass and the crash
// reproducer: when a pass fails, the IR from before it can be written to a .mir file and rerun
// alone (mtc compile accepts .mir input).
//
// The passes, in order:
//
//   - fold-layernorm1p: layernorm1p(x, g, b) becomes layernorm(x, g+1, b), where g+1 is a weight
//     derived by the add1 transform, so the +1 is applied once at load time.
//   - fuse-qkv: the q, k and v projections of one attention (recognised structurally, through
//     rope) become one matmul against a concat weight, followed by slices.
//   - lower-rope: rope becomes rope_cached against a shared rope_table weight; the q and k ropes
//     over adjacent slices of the packed matrix become one rope_cached over the whole matrix.
//   - lower-gqa: attention over three adjacent slices of one packed matrix becomes gqa_attention,
//     which reads each KV head once per group of query heads.
//   - fuse-epilogue: squared ReLU, residual add and RoPE move into the epilogue of the matmul
//     that feeds them (matmul_sqrelu, matmul_add, matmul_rope).
//   - sink-last: last (the R rows that need logits) moves above row-wise ops whose only use it
//     is, so the last layer's output projection, layer norms and MLP run on R rows; the
//     attention, which needs every row's keys and values, stops it.
//   - dead-code: values that reach neither the result nor the KV cache, and unused weights, go.
//   - plan-memory: arena offsets from live ranges, best fit by decreasing size, values of R rows
//     in a row arena of their own (required).
//
// Every pass keeps the program's meaning exactly as package ir/interp defines it (up to f32
// rounding where a derived weight is rounded once at load), copies source positions from the
// values it replaces onto their replacements, and is deterministic: maps are used for lookup
// only, and every output order comes from the value or weight list.
//
// Passes decide their rewrites first and apply them in one sweep (rewriter), which also drops
// the pure values a rewrite leaves unused, so a later pass sees true use counts.
package passes
