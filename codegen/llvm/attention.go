package llvm

import (
	"fmt"
	"math"

	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/value"
	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/ir"
)

// attention and gqa_attention run as two launches.
//
// 1. <op>_kvstore: bufs = [K slot, V slot, k source, v source]; ints = [P, capacity]; split
// over rows t: copies this step's key and value rows into cache positions P+t (a position
// outside the capacity is skipped; the runtime never asks for one).
//
// 2. <op>_attend: bufs = [y, q source, K slot, V slot]; ints = [T, P, capacity]; split over
// kv_heads·T items, item i = (KV head i/T, row i%T). An item computes causal attention over
// positions 0..P+t for the heads/kv_heads query heads that share the KV head, with an online
// softmax (running maximum m and sum l per query head, the weighted sum of value rows rescaled
// by e^(m_old-m_new) as the maximum grows), so no score matrix is stored. Positions are taken
// in blocks of vw (see attnBlock); a block's key and value rows are read from memory once for
// all the query heads of the group (from L1 for the second and later heads), and the
// accumulators live in a fixed stack buffer (at most 8 KiB: larger groups are processed in
// batches of heads, each pass reading the cache again). Scores are scaled by 1/sqrt(head_dim).
// When P+T exceeds the capacity the item writes NaN.
//
// For gqa_attention q, k and v are column blocks of the packed qkv matrix [q heads | k heads |
// v heads]; for attention they are three matrices.

type attnSpec struct {
	op            ir.Op
	heads, kv, hd int
	qStride, qOff int
	kStride, kOff int
	vStride, vOff int
	width, group  int
}

func (p *lowering) attention(v *ir.Value) ([]artifact.Launch, error) {
	s := attnSpec{op: v.Op, heads: v.Attrs.Int("heads"), kv: v.Attrs.Int("kv_heads"), hd: v.Attrs.Int("head_dim")}
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
	layer := v.Attrs.Int("layer")
	kslot := artifact.Ref{Kind: artifact.RefK, Index: layer}
	vslot := artifact.Ref{Kind: artifact.RefV, Index: layer}
	store := artifact.Launch{
		Bufs:  []artifact.Ref{kslot, vslot, arena(qkv[1]), arena(qkv[2])},
		Ints:  []artifact.Expr{{P: 1}, {Cap: 1}},
		Split: dimExpr(v.Type.Rows()),
	}
	sname := fmt.Sprintf("%v_kvstore_w%d_ks%d_ko%d_vs%d_vo%d", v.Op, s.width, s.kStride, s.kOff, s.vStride, s.vOff)
	store.Kernel = p.md.kernel(sname, v.Op, func(k *kfn) { emitKVStore(k, s) })
	attend := artifact.Launch{
		Bufs:  []artifact.Ref{arena(v), arena(qkv[0]), kslot, vslot},
		Ints:  []artifact.Expr{dimExpr(v.Type.Rows()), {P: 1}, {Cap: 1}},
		Split: artifact.Expr{T: int64(s.kv)},
	}
	aname := fmt.Sprintf("%v_attend_h%d_kv%d_d%d_qs%d_qo%d", v.Op, s.heads, s.kv, s.hd, s.qStride, s.qOff)
	attend.Kernel = p.md.kernel(aname, v.Op, func(k *kfn) { emitAttend(k, s) })
	return []artifact.Launch{store, attend}, nil
}

func emitKVStore(k *kfn, s attnSpec) {
	kc, vc := k.buf(0, tF32), k.buf(1, tF32)
	ks, vs := k.buf(2, tF32), k.buf(3, tF32)
	P, capacity := k.intArg(0), k.intArg(1)
	W := ci64(int64(s.width))
	k.forRange(k.begin, k.end, 1, func(t value.Value) {
		pos := k.add(P, t)
		k.ifElse(k.icmp(enum.IPredULT, pos, capacity), func() {
			k.copyRow(k.gep(kc, k.mul(pos, W)), k.gep(ks, k.add(k.mul(t, ci64(int64(s.kStride))), ci64(int64(s.kOff)))), s.width)
			k.copyRow(k.gep(vc, k.mul(pos, W)), k.gep(vs, k.add(k.mul(t, ci64(int64(s.vStride))), ci64(int64(s.vOff)))), s.width)
		}, nil)
	})
}

// attnBatch is the number of query heads an item processes per pass over the cache: the
// largest divisor of the group size whose accumulators fit in attnStackFloats.
func attnBatch(group, hpad int) int {
	const attnStackFloats = 2048 // 8 KiB
	best := 1
	for b := 1; b <= group; b++ {
		if group%b == 0 && b*hpad <= attnStackFloats {
			best = b
		}
	}
	return best
}

