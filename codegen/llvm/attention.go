package llvm

import (
	"fmt"

	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/codegen/launch"
	"github.com/mtc-dev/mtc/ir"
)

// attention and gqa_attention run as three launches over the layer's KV-cache slot.
//
// 1. <op>_kvstore: bufs = [K, V, k source, v source]; ints = [P, capacity]; split over rows t:
// stores this step's key and value rows at cache position P+t, converted to the cache's dtype
// (a position outside the capacity is skipped; the runtime never asks for one).
//
// 2. <op>_attend: bufs = [y, q source, K, V]; ints = [T, P, capacity]; split over
// kv_heads·(T+decodeChunks-1) units, decodeChunks-1 more per KV head than rows, so that a
// decode step (T = 1) has decodeChunks units per KV head. Unit i belongs to KV head i/U
// (U = T+decodeChunks-1) and computes, for the query heads sharing that KV head:
//
//   - when T > 1 (prefill), unit u < T one query row, rows taken from both ends in turn
//     (0, T-1, 1, T-2, ...) so that any contiguous run of units carries about the same causal
//     work; a call groups its rows into tiles (attn_tile.go) and units u ≥ T are empty.
//   - when T = 1 (decode), unit u one chunk of the context (attn_decode.go), whose partial
//     softmax state goes to the slot's scratch unless the context fits in one chunk.
//
// 3. <op>_combine: bufs = [y, V]; ints = [T, P, capacity]; split over query heads: merges a
// decode step's partial states into y (nothing to do for T > 1 or a single chunk).
//
// Scores are scaled by 1/sqrt(head_dim). When P+T exceeds the capacity the rows are NaN.
//
// For gqa_attention q, k and v are column blocks of the packed qkv matrix [q heads | k heads |
// v heads]; for attention they are three matrices.
//
// The cache layout (attn_layout.go) is private to these kernels: each KV head's positions are
// contiguous, keys stored in blocks of vw positions transposed so that a vector holds one
// dimension of vw consecutive keys, values row by row.

type attnSpec struct {
	op            ir.Op
	heads, kv, hd int
	qStride, qOff int
	kStride, kOff int
	vStride, vOff int
	width, group  int
	cache         ir.DType // element type of the KV cache
}

// attnMaxStack bounds the accumulators an attention tile keeps on the stack (a thread's stack is
// megabytes; Minitron-8B needs 12 KiB).
const attnMaxStack = 1 << 20

// kvSuffix is the part of a kernel name that spells the cache dtype (empty for f32, which keeps
// the names of f32 artifacts unchanged).
func (s attnSpec) kvSuffix() string {
	if s.cache == ir.F32 {
		return ""
	}
	return "_kv" + s.cache.String()
}

