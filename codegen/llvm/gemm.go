package llvm

import (
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// The GEMM path: many rows of x (prefill). W is row-major [N,K] with K contiguous, as is x, so
// a register-blocked outer product needs one operand transposed: we transpose W, a block at a
// time, into a stack buffer, and amortise that over all rows of x.
//
// Loops, for the columns [c0,c1) of one call (Goto's blocking, with the roles of A and B
// swapped because the split is over W's rows):
//
//	for pc in K by kc:                         k-block
//	  for ic in rows by ≤ mc:                  row block, as few equal ones as fit mc
//	    pack x[ic.., pc:pc+kc] into xp         panels of mr rows, k-major (L2)
//	    for jr in [c0,c1) by nr:               column block
//	      pack W[jr:jr+nr, pc:pc+kc] into bp   f32 [kc][nr], transposed (L1), zero past c1
//	      for ir in [ic, ic+mc) by mr:         tile: mr rows × nr columns
//	        acc = pc == 0 ? 0 : y[ir.., jr..]
//	        for kk in kc: acc[r][v] += xp[ir+r, kk] · bp[kk][v·vw:(v+1)·vw]
//	        y[ir.., jr..] = last k-block ? epilogue(acc) : acc
//
// The microkernel keeps mr·nr/vw accumulators in registers (14×2 vectors of 16 lanes for
// AVX-512, of 32 registers); per k it loads nr/vw vectors of bp and broadcasts mr adjacent
// values of its x panel, so the FMA ports are the bottleneck. Packing converts the weights to
// f32 (bf16 and f16 widened, q8 scaled) and transposes them vw×vw at a time in registers
// (transpose.go), once per row block: for 512 rows, once per call. x is packed because its rows
// are K floats apart, often a multiple of 4 KiB, so mr of them read side by side would fall in
// one set of the L1 cache. Over its first iterations a tile prefetches the next tile's rows of
// y and a row of the next column block's weights (tileLoop). The rows past a multiple of mr
// make one more tile whose missing rows compute copies that are not stored; columns past c1 are
// zero in bp and masked at the stores. y holds the partial sums between k-blocks (the planner
// never lets y share memory with x or the residual). The buffers take about 560 KiB of stack
// (AVX-512), well inside the 8 MiB threads get by default.

// gemmShape is the blocking of the GEMM path.
type gemmShape struct {
	mr, nr int // microkernel rows and columns (nr a multiple of vw)
	kc, mc int // k-block and row-block sizes
}

func (md *module) gemmShape() gemmShape {
	switch {
	case md.vw >= 16:
		return gemmShape{mr: 14, nr: 32, kc: 256, mc: 14 * 37}
	case md.vw == 8:
		return gemmShape{mr: 6, nr: 16, kc: 256, mc: 6 * 86}
	}
	return gemmShape{mr: 4, nr: 8, kc: 256, mc: 4 * 128}
}

// gemm computes output columns [c0, c1) of part w for every row.
func (m *matmulKernel) gemm(w weightPart, c0, c1 value.Value) {
	if m.s.fast {
		m.gemmFast(w, c0, c1)
		return
	}
	k := m.k
	sh := k.md.gemmShape()
	bp := k.alloca(tF32, int64(sh.kc*sh.nr), 64)
	xp := k.alloca(tF32, int64(sh.mc*sh.kc), 64)
	m.kBlocks(sh.kc, func(pc value.Value, kcb int, kb kBlock) {
		m.rowBlockLoop(sh, func(ic, icEnd value.Value) {
			m.packX(xp, ic, icEnd, pc, kcb, sh)
			m.rowBlock(sh, ic, icEnd, c0, c1, func(jr value.Value) {
				m.pack(w, bp, jr, c1, pc, kcb)
			}, func(tl tile) {
				m.gemmMicro(w, bp, xp, ic, pc, tl, kcb, kb)
			})
		})
	})
}

// packX copies x[ic:icEnd, pc:pc+kcb] into xp as panels of mr rows: row ic+p·mr+r, column
// pc+kk goes to xp[(p·kc + kk)·mr + r], so a microkernel's broadcasts of one k are adjacent and
// its panel is read in order. (Rows of x are K floats apart, often a multiple of 4 KiB, so
// reading mr of them side by side would keep hitting one set of the L1 cache.) A panel is
// copied vw columns at a time: vw vectors, one per row (zero past the panel's rows), are
// transposed, and each result, the panel's rows at one k, is stored as mr lanes.
func (m *matmulKernel) packX(xp, ic, icEnd, pc value.Value, kcb int, sh gemmShape) {
	k := m.k
	mr := int64(sh.mr)
	zero := constant.NewZeroInitializer(k.vecT(tF32))
	panels := k.sdiv(k.add(k.sub(icEnd, ic), ci64(mr-1)), ci64(mr))
	k.forRange(ci64(0), panels, 1, func(p value.Value) {
		t0 := k.add(ic, k.mul(p, ci64(mr)))
		n := k.sub(icEnd, t0) // rows of this panel: mr, or fewer in the last
		srcs := make([]value.Value, sh.mr)
		ok := make([]value.Value, sh.mr)
		for r := range srcs {
			ok[r] = k.icmp(enum.IPredSLT, ci64(int64(r)), n)
			row := k.sel(ok[r], k.add(t0, ci64(int64(r))), t0)
			srcs[r] = k.gep(m.x, k.add(k.mul(row, ci64(int64(m.s.k))), pc))
		}
		dst := k.gep(xp, k.mul(p, ci64(int64(sh.kc)*mr)))
		k.each(kcb, func(kk value.Value, lanes int) {
			vs := make([]value.Value, k.vw)
			for r := range vs {
				vs[r] = value.Value(zero)
				if r < sh.mr {
					vs[r] = k.sel(ok[r], k.vload(srcs[r], kk, lanes), zero)
				}
			}
			tr := k.transpose(vs)
			for i := 0; i < lanes; i++ {
				k.vstore(tr[i], dst, k.mul(k.add(kk, ci64(int64(i))), ci64(mr)), sh.mr)
			}
		})
	})
}

// kBlock says whether a k-block is the first of K (the accumulators start at zero) and the last
// (the epilogue runs): i1 values, constants where known at compile time.
type kBlock struct{ first, last value.Value }

// kBlocks calls body for every k-block of K with its constant length kcb: a loop over the full
// blocks of kc, then the remainder.
func (m *matmulKernel) kBlocks(kc int, body func(pc value.Value, kcb int, kb kBlock)) {
	k, K := m.k, m.s.k
	full, rem := K/kc, K%kc
	switch {
	case full == 1:
		body(ci64(0), kc, kBlock{constant.True, constant.NewBool(rem == 0)})
	case full > 1:
		k.forRange(ci64(0), ci64(int64(full*kc)), int64(kc), func(pc value.Value) {
			kb := kBlock{first: k.icmp(enum.IPredEQ, pc, ci64(0)), last: constant.False}
			if rem == 0 {
				kb.last = k.icmp(enum.IPredEQ, pc, ci64(int64((full-1)*kc)))
			}
			body(pc, kc, kb)
		})
	}
	if rem > 0 {
		body(ci64(int64(full*kc)), rem, kBlock{constant.NewBool(full == 0), constant.True})
	}
}

// rowBlockLoop calls body for the row blocks [ic, icEnd) that cover the rows: as few as hold at
// most mc rows each, of equal size rounded up to a multiple of mr (so that 512 rows with
// mc = 364 make two blocks of 266 and 246, not 364 and 148).
func (m *matmulKernel) rowBlockLoop(sh gemmShape, body func(ic, icEnd value.Value)) {
	if sh.mc%sh.mr != 0 {
		panic("codegen/llvm: a row block must hold whole microkernel tiles") // the buffers hold mc rows
	}
	k := m.k
	mc, mr := ci64(int64(sh.mc)), ci64(int64(sh.mr))
	blocks := k.sdiv(k.add(m.rows, ci64(int64(sh.mc-1))), mc)
	per := k.sdiv(k.add(m.rows, k.sub(blocks, ci64(1))), blocks)
	per = k.mul(k.sdiv(k.add(per, ci64(int64(sh.mr-1))), mr), mr)
	k.forRange(ci64(0), blocks, 1, func(b value.Value) {
		ic := k.mul(b, per)
		body(ic, k.smin(k.add(ic, per), m.rows))
	})
}

// tile is the block of outputs one microkernel computes: rows t0..t0+rows-1, of which the
// first valid are real (all when valid is nil), × columns jr..jr+nr-1 below c1.
type tile struct {
	t0     value.Value
	rows   int
	valid  value.Value
	jr, c1 value.Value
	// wnext is the weight row (relative to the matrix) of the next column block that this
	// tile prefetches while it computes; nil for none.
	wnext value.Value
}

// row returns the row of x and y that register row r of the tile computes: t0+r, or t0 for a
// row past valid (a copy of row 0, never stored, so that nothing past the last row is read).
func (tl tile) row(k *kfn, r int) value.Value {
	if tl.valid == nil || r == 0 {
		return k.add(tl.t0, ci64(int64(r)))
	}
	return k.add(tl.t0, k.sel(k.icmp(enum.IPredSLT, ci64(int64(r)), tl.valid), ci64(int64(r)), ci64(0)))
}

// rowBlock runs, for every column block jr of [c0,c1), pack(jr) and then micro over the rows
// [ic, icEnd): tiles of mr rows, and one tile for the rest with fewer valid rows. The p-th tile
// of mr rows is to prefetch weight row p of the next column block.
func (m *matmulKernel) rowBlock(sh gemmShape, ic, icEnd, c0, c1 value.Value, pack func(jr value.Value), micro func(tl tile)) {
	k := m.k
	n := k.sub(icEnd, ic)
	main := k.add(ic, k.mul(k.sdiv(n, ci64(int64(sh.mr))), ci64(int64(sh.mr))))
	rest := k.sub(icEnd, main)
	k.forRange(c0, c1, int64(sh.nr), func(jr value.Value) {
		pack(jr)
		next := k.add(jr, ci64(int64(sh.nr)))
		k.forRange(ic, main, int64(sh.mr), func(t value.Value) {
			// The weights of the next column block come from memory: the p-th tile asks for
			// its row p mod nr while the FMA units are busy.
			p := k.srem(k.sdiv(k.sub(t, ic), ci64(int64(sh.mr))), ci64(int64(sh.nr)))
			micro(tile{t0: t, rows: sh.mr, jr: jr, c1: c1, wnext: k.add(next, p)})
		})
		k.ifElse(k.icmp(enum.IPredSGT, rest, ci64(0)), func() {
			micro(tile{t0: main, rows: sh.mr, valid: rest, jr: jr, c1: c1})
		}, nil)
	})
}

// rowPtrs returns, for the vw weight rows jr+base+c (c < vw) of part w, a pointer to element
// pc of each row's storage and whether the row is below c1; rows past c1 point at row jr, which
// always exists.
func (m *matmulKernel) rowPtrs(w weightPart, jr, c1 value.Value, base int, pc value.Value) (ptrs []value.Value, q8 []q8Row, valid []value.Value) {
	k, s := m.k, m.s
	for c := 0; c < k.vw; c++ {
		j := k.add(jr, ci64(int64(base+c)))
		ok := k.icmp(enum.IPredSLT, j, c1)
		rel := k.sub(k.sel(ok, j, jr), w.first)
		valid = append(valid, ok)
		if s.wf == wfQ8 {
			q8 = append(q8, k.q8RowOf(w.ptr, w.rows, s.k, rel))
			continue
		}
		ptrs = append(ptrs, k.gep(w.ptr, k.add(k.mul(rel, ci64(int64(s.k))), pc)))
	}
	return ptrs, q8, valid
}

// pack writes bp[kk][c] = W[jr+c, pc+kk] as f32 for kk < kcb, c < nr (zero for jr+c ≥ c1).
func (m *matmulKernel) pack(w weightPart, bp, jr, c1, pc value.Value, kcb int) {
	k, s := m.k, m.s
	sh := k.md.gemmShape()
	zero := constant.NewZeroInitializer(k.vecT(tF32))
	for cg := 0; cg < sh.nr; cg += k.vw {
		ptrs, q8, valid := m.rowPtrs(w, jr, c1, cg, pc)
		chunk := func(kk value.Value, lanes int) {
			vs := make([]value.Value, k.vw)
			for c := range vs {
				if s.wf == wfQ8 {
					idx := k.add(pc, kk)
					d := k.load(q8[c].d, k.b.NewLShr(idx, ci64(5)))
					vs[c] = k.fmul(k.q8Chunk(q8[c], idx, lanes), k.splat(d))
				} else {
					vs[c] = k.vloadF32(s.wf.dtype(), ptrs[c], kk, lanes)
				}
				vs[c] = k.sel(valid[c], vs[c], zero)
			}
			tr := k.transpose(vs)
			for i := 0; i < lanes; i++ {
				at := k.add(k.mul(k.add(kk, ci64(int64(i))), ci64(int64(sh.nr))), ci64(int64(cg)))
				k.vstore(tr[i], bp, at, k.vw)
			}
		}
		k.each(kcb, chunk)
	}
}

// gemmMicro computes a tile over the k-block packed in bp, its rows read from the panels of
// xp (packX, row block from ic; rows past a panel's end are zero there).
func (m *matmulKernel) gemmMicro(w weightPart, bp, xp, ic, pc value.Value, tl tile, kcb int, kb kBlock) {
	k := m.k
	sh := k.md.gemmShape()
	nv := sh.nr / k.vw
	mr := int64(sh.mr)
	acc, lanes, yidx := m.tileStart(tl, nv, kb.first)
	rel := k.sub(tl.t0, ic)
	panel := k.gep(xp, k.add(k.mul(k.sdiv(rel, ci64(mr)), ci64(int64(sh.kc)*mr)), k.srem(rel, ci64(mr))))
	unroll := 1
	if kcb%2 == 0 {
		unroll = 2 // two k per iteration: half the loop overhead
	}
	acc = m.tileLoop(w, tl, pc, kcb, kcb/unroll, acc, func(i value.Value, cur []value.Value) []value.Value {
		next := cur
		for u := 0; u < unroll; u++ {
			kk := k.add(k.mul(i, ci64(int64(unroll))), ci64(int64(u)))
			bv := make([]value.Value, nv)
			for v := range bv {
				bv[v] = k.vload(bp, k.add(k.mul(kk, ci64(int64(sh.nr))), ci64(int64(v*k.vw))), k.vw)
			}
			col := k.mul(kk, ci64(mr))
			out := make([]value.Value, len(cur))
			for r := 0; r < tl.rows; r++ {
				a := k.splat(k.load(panel, k.add(col, ci64(int64(r)))))
				for v := 0; v < nv; v++ {
					out[r*nv+v] = k.fma(a, bv[v], next[r*nv+v])
				}
			}
			next = out
		}
		return next
	})
	m.tileEnd(tl, acc, nv, lanes, yidx, kb.last)
}

// tileLoop runs a microkernel's loop of steps iterations (carrying acc) and spreads over its
// first iterations, one per step, the prefetches of the lines a full tile will need next: the
// next tile's rows of y (written a k-block ago, so far from the core by now; their stores need
// them too) and the next column block's part of weight row tl.wnext (bytes [pc, pc+kcb) of the
// row's storage, read by the next pack). Asked for all at once, they would stall the tile's
// start waiting for fill buffers.
func (m *matmulKernel) tileLoop(w weightPart, tl tile, pc value.Value, kcb, steps int, acc []value.Value, step func(i value.Value, cur []value.Value) []value.Value) []value.Value {
	k, s := m.k, m.s
	if tl.wnext == nil {
		return k.loop(ci64(0), ci64(int64(steps)), 1, acc, step)
	}
	sh := k.md.gemmShape()
	i8p := types.NewPointer(tI8)
	perRow := max(1, sh.nr*4/64) // lines of a tile row of y
	yLines := tl.rows * perRow
	wBytes := kcb * s.wf.bytes()
	n := min(steps, yLines+(wBytes+63)/64)
	rel := k.sub(tl.wnext, w.first)
	var wrow value.Value
	if s.wf == wfQ8 {
		wrow = k.gep(k.q8RowOf(w.ptr, w.rows, s.k, rel).q, pc)
	} else {
		wrow = k.gep(w.ptr, k.add(k.mul(rel, ci64(int64(s.k))), pc))
	}
	wrow = k.b.NewBitCast(wrow, i8p)
	N := ci64(int64(s.n))
	acc = k.loop(ci64(0), ci64(int64(n)), 1, acc, func(i value.Value, cur []value.Value) []value.Value {
		row := k.add(k.add(tl.t0, ci64(int64(tl.rows))), k.sdiv(i, ci64(int64(perRow))))
		col := k.add(tl.jr, k.mul(k.srem(i, ci64(int64(perRow))), ci64(16)))
		ya := k.b.NewBitCast(k.gep(m.y, k.add(k.mul(row, N), col)), i8p)
		wa := k.gep(wrow, k.mul(k.sub(i, ci64(int64(yLines))), ci64(64)))
		// y is needed by the next tile, the weights by the next pack, tens of tiles later: the
		// L2 cache keeps them without evicting this tile's packed block from L1.
		k.when(k.icmp(enum.IPredSLT, i, ci64(int64(yLines))), func() { k.prefetchTo(ya, 3) }, func() { k.prefetchTo(wa, 2) })
		return step(i, cur)
	})
	if n < steps {
		acc = k.loop(ci64(int64(n)), ci64(int64(steps)), 1, acc, step)
	}
	return acc
}
