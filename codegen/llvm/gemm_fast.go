package llvm

import (
	lir "github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// Fast precision (Options.Precision "fast") changes only the GEMM path, for two formats, on
// targets with 16 lanes and the dot-product instructions:
//
//   - bf16 weights: the activations are rounded to bf16 (vcvtne2ps2bf16: nearest even), and
//     vdpbf16ps adds the products of two bf16 pairs into each f32 lane. Pairs of k are the unit:
//     bp holds [kc/2][nr] dwords, each W[j,2p] and W[j,2p+1] (a dword of the row-major storage,
//     so packing is a dword transpose with no conversion), and each row of x becomes kc/2 bf16
//     pairs that the microkernel broadcasts.
//   - q8 weights: the activations are quantised per row and block of 32 (scale max|x|/127,
//     round to nearest even) and vpdpbusd adds four u8·s8 products into each i32 lane. x is
//     offset to unsigned (qx+128), so a block's integer sum is Σqx·qw + 128·Σqw; the packing
//     stores -128·Σqw per column and block, which starts the block's integer accumulators. After
//     each block the microkernel converts them to f32 and adds them, times the two scales, to
//     the f32 accumulators: mr·nr/16 integer and as many float accumulators share the
//     registers, so the microkernel has half the rows.
//
// Both reuse the loops of gemm.go; the x block of mc rows × kc is converted once per row
// block and k-block into a stack buffer shared by all column blocks.

// fastShape is the blocking of the fast GEMM for format wf.
func (md *module) fastShape(wf wformat) gemmShape {
	if wf == wfQ8 {
		return gemmShape{mr: 6, nr: 32, kc: 256, mc: 6 * 42}
	}
	return gemmShape{mr: 14, nr: 32, kc: 256, mc: 14 * 18}
}

// vkPer is the number of k values one dword holds: 2 bf16 or 4 int8.
func vkPer(wf wformat) int {
	if wf == wfQ8 {
		return 4
	}
	return 2
}

func (m *matmulKernel) gemmFast(w weightPart, c0, c1 value.Value) {
	k := m.k
	if k.md.halfFast(m.s.wf) {
		m.gemmHalf(w, c0, c1)
		return
	}
	sh := k.md.fastShape(m.s.wf)
	per := vkPer(m.s.wf)
	kw := sh.kc / per // dwords of a k-block row
	bp := k.alloca(tI32, int64(kw*sh.nr), 64)
	xb := k.alloca(tI32, int64(sh.mc*kw), 64)
	var xs, bsc, bcr value.Value
	nb := sh.kc / Q8Block
	if m.s.wf == wfQ8 {
		xs = k.alloca(tF32, int64(sh.mc*nb), 64)
		bsc = k.alloca(tF32, int64(nb*sh.nr), 64)
		bcr = k.alloca(tI32, int64(nb*sh.nr), 64)
	}
	m.kBlocks(sh.kc, func(pc value.Value, kcb int, kb kBlock) {
		m.rowBlockLoop(sh, func(ic, icEnd value.Value) {
			if m.s.wf == wfQ8 {
				m.quantizeX(xb, xs, ic, icEnd, pc, kcb, sh)
			} else {
				m.roundX(xb, ic, icEnd, pc, kcb, sh)
			}
			m.rowBlock(sh, ic, icEnd, c0, c1, func(jr value.Value) {
				if m.s.wf == wfQ8 {
					m.packQ8(w, bp, bsc, bcr, jr, c1, pc, kcb, sh)
				} else {
					m.packPairs(w, bp, jr, c1, pc, kcb, sh, nil)
				}
			}, func(tl tile) {
				if m.s.wf == wfQ8 {
					m.microQ8(w, bp, bsc, bcr, xb, xs, ic, pc, tl, kcb, sh, kb)
				} else {
					m.microBF16(w, bp, xb, ic, pc, tl, kcb, sh, kb)
				}
			})
		})
	})
}

// roundX writes the bf16 pairs of x[ic:icEnd, pc:pc+kcb] to xb, kc/2 dwords a row (the pair
// past an odd kcb padded with zero).
func (m *matmulKernel) roundX(xb, ic, icEnd, pc value.Value, kcb int, sh gemmShape) {
	k := m.k
	kw := int64(sh.kc / 2)
	cvt := k.md.declare("llvm.x86.avx512bf16.cvtne2ps2bf16.512", types.NewVector(32, tI16), k.vecT(tF32), k.vecT(tF32))
	k.forRange(ic, icEnd, 1, func(t value.Value) {
		src := k.gep(m.x, k.add(k.mul(t, ci64(int64(m.s.k))), pc))
		dst := k.gep(xb, k.mul(k.sub(t, ic), ci64(kw)))
		for off := 0; off < kcb; off += 32 {
			lo := k.vload(src, ci64(int64(off)), min(16, kcb-off))
			hi := constant.Constant(constant.NewZeroInitializer(k.vecT(tF32)))
			var hv value.Value = hi
			if kcb-off > 16 {
				hv = k.vload(src, ci64(int64(off+16)), min(16, kcb-off-16))
			}
			pairs := k.call(cvt, hv, lo) // lanes 0-15: lo, 16-31: hi
			k.vstore(k.b.NewBitCast(pairs, k.vecT(tI32)), dst, ci64(int64(off/2)), k.vw)
		}
	})
}

// packPairs writes bp[p][c] = the dword of 16-bit pair p of row jr+c at k = pc+2p (p < kcb/2
// rounded up; zero past c1 and past the k-block), each vector of 16 dwords passed through conv
// when it is not nil.
func (m *matmulKernel) packPairs(w weightPart, bp, jr, c1, pc value.Value, kcb int, sh gemmShape, conv func(d value.Value) value.Value) {
	k := m.k
	zero := constant.NewZeroInitializer(k.vecT(tI32))
	v32 := types.NewVector(32, tI16)
	for cg := 0; cg < sh.nr; cg += k.vw {
		ptrs, _, valid := m.rowPtrs(w, jr, c1, cg, pc)
		// chunk transposes 16 columns × the pairs of elems bf16 values from pair p.
		chunk := func(p value.Value, elems int) {
			vs := make([]value.Value, k.vw)
			for c := range vs {
				vp := k.b.NewBitCast(k.gep(ptrs[c], k.mul(p, ci64(2))), types.NewPointer(v32))
				var raw value.Value
				if elems == 32 {
					l := k.b.NewLoad(v32, vp)
					l.Align = 2
					raw = l
				} else {
					raw = k.call(k.md.maskedLoad(v32), vp, ci32(2), laneMaskOf(32, elems), constant.NewZeroInitializer(v32))
				}
				d := value.Value(k.b.NewBitCast(raw, k.vecT(tI32)))
				if conv != nil {
					d = conv(d)
				}
				vs[c] = k.sel(valid[c], d, zero)
			}
			tr := k.transpose(vs)
			for i := 0; i < (elems+1)/2; i++ {
				at := k.add(k.mul(k.add(p, ci64(int64(i))), ci64(int64(sh.nr))), ci64(int64(cg)))
				k.vstore(tr[i], bp, at, k.vw)
			}
		}
		if full := kcb / 32; full > 0 {
			k.forRange(ci64(0), ci64(int64(full*16)), 16, func(p value.Value) { chunk(p, 32) })
		}
		if tail := kcb % 32; tail > 0 {
			chunk(ci64(int64(kcb/32*16)), tail)
		}
	}
}

// laneMaskOf is the constant mask of n lanes whose first set lanes are true.
func laneMaskOf(n, set int) constant.Constant {
	elems := make([]constant.Constant, n)
	for i := range elems {
		elems[i] = constant.NewBool(i < set)
	}
	return constant.NewVector(types.NewVector(uint64(n), tI1), elems...)
}

// microBF16 computes rows t0..t0+rows-1 × columns jr..jr+nr-1 over the k-block with vdpbf16ps;
// xb holds the bf16 pairs of the row block starting at ic.
func (m *matmulKernel) microBF16(w weightPart, bp, xb, ic, pc value.Value, tl tile, kcb int, sh gemmShape, kb kBlock) {
	k := m.k
	nv := sh.nr / k.vw
	dot := k.md.declare("llvm.x86.avx512bf16.dpbf16ps.512", k.vecT(tF32), k.vecT(tF32), k.vecT(tI32), k.vecT(tI32))
	acc, lanes, yidx := m.tileStart(tl, nv, kb.first)
	acc = m.pairLoop(w, bp, xb, ic, pc, tl, kcb, sh, acc, func(acc, b, a value.Value) value.Value {
		return k.call(dot, acc, b, a)
	})
	m.tileEnd(tl, acc, nv, lanes, yidx, kb.last)
}

// pairLoop runs a tile's loop over the k-block for the pair layouts (bp holds [kc/2][nr]
// dwords, xb the pairs of the row block from ic): per pair p it loads the nr/vw vectors of bp
// and updates accumulator (r, v) to mac(acc, bp vector v, row r's pair p in every dword).
func (m *matmulKernel) pairLoop(w weightPart, bp, xb, ic, pc value.Value, tl tile, kcb int, sh gemmShape, acc []value.Value, mac func(acc, b, a value.Value) value.Value) []value.Value {
	k := m.k
	nv := sh.nr / k.vw
	kw := int64(sh.kc / 2)
	xp := make([]value.Value, tl.rows)
	for r := range xp {
		xp[r] = k.gep(xb, k.mul(k.sub(tl.row(k, r), ic), ci64(kw)))
	}
	return m.tileLoop(w, tl, pc, kcb, (kcb+1)/2, acc, func(p value.Value, cur []value.Value) []value.Value {
		bv := make([]value.Value, nv)
		for v := range bv {
			bv[v] = k.vload(bp, k.add(k.mul(p, ci64(int64(sh.nr))), ci64(int64(v*k.vw))), k.vw)
		}
		next := make([]value.Value, len(cur))
		for r := 0; r < tl.rows; r++ {
			a := k.splat(k.load(xp[r], p))
			for v := 0; v < nv; v++ {
				next[r*nv+v] = mac(cur[r*nv+v], bv[v], a)
			}
		}
		return next
	})
}

// tileStart returns the accumulators of a tile (zero in the first k-block, else the partial
// sums in y), the valid lanes of each column vector and the y index of each vector.
func (m *matmulKernel) tileStart(tl tile, nv int, first value.Value) (acc, lanes []value.Value, yidx func(r, v int) value.Value) {
	k := m.k
	N := ci64(int64(m.s.n))
	ncols := k.sub(tl.c1, tl.jr)
	lanes = make([]value.Value, nv)
	for v := range lanes {
		lanes[v] = k.sub(ncols, ci64(int64(v*k.vw)))
	}
	yidx = func(r, v int) value.Value {
		return k.add(k.mul(tl.row(k, r), N), k.add(tl.jr, ci64(int64(v*k.vw))))
	}
	zero := constant.NewZeroInitializer(k.vecT(tF32))
	zeros := func() []value.Value {
		acc := make([]value.Value, tl.rows*nv)
		for i := range acc {
			acc[i] = zero
		}
		return acc
	}
	load := func() []value.Value {
		acc := make([]value.Value, tl.rows*nv)
		for r := 0; r < tl.rows; r++ {
			for v := 0; v < nv; v++ {
				acc[r*nv+v] = k.vloadMask(m.y, yidx(r, v), lanes[v])
			}
		}
		return acc
	}
	return k.choose(first, zeros, load), lanes, yidx
}

// tileEnd stores a tile's valid rows, through the epilogue after the last k-block.
func (m *matmulKernel) tileEnd(tl tile, acc []value.Value, nv int, lanes []value.Value, yidx func(r, v int) value.Value, last value.Value) {
	k := m.k
	store := func(epi bool) func() {
		return func() {
			for r := 0; r < tl.rows; r++ {
				row := func() {
					for v := 0; v < nv; v++ {
						idx := yidx(r, v)
						out := acc[r*nv+v]
						if epi {
							out = m.epilogue(out, idx, lanes[v])
						}
						k.vstoreMask(out, m.y, idx, lanes[v])
					}
				}
				if tl.valid == nil || r == 0 {
					row()
				} else {
					k.ifElse(k.icmp(enum.IPredSLT, ci64(int64(r)), tl.valid), row, nil)
				}
			}
		}
	}
	k.when(last, store(true), store(false))
}

// when runs then or els by the i1 value cond, emitting a branch only when cond is not a
// constant.
func (k *kfn) when(cond value.Value, then, els func()) {
	if c, ok := cond.(*constant.Int); ok {
		if c.X.Sign() != 0 {
			then()
		} else {
			els()
		}
		return
	}
	k.ifElse(cond, then, els)
}

// choose returns the values computed by then or by els, by the i1 value cond (through phis when
// cond is not a constant).
func (k *kfn) choose(cond value.Value, then, els func() []value.Value) []value.Value {
	if c, ok := cond.(*constant.Int); ok {
		if c.X.Sign() != 0 {
			return then()
		}
		return els()
	}
	tb, eb, join := k.block("then"), k.block("else"), k.block("join")
	k.b.NewCondBr(cond, tb, eb)
	k.b = tb
	tv := then()
	tEnd := k.b
	k.b.NewBr(join)
	k.b = eb
	ev := els()
	eEnd := k.b
	k.b.NewBr(join)
	k.moveLast(join)
	k.b = join
	out := make([]value.Value, len(tv))
	for i := range tv {
		out[i] = join.NewPhi(lir.NewIncoming(tv[i], tEnd), lir.NewIncoming(ev[i], eEnd))
	}
	return out
}

// prefetchTo asks for the cache line at p with LLVM's locality hint: 3 for the L1 cache, 2 for
// L2 (x86 prefetcht0, prefetcht1).
func (k *kfn) prefetchTo(p value.Value, locality int64) {
	i8p := types.NewPointer(tI8)
	f := k.md.declare("llvm.prefetch.p0i8", types.Void, i8p, tI32, tI32, tI32)
	k.call(f, k.b.NewBitCast(p, i8p), ci32(0), ci32(locality), ci32(1))
}