func (p *lowering) attention(v *ir.Value) ([]artifact.Launch, error) {
	s := attnSpec{op: v.Op, heads: v.Attrs.Int("heads"), kv: v.Attrs.Int("kv_heads"), hd: v.Attrs.Int("head_dim"), cache: p.md.kvDType()}
	s.width = s.kv * s.hd
	s.group = s.heads / s.kv
	qkv := v.Args
	if v.Op == ir.OpGQAAttention {
		w := (s.heads + 2*s.kv) * s.hd
		s.qStride, s.kStride, s.vStride = w, w, w
		s.kOff, s.vOff = s.heads*s.hd, (s.heads+s.kv)*s.hd
		qkv = []*ir.Value{v.Args[0], v.Args[0], v.Args[0]}
	} else {
		s.qStride, s.kStride, s.vStride = s.heads*s.hd, s.width, s.width
	}
	if hpad := (s.hd + p.md.vw - 1) / p.md.vw * p.md.vw; attnTileQueries(s.group, hpad)*s.group*hpad*4 > attnMaxStack {
		return nil, fmt.Errorf("%d query heads per KV head of %d dimensions need more than %d bytes of accumulators on the stack", s.group, s.hd, attnMaxStack)
	}
	layer := v.Attrs.Int("layer")
	kslot := artifact.Ref{Kind: artifact.RefK, Index: layer}
	vslot := artifact.Ref{Kind: artifact.RefV, Index: layer}
	store := artifact.Launch{
		Bufs:  []artifact.Ref{kslot, vslot, launch.Arena(qkv[1]), launch.Arena(qkv[2])},
		Ints:  []artifact.Expr{{P: 1}, {Cap: 1}},
		Split: launch.DimExpr(v.Type.Rows()),
	}
	sname := fmt.Sprintf("%v_kvstore_w%d_d%d_ks%d_ko%d_vs%d_vo%d%s", v.Op, s.width, s.hd, s.kStride, s.kOff, s.vStride, s.vOff, s.kvSuffix())
	store.Kernel = p.md.kernel(sname, v.Op, func(k *kfn) { emitKVStore(k, s) })
	ints := []artifact.Expr{launch.DimExpr(v.Type.Rows()), {P: 1}, {Cap: 1}}
	attend := artifact.Launch{
		Bufs:  []artifact.Ref{launch.Arena(v), launch.Arena(qkv[0]), kslot, vslot},
		Ints:  ints,
		Split: artifact.Expr{T: int64(s.kv), Const: int64(s.kv * (decodeChunks - 1))},
	}
	aname := fmt.Sprintf("%v_attend_h%d_kv%d_d%d_qs%d_qo%d%s", v.Op, s.heads, s.kv, s.hd, s.qStride, s.qOff, s.kvSuffix())
	attend.Kernel = p.md.kernel(aname, v.Op, func(k *kfn) { emitAttend(k, s) })
	combine := artifact.Launch{
		Bufs:  []artifact.Ref{launch.Arena(v), vslot},
		Ints:  ints,
		Split: artifact.Expr{Const: int64(s.heads)},
	}
	cname := fmt.Sprintf("%v_combine_h%d_kv%d_d%d%s", v.Op, s.heads, s.kv, s.hd, s.kvSuffix())
	combine.Kernel = p.md.kernel(cname, v.Op, func(k *kfn) { emitCombine(k, s) })
	return []artifact.Launch{store, attend, combine}, nil
}

// emitKVStore stores rows [begin,end) of this step's keys and values at positions P+t.
func emitKVStore(k *kfn, s attnSpec) {
	st := kvStorage(s.cache)
	lay := newKVLayout(k, s, k.buf(0, st), k.buf(1, st), k.intArg(1))
	ks, vs := k.buf(2, tF32), k.buf(3, tF32)
	P, capacity := k.intArg(0), k.intArg(1)
	hd := ci64(int64(s.hd))
	k.forRange(k.begin, k.end, 1, func(t value.Value) {
		pos := k.add(P, t)
		k.ifElse(k.icmp(enum.IPredULT, pos, capacity), func() {
			krow := k.gep(ks, k.add(k.mul(t, ci64(int64(s.kStride))), ci64(int64(s.kOff))))
			vrow := k.gep(vs, k.add(k.mul(t, ci64(int64(s.vStride))), ci64(int64(s.vOff))))
			k.forRange(ci64(0), ci64(int64(s.kv)), 1, func(j value.Value) {
				src := k.gep(vrow, k.mul(j, hd))
				dst := lay.vRow(lay.vHead(j), pos)
				k.each(s.hd, func(off value.Value, lanes int) {
					k.vstore(k.fromF32(s.cache, k.vload(src, off, lanes)), dst, off, lanes)
				})
				src = k.gep(krow, k.mul(j, hd))
				kpos := lay.kPos(lay.kHead(j), pos)
				k.each(s.hd, func(off value.Value, lanes int) {
					x := k.fromF32(s.cache, k.vload(src, off, lanes))
					for i := 0; i < lanes; i++ {
						d := k.add(off, ci64(int64(i)))
						k.store(k.b.NewExtractElement(x, ci64(int64(i))), kpos, k.mul(d, ci64(int64(lay.kb))))
					}
				})
			})
		}, nil)
	})
}

// kvStorage is the LLVM element type of a cache of dtype d.
func kvStorage(d ir.DType) types.Type {
	if d == ir.F32 {
		return tF32
	}
	return tI16
}
