package ptx

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/value"
	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/codegen/launch"
	"github.com/mtc-dev/mtc/ir"
)

// attention and gqa_attention run as two launches.
//
// 1. <op>_kvstore: bufs = [K slot, V slot, k source, v source]; ints = [P, capacity]; split
// over rows t, one block per row: copies this step's key and value rows into cache positions
// P+t (a position outside the capacity is skipped; the runtime never asks for one).
//
// 2. <op>_attend: bufs = [y, q source, K slot, V slot]; ints = [T, P, capacity]; split over
// kv_heads·T items, one block of attnBlock threads per item i = (KV head j = i/T, row t = i%T).
// The block computes causal attention over positions 0..P+t for the heads/kv_heads query heads
// that share KV head j, so each key and value row is read once per group. Positions go in
// chunks of attnChunk: the chunk's keys and values are staged in shared memory, the scores of
// every head of the group against them are computed, one warp per head updates the online
// softmax (running maximum m and sum l; the accumulated output is rescaled by 2^(m_old-m_new)
// as the maximum grows) and the threads accumulate p·v into the group's outputs, which stay in
// shared memory until the end. Queries are pre-scaled by log2(e)/sqrt(head_dim) so the
// exponentials are ex2.approx. When P+T exceeds the capacity the item writes NaN.
//
// For gqa_attention q, k and v are column blocks of the packed qkv matrix [q heads | k heads |
// v heads]; for attention they are three matrices.

// Geometry of the attention kernels.
const (
	attnBlock = 128 // threads of an attend block (4 warps)
	attnChunk = 32  // positions per chunk: one per lane of a warp
)

type attnSpec struct {
	op            ir.Op
	heads, kv, hd int
	group, width  int
	qStride, qOff int
	kStride, kOff int
	vStride, vOff int
}

// attnLayout is the shared memory of an attend block, as float offsets.
type attnLayout struct {
	q, acc, k, v, s, m, l, corr, total int
}

func (s attnSpec) layout() attnLayout {
	var a attnLayout
	gh := s.group * s.hd
	a.q = 0
	a.acc = a.q + gh
	a.k = a.acc + gh
	a.v = a.k + attnChunk*(s.hd+1)
	a.s = a.v + attnChunk*s.hd
	a.m = a.s + s.group*attnChunk
	a.l = a.m + s.group
	a.corr = a.l + s.group
	a.total = a.corr + s.group
	return a
}

// maxSharedBytes is the most dynamic shared memory a block may use on arch (after the runtime
// raises the 48 KiB default with cuFuncSetAttribute).
func maxSharedBytes(arch string) int {
	n, _ := strconv.Atoi(strings.TrimPrefix(arch, "sm_"))
	switch {
	case n >= 90:
		return 227 << 10
	case n == 80 || n == 87:
		return 163 << 10
	case n >= 86:
		return 99 << 10
	case n >= 70:
		return 96 << 10
	}
	return 48 << 10
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
	shared := s.layout().total * 4
	if max := maxSharedBytes(p.arch); shared > max {
		return nil, fmt.Errorf("a group of %d query heads of %d dims needs %d bytes of shared memory per block, more than the %d that %s allows",
			s.group, s.hd, shared, max, p.arch)
	}
	layer := v.Attrs.Int("layer")
	kslot := artifact.Ref{Kind: artifact.RefK, Index: layer}
	vslot := artifact.Ref{Kind: artifact.RefV, Index: layer}
	store := artifact.Launch{
		Bufs:  []artifact.Ref{kslot, vslot, launch.Arena(qkv[1]), launch.Arena(qkv[2])},
		Ints:  []artifact.Expr{{P: 1}, {Cap: 1}},
		Split: launch.DimExpr(v.Type.Rows()),
		Grain: 1,
	}
	sname := fmt.Sprintf("%v_kvstore_w%d_ks%d_ko%d_vs%d_vo%d", v.Op, s.width, s.kStride, s.kOff, s.vStride, s.vOff)
	store.Kernel = p.md.kernel(sname, rowKernel(v.Op.String()), func(k *kb) { emitKVStore(k, s) })
	attend := artifact.Launch{
		Bufs:  []artifact.Ref{launch.Arena(v), launch.Arena(qkv[0]), kslot, vslot},
		Ints:  []artifact.Expr{launch.DimExpr(v.Type.Rows()), {P: 1}, {Cap: 1}},
		Split: artifact.Expr{T: int64(s.kv)},
		Grain: 1,
	}
	aname := fmt.Sprintf("%v_attend_h%d_kv%d_d%d_qs%d_qo%d", v.Op, s.heads, s.kv, s.hd, s.qStride, s.qOff)
	ks := kernelSpec{op: v.Op.String(), block: attnBlock, shared: int64(shared)}
	attend.Kernel = p.md.kernel(aname, ks, func(k *kb) { emitAttend(k, s) })
	return []artifact.Launch{store, attend}, nil
}

func emitKVStore(k *kb, s attnSpec) {
	kc, vc := k.buf(0, tF32), k.buf(1, tF32)
	ks, vs := k.buf(2, tF32), k.buf(3, tF32)
	P, capacity := k.intArg(0), k.intArg(1)
	t := k.row()
	pos := k.add(P, t)
	k.ifThen(k.icmp(enum.IPredULT, pos, capacity), func() {
		W := int64(s.width)
		kd, vd := k.gep(kc, k.mulc(pos, W)), k.gep(vc, k.mulc(pos, W))
		kr := k.gep(ks, k.addc(k.mulc(t, int64(s.kStride)), int64(s.kOff)))
		vr := k.gep(vs, k.addc(k.mulc(t, int64(s.vStride)), int64(s.vOff)))
		k.eachCol(s.width, func(c value.Value) {
			k.put(k.at(kr, c), kd, c)
			k.put(k.at(vr, c), vd, c)
		})
	})
}

