package llvm

import (
	"slices"

	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// Fast precision with half-precision FMAs: on targets with AVX512-FP16, bf16 and f16 weights
// take this GEMM instead of vdpbf16ps. On Sapphire Rapids vfmadd231ph retires two per cycle
// (64 multiply-adds, twice the f32 rate), while vdpbf16ps retires one every two cycles or so
// (measured: 0.45 of the f32 FMA rate), so bf16 dot products would make fast precision slower
// than exact.
//
// The unit is again a pair of k (gemm_fast.go's layout): bp holds [kc/2][nr] dwords, each the
// halves of W[j,2p] and W[j,2p+1] (bf16 weights converted to f16 while packing, f16 weights as
// stored), and every row of x becomes kc/2 pairs of halves. The microkernel broadcasts a row's
// pair (vbroadcastss, a plain load) and multiplies it into <32 x half> accumulators, so lane 2c
// of an accumulator sums the products of even k for column c and lane 2c+1 those of odd k.
//
// Rounding and range:
//   - Each row of x is scaled, per k-block, by the power of two that brings its largest
//     magnitude into [8, 16) before rounding to half (nearest even), so neither large
//     activations overflow nor small rows lose bits to half's narrow exponent; the scale is
//     undone, exactly, when the accumulators are flushed.
//   - The accumulators are half: each lane sums kc/2 = 128 products. At the end of every
//     k-block each lane pair is added (in half), widened to f32 and added into y (f32) with
//     the inverse scale, so only 256 products at a time are summed in half precision.
//   - bf16 weights outside half's range would overflow to infinity (|w| ≥ 65520) or lose
//     precision below 2⁻¹⁴ (6.1e-5; subnormal halves down to 6e-8, zero below). Trained weights
//     lie well inside; precision tests bound the effect on the reference cases.

// halfFast reports whether the fast GEMM over format wf uses half-precision FMAs.
func (md *module) halfFast(wf wformat) bool {
	return md.o.Precision == PrecisionFast && md.vw == 16 && (wf == wfBF16 || wf == wfF16) &&
		slices.Contains(md.o.Features, "+avx512fp16")
}

// halfShape is the blocking of the half-precision GEMM: the f32 kernel's tile (14 rows × 32
// columns, 28 accumulators) with a row block of all 512 rows of a long prompt, so that each
// column block's packing, which converts the weights, is done once per call.
func (md *module) halfShape() gemmShape {
	return gemmShape{mr: 14, nr: 32, kc: 256, mc: 14 * 37}
}

// gemmHalf computes output columns [c0, c1) of part w for every row with half FMAs.
func (m *matmulKernel) gemmHalf(w weightPart, c0, c1 value.Value) {
	k := m.k
	sh := k.md.halfShape()
	kw := sh.kc / 2
	bp := k.alloca(tI32, int64(kw*sh.nr), 64)
	xb := k.alloca(tI32, int64(sh.mc*kw), 64)
	inv := k.alloca(tF32, int64(sh.mc), 64)
	m.kBlocks(sh.kc, func(pc value.Value, kcb int, kb kBlock) {
		m.rowBlockLoop(sh, func(ic, icEnd value.Value) {
			m.halfX(xb, inv, ic, icEnd, pc, kcb, sh)
			m.rowBlock(sh, ic, icEnd, c0, c1, func(jr value.Value) {
				var conv func(value.Value) value.Value // f16 pairs are already halves
				if m.s.wf == wfBF16 {
					conv = k.bf16PairsToHalf
				}
				m.packPairs(w, bp, jr, c1, pc, kcb, sh, conv)
			}, func(tl tile) {
				m.microHalf(w, bp, xb, inv, ic, pc, tl, kcb, sh, kb)
			})
		})
	})
}

// halfX writes the scaled half pairs of x[ic:icEnd, pc:pc+kcb] to xb, kc/2 dwords a row (the
// pair past an odd kcb padded with zero), and each row's inverse scale to inv[t-ic].
func (m *matmulKernel) halfX(xb, inv, ic, icEnd, pc value.Value, kcb int, sh gemmShape) {
	k := m.k
	kw := int64(sh.kc / 2)
	v16h := types.NewVector(16, tF16)
	fabs := k.md.intrinsic("llvm.fabs", k.vecT(tF32))
	cat := make([]constant.Constant, 32)
	for i := range cat {
		cat[i] = ci32(int64(i))
	}
	k.forRange(ic, icEnd, 1, func(t value.Value) {
		src := k.gep(m.x, k.add(k.mul(t, ci64(int64(m.s.k))), pc))
		dst := k.gep(xb, k.mul(k.sub(t, ic), ci64(kw)))
		big := k.reduceMax(kcb, func(off value.Value, lanes int) value.Value {
			return k.call(fabs, k.vload(src, off, lanes))
		})
		scale, unscale := halfScale(k, big)
		k.store(unscale, inv, k.sub(t, ic))
		sv := k.splat(scale)
		for off := 0; off < kcb; off += 32 {
			lo := k.fmul(k.vload(src, ci64(int64(off)), min(16, kcb-off)), sv)
			var hi value.Value = constant.NewZeroInitializer(k.vecT(tF32))
			if kcb-off > 16 {
				hi = k.fmul(k.vload(src, ci64(int64(off+16)), min(16, kcb-off-16)), sv)
			}
			h := k.b.NewShuffleVector(k.b.NewFPTrunc(lo, v16h), k.b.NewFPTrunc(hi, v16h), constant.NewVector(types.NewVector(32, tI32), cat...))
			k.vstore(k.b.NewBitCast(h, k.vecT(tI32)), dst, ci64(int64(off/2)), k.vw)
		}
	})
}

// reduceMax is the largest lane of body's vectors over a row of n values (body returns values
// ≥ 0, zero past lanes).
func (k *kfn) reduceMax(n int, body func(off value.Value, lanes int) value.Value) value.Value {
	init := []value.Value{constant.NewZeroInitializer(k.vecT(tF32))}
	out := k.eachCarry(n, init, func(off value.Value, lanes int, cur []value.Value) []value.Value {
		return []value.Value{k.fmax(cur[0], body(off, lanes))}
	})
	return k.hmax(out[0])
}

// halfScale returns the power of two s with big·s in [8, 16) and 1/s, both f32, from the
// exponent of big (≥ 0): s = 2^(3-e) for big in [2^e, 2^(e+1)). The biased exponent of s is
// kept in [1, 254], so a zero or tiny row gets s = 2^127 and 1/s flushes to zero.
func halfScale(k *kfn, big value.Value) (scale, unscale value.Value) {
	e := k.b.NewLShr(k.b.NewBitCast(big, tI32), ci32(23)) // biased exponent (big ≥ 0)
	f := k.sub(ci32(127+3+127), e)                        // biased exponent of s
	f = k.sel(k.icmp(enum.IPredSLT, f, ci32(1)), ci32(1), f)
	f = k.sel(k.icmp(enum.IPredSGT, f, ci32(254)), ci32(254), f)
	scale = k.b.NewBitCast(k.b.NewShl(f, ci32(23)), tF32)
	unscale = k.b.NewBitCast(k.b.NewShl(k.sub(ci32(254), f), ci32(23)), tF32)
	return scale, unscale
}

// bf16PairsToHalf converts a vector of 16 dwords, each a pair of bf16 values, to the same
// pairs as halves (nearest even).
func (k *kfn) bf16PairsToHalf(d value.Value) value.Value {
	v16h := types.NewVector(16, tF16)
	inter := make([]constant.Constant, 32)
	for i := range inter {
		inter[i] = ci32(int64(i/2 + 16*(i%2))) // even, odd, even, odd, ...
	}
	ev := k.b.NewFPTrunc(k.b.NewBitCast(k.b.NewShl(d, k.splatC(ci32(16))), k.vecT(tF32)), v16h)
	od := k.b.NewFPTrunc(k.b.NewBitCast(k.b.NewAnd(d, k.splatC(ci32(-65536))), k.vecT(tF32)), v16h)
	return k.b.NewBitCast(k.b.NewShuffleVector(ev, od, constant.NewVector(types.NewVector(32, tI32), inter...)), k.vecT(tI32))
}

// microHalf computes rows t0..t0+rows-1 × columns jr..jr+nr-1 over the k-block with half FMAs
// and adds the result into y (see the file comment).
func (m *matmulKernel) microHalf(w weightPart, bp, xb, inv, ic, pc value.Value, tl tile, kcb int, sh gemmShape, kb kBlock) {
	k := m.k
	nv := sh.nr / k.vw
	v32h := types.NewVector(32, tF16)
	acc := make([]value.Value, tl.rows*nv)
	for i := range acc {
		acc[i] = constant.NewZeroInitializer(v32h)
	}
	acc = m.pairLoop(w, bp, xb, ic, pc, tl, kcb, sh, acc, func(acc, b, a value.Value) value.Value {
		return k.fma(k.b.NewBitCast(a, v32h), k.b.NewBitCast(b, v32h), acc)
	})
	// Flush: add each lane pair in half (the odd lane shifted onto the even one), keep the even
	// lanes (the low half of each dword), widen them, undo the row's scale and add y's partial
	// sum.
	_, lanes, yidx := m.tileStart(tl, nv, constant.True)
	v16i := types.NewVector(16, tI32)
	sh16 := k.splatC(ci32(16))
	cols := func(a value.Value) value.Value {
		d := k.b.NewBitCast(a, v16i)
		pair := k.fadd(a, k.b.NewBitCast(k.b.NewLShr(d, sh16), v32h))
		even := k.b.NewTrunc(k.b.NewBitCast(pair, v16i), types.NewVector(16, tI16))
		return k.b.NewFPExt(k.b.NewBitCast(even, types.NewVector(16, tF16)), k.vecT(tF32))
	}
	out := make([]value.Value, len(acc))
	for r := 0; r < tl.rows; r++ {
		for v := 0; v < nv; v++ {
			out[r*nv+v] = cols(acc[r*nv+v])
		}
	}
	out = k.choose(kb.first, func() []value.Value {
		sum := make([]value.Value, len(out))
		for r := 0; r < tl.rows; r++ {
			s := k.splat(k.load(inv, k.sub(tl.row(k, r), ic)))
			for v := 0; v < nv; v++ {
				sum[r*nv+v] = k.fmul(out[r*nv+v], s)
			}
		}
		return sum
	}, func() []value.Value {
		sum := make([]value.Value, len(out))
		for r := 0; r < tl.rows; r++ {
			s := k.splat(k.load(inv, k.sub(tl.row(k, r), ic)))
			for v := 0; v < nv; v++ {
				sum[r*nv+v] = k.fma(out[r*nv+v], s, k.vloadMask(m.y, yidx(r, v), lanes[v]))
			}
		}
		return sum
	})
	m.tileEnd(tl, out, nv, lanes, yidx, kb.last)
}
