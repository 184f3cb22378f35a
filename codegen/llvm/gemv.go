package llvm

import (
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/value"
)

// The GEMV path: fewer than gemmMinRows rows of x (decode, the LM head's R rows, short steps).
// Every weight row is read straight from its row-major storage, which is what bounds decode: the
// weight bytes, streamed at memory bandwidth. One row of x takes decode.go's loops; for 2 to
// gemmMinRows-1 rows, each weight row in turn is dotted with up to gemvRows rows of x at once
// (it stays in L1 for the rest), with U independent accumulators per row of x (consecutive
// vectors of k go to accumulator i mod U) to cover the FMA latency; the accumulators are summed
// and their lanes added at the end of the row. For q8 the unit is a block of 32 values: the
// unscaled products of a block are summed, then added, times the block's scale, into
// accumulator b mod U.

// gemmMinRows is the row count from which a matmul takes the GEMM path: below it, packing a
// block of W costs more than it saves.
const gemmMinRows = 6

// gemvRows is the number of rows of x a weight row is dotted with at once.
const gemvRows = 4

// gemvUnroll is the number of accumulators per row of x for rt rows at once.
func gemvUnroll(rt int) int {
	if rt == 1 {
		return 4
	}
	return 2
}

// gemv computes output columns [c0, c1) of part w for every row.
func (m *matmulKernel) gemv(w weightPart, c0, c1 value.Value) {
	k := m.k
	k.ifElse(k.icmp(enum.IPredEQ, m.rows, ci64(1)), func() { m.decode(w, c0, c1) }, func() { m.gemvRows(w, c0, c1) })
}

// gemvRows computes output columns [c0, c1) of part w for 2..gemmMinRows-1 rows.
func (m *matmulKernel) gemvRows(w weightPart, c0, c1 value.Value) {
	k := m.k
	main := k.mul(k.sdiv(m.rows, ci64(gemvRows)), ci64(gemvRows))
	k.forRange(c0, c1, 1, func(j value.Value) {
		k.forRange(ci64(0), main, gemvRows, func(t value.Value) { m.gemvRow(w, j, t, gemvRows) })
		k.forRange(main, m.rows, 1, func(t value.Value) { m.gemvRow(w, j, t, 1) })
	})
}

// gemvRow computes column j for rows t0..t0+rt-1.
func (m *matmulKernel) gemvRow(w weightPart, j, t0 value.Value, rt int) {
	k, s := m.k, m.s
	K := ci64(int64(s.k))
	U := gemvUnroll(rt)
	xp := make([]value.Value, rt)
	for r := range xp {
		xp[r] = k.gep(m.x, k.mul(k.add(t0, ci64(int64(r))), K))
	}
	acc := make([]value.Value, rt*U)
	for i := range acc {
		acc[i] = constant.NewZeroInitializer(k.vecT(tF32))
	}
	rel := k.sub(j, w.first)
	if s.wf == wfQ8 {
		acc = m.gemvQ8(k.q8RowOf(w.ptr, w.rows, s.k, rel), xp, U, acc)
	} else {
		wp := k.gep(w.ptr, k.mul(rel, K))
		dt := s.wf.dtype()
		// step accumulates the vector at off into accumulator set u.
		step := func(off value.Value, lanes, u int, acc []value.Value) {
			wv := k.vloadF32(dt, wp, off, lanes)
			for r := 0; r < rt; r++ {
				acc[r*U+u] = k.fma(k.vload(xp[r], off, lanes), wv, acc[r*U+u])
			}
		}
		span := U * k.vw
		groups := s.k / span
		if groups > 0 {
			acc = k.loop(ci64(0), ci64(int64(groups*span)), int64(span), acc, func(off value.Value, cur []value.Value) []value.Value {
				next := append([]value.Value(nil), cur...)
				for u := 0; u < U; u++ {
					step(k.add(off, ci64(int64(u*k.vw))), k.vw, u, next)
				}
				return next
			})
		}
		for i, off := 0, groups*span; off < s.k; i, off = i+1, off+k.vw {
			step(ci64(int64(off)), min(k.vw, s.k-off), i%U, acc)
		}
	}
	N := ci64(int64(s.n))
	for r := 0; r < rt; r++ {
		sum := acc[r*U]
		for u := 1; u < U; u++ {
			sum = k.fadd(sum, acc[r*U+u])
		}
		idx := k.add(k.mul(k.add(t0, ci64(int64(r))), N), j)
		k.store(m.epilogue(k.hsum(sum), idx, nil), m.y, idx)
	}
}

// gemvQ8 accumulates the q8 block products of a weight row with rows xp of x into acc (U sets
// per row of x).
func (m *matmulKernel) gemvQ8(row q8Row, xp []value.Value, U int, acc []value.Value) []value.Value {
	k, s := m.k, m.s
	rt := len(xp)
	vpb := Q8Block / k.vw // vectors per block (vw ≤ 32)
	// block adds block b (valid values inside K) into accumulator set u.
	block := func(b value.Value, valid, u int, acc []value.Value) {
		off := k.mul(b, ci64(Q8Block))
		part := make([]value.Value, rt)
		for v := 0; v < vpb; v++ {
			lanes := min(k.vw, valid-v*k.vw)
			if lanes <= 0 {
				break
			}
			o := k.add(off, ci64(int64(v*k.vw)))
			// The padding of a partial block is zero, so the whole vector may be read.
			wv := k.q8Chunk(row, o, k.vw)
			for r := 0; r < rt; r++ {
				xv := k.vload(xp[r], o, lanes)
				if part[r] == nil {
					part[r] = k.fmul(xv, wv)
				} else {
					part[r] = k.fma(xv, wv, part[r])
				}
			}
		}
		d := k.splat(k.load(row.d, b))
		for r := 0; r < rt; r++ {
			acc[r*U+u] = k.fma(part[r], d, acc[r*U+u])
		}
	}
	full := s.k / Q8Block
	groups := full / U
	if groups > 0 {
		acc = k.loop(ci64(0), ci64(int64(groups*U)), int64(U), acc, func(b value.Value, cur []value.Value) []value.Value {
			next := append([]value.Value(nil), cur...)
			for u := 0; u < U; u++ {
				block(k.add(b, ci64(int64(u))), Q8Block, u, next)
			}
			return next
		})
	}
	for b := groups * U; b < full; b++ {
		block(ci64(int64(b)), Q8Block, b%U, acc)
	}
	if tail := s.k % Q8Block; tail > 0 {
		block(ci64(int64(full)), tail, full%U, acc)
	}
	return acc
}