func emitAttend(k *kb, s attnSpec) {
	y, q := k.buf(0, tF32), k.buf(1, tF32)
	kc, vc := k.buf(2, tF32), k.buf(3, tF32)
	T, P, capacity := k.intArg(0), k.intArg(1), k.intArg(2)
	lay := s.layout()
	sh := func(off int) value.Value { return k.shared(int64(off)*4, tF32) }
	qs, acc, ksh, vsh := sh(lay.q), sh(lay.acc), sh(lay.k), sh(lay.v)
	ss, mx, sum, corr := sh(lay.s), sh(lay.m), sh(lay.l), sh(lay.corr)
	hd, G := int64(s.hd), int64(s.group)
	gh := G * hd
	i := k.row()
	j, t := k.sdiv(i, T), k.srem(i, T)
	yrow := k.gep(y, k.add(k.mulc(t, int64(s.heads*s.hd)), k.mulc(j, gh)))
	ok := k.and(k.icmp(enum.IPredSGE, P, ci64(0)), k.icmp(enum.IPredSLE, k.add(P, T), capacity))
	k.ifElse(ok, func() {
		qrow := k.gep(q, k.add(k.addc(k.mulc(t, int64(s.qStride)), int64(s.qOff)), k.mulc(j, gh)))
		scale := cf32(math.Log2E / math.Sqrt(float64(s.hd)))
		k.strided(ci64(gh), func(e value.Value) {
			k.put(k.fmul(k.at(qrow, e), scale), qs, e)
			k.put(cf32(0), acc, e)
		})
		k.ifThen(k.lt(k.tid, ci64(G)), func() {
			k.put(cf32(math.Inf(-1)), mx, k.tid)
			k.put(cf32(0), sum, k.tid)
		})
		k.sync()
		n := k.addc(k.add(P, t), 1)
		W := int64(s.width)
		kbase, vbase := k.gep(kc, k.mulc(j, hd)), k.gep(vc, k.mulc(j, hd))
		k.loop(ci64(0), n, attnChunk, func(u0 value.Value) {
			k.strided(ci64(attnChunk*hd), func(e value.Value) {
				uu, d := k.divc(e, hd), k.remc(e, hd)
				u := k.add(u0, uu)
				valid := k.lt(u, n)
				src := k.add(k.mulc(k.sel(valid, u, ci64(0)), W), d)
				k.put(k.sel(valid, k.at(kbase, src), cf32(0)), ksh, k.add(k.mulc(uu, hd+1), d))
				k.put(k.sel(valid, k.at(vbase, src), cf32(0)), vsh, k.add(k.mulc(uu, hd), d))
			})
			k.sync()
			k.strided(ci64(G*attnChunk), func(e value.Value) {
				h, uu := k.divc(e, attnChunk), k.remc(e, attnChunk)
				qh, kr := k.gep(qs, k.mulc(h, hd)), k.gep(ksh, k.mulc(uu, hd+1))
				dot := k.local(tF32, cf32(0))
				k.loop(ci64(0), ci64(hd), 1, func(d value.Value) {
					dot.set(k.fma(k.at(qh, d), k.at(kr, d), dot.get()))
				})
				score := k.sel(k.lt(k.add(u0, uu), n), dot.get(), cf32(math.Inf(-1)))
				k.put(score, ss, e)
			})
			k.sync()
			warp, lane := k.divc(k.tid, 32), k.remc(k.tid, 32)
			k.loop(warp, ci64(G), attnBlock/32, func(h value.Value) {
				idx := k.add(k.mulc(h, attnChunk), lane)
				sc := k.at(ss, idx)
				mOld := k.at(mx, h)
				mNew := k.fmax(mOld, k.warpMax(sc))
				pr := k.exp2(k.fsub(sc, mNew))
				k.put(pr, ss, idx)
				ps := k.warpSum(pr)
				k.ifThen(k.icmp(enum.IPredEQ, lane, ci64(0)), func() {
					c := k.exp2(k.fsub(mOld, mNew))
					k.put(c, corr, h)
					k.put(k.fma(k.at(sum, h), c, ps), sum, h)
					k.put(mNew, mx, h)
				})
			})
			k.sync()
			k.strided(ci64(gh), func(e value.Value) {
				h, d := k.divc(e, hd), k.remc(e, hd)
				a := k.local(tF32, k.fmul(k.at(acc, e), k.at(corr, h)))
				prow := k.gep(ss, k.mulc(h, attnChunk))
				vcol := k.gep(vsh, d)
				k.loop(ci64(0), ci64(attnChunk), 1, func(uu value.Value) {
					a.set(k.fma(k.at(prow, uu), k.at(vcol, k.mulc(uu, hd)), a.get()))
				})
				k.put(a.get(), acc, e)
			})
			k.sync()
		})
		k.strided(ci64(gh), func(e value.Value) {
			k.put(k.fdiv(k.at(acc, e), k.at(sum, k.divc(e, hd))), yrow, e)
		})
	}, func() {
		k.strided(ci64(gh), func(e value.Value) { k.put(nanF32(), yrow, e) })
	})
}