func emitAttend(k *kfn, s attnSpec) {
	y, q := k.buf(0, tF32), k.buf(1, tF32)
	kc, vc := k.buf(2, tF32), k.buf(3, tF32)
	T, P, capacity := k.intArg(0), k.intArg(1), k.intArg(2)
	hpad := (s.hd + k.vw - 1) / k.vw * k.vw
	gb := attnBatch(s.group, hpad)
	acc := k.alloca(tF32, int64(gb*hpad), 64)
	mx := k.alloca(tF32, int64(gb), 4)
	sum := k.alloca(tF32, int64(gb), 4)
	hd := ci64(int64(s.hd))
	blk := &attnBlock{k: k, s: s, kc: kc, vc: vc, acc: acc, mx: mx, sum: sum, hpad: hpad}
	ok := k.b.NewAnd(k.icmp(enum.IPredSGE, P, ci64(0)), k.icmp(enum.IPredSLE, k.add(P, T), capacity))
	k.forRange(k.begin, k.end, 1, func(i value.Value) {
		j, t := k.sdiv(i, T), k.srem(i, T)
		yrow := k.gep(y, k.mul(t, ci64(int64(s.heads*s.hd))))
		qrow := k.gep(q, k.add(k.mul(t, ci64(int64(s.qStride))), ci64(int64(s.qOff))))
		firstHead := k.mul(j, ci64(int64(s.group)))
		k.ifElse(ok, func() {
			n := k.add(k.add(P, t), ci64(1))
			k.forRange(ci64(0), ci64(int64(s.group)), int64(gb), func(b value.Value) {
				h0 := k.add(firstHead, b)
				k.forRange(ci64(0), ci64(int64(gb)), 1, func(hh value.Value) {
					k.store(cf32(math.Inf(-1)), mx, hh)
					k.store(cf32(0), sum, hh)
					ah := k.gep(acc, k.mul(hh, ci64(int64(hpad))))
					zero := k.splatC(cf32(0))
					k.each(hpad, func(off value.Value, _ int) { k.vstore(zero, ah, off, k.vw) })
				})
				k.forRange(ci64(0), n, int64(k.vw), func(u0 value.Value) {
					blk.positions(u0, n, j)
					k.forRange(ci64(0), ci64(int64(gb)), 1, func(hh value.Value) {
						blk.head(k.gep(qrow, k.mul(k.add(h0, hh), hd)), hh)
					})
				})
				k.forRange(ci64(0), ci64(int64(gb)), 1, func(hh value.Value) {
					inv := k.splat(k.fdiv(cf32(1), k.load(sum, hh)))
					ah := k.gep(acc, k.mul(hh, ci64(int64(hpad))))
					yh := k.gep(yrow, k.mul(k.add(h0, hh), hd))
					k.each(s.hd, func(off value.Value, lanes int) {
						k.vstore(k.fmul(k.vload(ah, off, k.vw), inv), yh, off, lanes)
					})
				})
			})
		}, func() {
			nan := k.splatC(cf32(nanF32))
			heads := k.gep(yrow, k.mul(firstHead, hd))
			k.each(s.group*s.hd, func(off value.Value, lanes int) { k.vstore(nan, heads, off, lanes) })
		})
	})
}

// attnBlock emits the body of the attention loop, which takes the positions in blocks of vw:
// the scores of a block for one query head are vw dot products accumulated side by side and
// folded into one vector (transposeSum), the softmax update runs once per block with a vector
// exp, and the accumulator is rescaled once per block before the block's value rows are added
// with weights p[u].
type attnBlock struct {
	k            *kfn
	s            attnSpec
	kc, vc       value.Value
	acc, mx, sum value.Value
	hpad         int
	krows, vrows []value.Value // key and value rows of the block's positions
	valid        value.Value   // lanes whose position is < n
}

// positions sets up the block of positions u0..u0+vw-1 for KV head j, of which those below n
// exist; rows past n-1 read row n-1 instead (so no load leaves the cache) and are masked out.
func (a *attnBlock) positions(u0, n, j value.Value) {
	k := a.k
	last := k.sub(n, ci64(1))
	col := k.mul(j, ci64(int64(a.s.hd)))
	a.krows, a.vrows = make([]value.Value, k.vw), make([]value.Value, k.vw)
	for i := range a.krows {
		u := k.smin(k.add(u0, ci64(int64(i))), last)
		off := k.add(k.mul(u, ci64(int64(a.s.width))), col)
		a.krows[i], a.vrows[i] = k.gep(a.kc, off), k.gep(a.vc, off)
	}
	count := k.b.NewTrunc(k.smin(k.sub(n, u0), ci64(int64(k.vw))), tI32)
	a.valid = k.icmp(enum.IPredSLT, k.iota32(), k.splat(count))
}

// head updates query head hh (whose q row is qh) with the current block.
func (a *attnBlock) head(qh, hh value.Value) {
	k, hd := a.k, a.s.hd
	dots := make([]value.Value, k.vw)
	for i := range dots {
		dots[i] = constant.NewZeroInitializer(k.vecT(tF32))
	}
	dots = k.eachCarry(hd, dots, func(off value.Value, lanes int, cur []value.Value) []value.Value {
		qv := k.vload(qh, off, lanes)
		next := make([]value.Value, len(cur))
		for i := range cur {
			next[i] = k.fma(qv, k.vload(a.krows[i], off, lanes), cur[i])
		}
		return next
	})
	scores := k.fmul(k.transposeSum(dots), k.splatC(cf32(1/math.Sqrt(float64(hd)))))
	scores = k.sel(a.valid, scores, k.splatC(cf32(math.Inf(-1))))
	mOld := k.load(a.mx, hh)
	mNew := k.fmax(k.hmax(scores), mOld)
	corr := k.exp(k.fsub(mOld, mNew))
	p := k.exp(k.fsub(scores, k.splat(mNew)))
	k.store(mNew, a.mx, hh)
	k.store(k.fma(k.load(a.sum, hh), corr, k.hsum(p)), a.sum, hh)
	weights := make([]value.Value, k.vw)
	for i := range weights {
		weights[i] = k.splat(k.b.NewExtractElement(p, ci64(int64(i))))
	}
	vcorr := k.splat(corr)
	ah := k.gep(a.acc, k.mul(hh, ci64(int64(a.hpad))))
	k.each(hd, func(off value.Value, lanes int) {
		o := k.fmul(k.vload(ah, off, k.vw), vcorr)
		for i, w := range weights {
			o = k.fma(w, k.vload(a.vrows[i], off, lanes), o)
		}
		k.vstore(o, ah, off, k.vw)
	})
}
