package llvm

import (
	lir "github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// The fast GEMM for q8 weights (see gemm_fast.go): x quantised per row and block, packed
// weights as dwords of four int8, vpdpbusd.

// quantizeX writes x[ic:icEnd, pc:pc+kcb] quantised to xb (kc/4 dwords a row: bytes qx+128)
// and the block scales to xs (kc/32 a row): per block of 32 values, d = max|x|/127 and
// qx = round(x/d) to nearest even; values past kcb are 0 (bytes 128).
func (m *matmulKernel) quantizeX(xb, xs, ic, icEnd, pc value.Value, kcb int, sh gemmShape) {
	k := m.k
	kw, nb := int64(sh.kc/4), int64(sh.kc/Q8Block)
	v32 := types.NewVector(32, tI8)
	v16 := types.NewVector(16, tI8)
	cat := make([]constant.Constant, 32)
	for i := range cat {
		cat[i] = ci32(int64(i))
	}
	catMask := constant.NewVector(types.NewVector(32, tI32), cat...)
	block := func(src, dst, sdst, b value.Value, valid int) {
		off := k.mul(b, ci64(Q8Block))
		v0 := k.vload(src, off, min(16, valid))
		v1 := value.Value(constant.NewZeroInitializer(k.vecT(tF32)))
		if valid > 16 {
			v1 = k.vload(src, k.add(off, ci64(16)), valid-16)
		}
		abs := k.md.intrinsicN("llvm.fabs", k.vecT(tF32), 1)
		amax := k.hmax(k.fmax(k.call(abs, v0), k.call(abs, v1)))
		pos := k.fcmp(enum.FPredOGT, amax, cf32(0))
		d := k.fdiv(amax, cf32(127))
		id := k.sel(pos, k.fdiv(cf32(127), amax), cf32(0))
		rint := k.md.intrinsicN("llvm.rint", k.vecT(tF32), 1)
		q := func(v value.Value) value.Value {
			r := k.b.NewFPToSI(k.call(rint, k.fmul(v, k.splat(id))), k.vecT(tI32))
			return k.b.NewTrunc(k.b.NewAdd(r, k.splatC(ci32(128))), v16)
		}
		bytes := k.b.NewShuffleVector(q(v0), q(v1), catMask)
		p := k.b.NewBitCast(k.gep(dst, k.mul(b, ci64(Q8Block/4))), types.NewPointer(v32))
		st := k.b.NewStore(bytes, p)
		st.Align = 4
		k.store(d, sdst, b)
	}
	k.forRange(ic, icEnd, 1, func(t value.Value) {
		src := k.gep(m.x, k.add(k.mul(t, ci64(int64(m.s.k))), pc))
		dst := k.gep(xb, k.mul(k.sub(t, ic), ci64(kw)))
		sdst := k.gep(xs, k.mul(k.sub(t, ic), ci64(nb)))
		if full := kcb / Q8Block; full > 0 {
			k.forRange(ci64(0), ci64(int64(full)), 1, func(b value.Value) { block(src, dst, sdst, b, Q8Block) })
		}
		if tail := kcb % Q8Block; tail > 0 {
			block(src, dst, sdst, ci64(int64(kcb/Q8Block)), tail)
		}
	})
}

// packQ8 writes, for the columns jr..jr+nr-1 and the blocks of the k-block at pc: bp[4-byte
// group][c] (the int8 weights, dword-transposed), bsc[block][c] (the scales) and
// bcr[block][c] = -128·Σq over the block; all zero past c1.
func (m *matmulKernel) packQ8(w weightPart, bp, bsc, bcr, jr, c1, pc value.Value, kcb int, sh gemmShape) {
	k := m.k
	zero := constant.NewZeroInitializer(k.vecT(tI32))
	ones := k.splatC(ci32(0x01010101))
	dot := k.md.vnniDot(k)
	blocks := (kcb + Q8Block - 1) / Q8Block
	blk0 := k.b.NewLShr(pc, ci64(5)) // first block of the k-block within a row
	for cg := 0; cg < sh.nr; cg += k.vw {
		_, rows, valid := m.rowPtrs(w, jr, c1, cg, pc)
		// chunk handles nbk (1 or 2) blocks from block b of the k-block: 16 columns × 8·nbk dwords.
		chunk := func(b value.Value, nbk int) {
			vs := make([]value.Value, k.vw)
			bt := types.NewVector(uint64(32*nbk), tI8)
			for c := range vs {
				at := k.gep(rows[c].q, k.add(pc, k.mul(b, ci64(Q8Block))))
				l := k.b.NewLoad(bt, k.b.NewBitCast(at, types.NewPointer(bt)))
				l.Align = 1
				raw := value.Value(l)
				if nbk == 1 {
					wide := make([]constant.Constant, 64)
					for i := range wide {
						wide[i] = ci32(int64(min(i, 32))) // lanes past 31: the zero vector's first
					}
					raw = k.b.NewShuffleVector(raw, constant.NewZeroInitializer(bt), constant.NewVector(types.NewVector(64, tI32), wide...))
				}
				vs[c] = k.sel(valid[c], k.b.NewBitCast(raw, k.vecT(tI32)), zero)
			}
			tr := k.transpose(vs)
			for i := 0; i < 8*nbk; i++ {
				at := k.add(k.mul(k.add(k.mul(b, ci64(8)), ci64(int64(i))), ci64(int64(sh.nr))), ci64(int64(cg)))
				k.vstore(tr[i], bp, at, k.vw)
			}
			for h := 0; h < nbk; h++ {
				sum := value.Value(zero)
				for i := 8 * h; i < 8*h+8; i++ {
					sum = k.call(dot, sum, ones, tr[i])
				}
				bb := k.add(b, ci64(int64(h)))
				at := k.add(k.mul(bb, ci64(int64(sh.nr))), ci64(int64(cg)))
				k.vstore(k.b.NewMul(sum, k.splatC(ci32(-128))), bcr, at, k.vw)
				for c := 0; c < k.vw; c++ {
					d := k.sel(valid[c], k.load(rows[c].d, k.add(blk0, bb)), cf32(0))
					k.store(d, bsc, k.add(at, ci64(int64(c))))
				}
			}
		}
		if pairs := blocks / 2; pairs > 0 {
			k.forRange(ci64(0), ci64(int64(2*pairs)), 2, func(b value.Value) { chunk(b, 2) })
		}
		if blocks%2 == 1 {
			chunk(ci64(int64(blocks-1)), 1)
		}
	}
}

// microQ8 computes rows t0..t0+rows-1 × columns jr..jr+nr-1 over the k-block with vpdpbusd;
// xb and xs hold the quantised row block starting at ic.
func (m *matmulKernel) microQ8(w weightPart, bp, bsc, bcr, xb, xs, ic, pc value.Value, tl tile, kcb int, sh gemmShape, kb kBlock) {
	k := m.k
	nv := sh.nr / k.vw
	kw, nb := int64(sh.kc/4), int64(sh.kc/Q8Block)
	dot := k.md.vnniDot(k)
	acc, lanes, yidx := m.tileStart(tl, nv, kb.first)
	rows := tl.rows
	xp := make([]value.Value, rows)
	sp := make([]value.Value, rows)
	for r := range xp {
		row := k.sub(tl.row(k, r), ic)
		xp[r] = k.gep(xb, k.mul(row, ci64(kw)))
		sp[r] = k.gep(xs, k.mul(row, ci64(nb)))
	}
	blocks := (kcb + Q8Block - 1) / Q8Block
	acc = m.tileLoop(w, tl, pc, kcb, blocks, acc, func(b value.Value, cur []value.Value) []value.Value {
		ia := make([]value.Value, len(cur))
		for v := 0; v < nv; v++ {
			cr := k.vload(bcr, k.add(k.mul(b, ci64(int64(sh.nr))), ci64(int64(v*k.vw))), k.vw)
			for r := 0; r < rows; r++ {
				ia[r*nv+v] = cr
			}
		}
		for q := 0; q < Q8Block/4; q++ {
			g := k.add(k.mul(b, ci64(Q8Block/4)), ci64(int64(q)))
			bv := make([]value.Value, nv)
			for v := range bv {
				bv[v] = k.vload(bp, k.add(k.mul(g, ci64(int64(sh.nr))), ci64(int64(v*k.vw))), k.vw)
			}
			for r := 0; r < rows; r++ {
				a := k.splat(k.load(xp[r], g))
				for v := 0; v < nv; v++ {
					ia[r*nv+v] = k.call(dot, ia[r*nv+v], a, bv[v])
				}
			}
		}
		next := make([]value.Value, len(cur))
		for v := 0; v < nv; v++ {
			sw := k.vload(bsc, k.add(k.mul(b, ci64(int64(sh.nr))), ci64(int64(v*k.vw))), k.vw)
			for r := 0; r < rows; r++ {
				scale := k.fmul(sw, k.splat(k.load(sp[r], b)))
				f := k.b.NewSIToFP(ia[r*nv+v], k.vecT(tF32))
				next[r*nv+v] = k.fma(f, scale, cur[r*nv+v])
			}
		}
		return next
	})
	m.tileEnd(tl, acc, nv, lanes, yidx, kb.last)
}

// vnniDot declares vpdpbusd on 16 dwords: src + Σ of four u8(a)·s8(b) products per lane.
func (md *module) vnniDot(k *kfn) *lir.Func {
	v := k.vecT(tI32)
	return md.declare("llvm.x86.avx512.vpdpbusd.512", v, v, v, v)
}

// intrinsicN declares the overloaded intrinsic base on type t with n operands of type t.
func (md *module) intrinsicN(base string, t types.Type, n int) *lir.Func {
	ps := make([]types.Type, n)
	for i := range ps {
		ps[i] = t
	}
	return md.declare(base+"."+typeSuffix(t), t, ps...)
}
