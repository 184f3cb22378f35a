package llvm

import (
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
	"github.com/mtc-dev/mtc/artifact"
)

// Decode: one row of x, every weight byte read once from memory. Measured on a Sapphire Rapids
// core, such a loop reaches the bandwidth of a plain read only when it spends few instructions
// per cache line of weights, so each format gets the shortest loop found:
//
//   - f32: eight rows side by side, one FMA per line of each.
//   - bf16: eight rows side by side (eight streams), and no per-value widening: a dword of two bf16
//     values is the f32 of its odd value once its low half is masked off, and of its even value
//     once shifted left by 16, so 64 bytes become two f32 vectors with one AND and one shift.
//     They multiply the even and the odd values of x, which are separated once per call into a
//     stack buffer (per 32 values: the 16 even, then the 16 odd).
//   - f16 and q8: eight rows side by side as well; f16 widens in hardware, q8 sums the unscaled products
//     of a block and adds them times the block's scale.
//
// A column block of eight rows is followed by single rows up to the end of the range.
//
// Several streams side by side defeat the hardware prefetcher often enough to cost 10-20% of
// the bandwidth on one core (BenchmarkGEMV, bf16: 0.78-0.86 of a plain read without help), so
// every weight row of a block asks for the cache line decodePrefetch bytes ahead of the one it
// reads, once per line. Measured on a Sapphire Rapids core (one thread, 9216×3072, fractions
// of mtc_stream_read, three interleaved runs): eight rows with 512 bytes ahead gave bf16
// 0.93-1.03, f16 0.92-1.02, q8 0.76-0.82; four rows with 1024 bytes ahead 0.93-1.02, 0.90-1.10
// and 0.58-0.65; one row without prefetching 0.62-0.65 (bf16); prefetchnta instead of
// prefetcht0 about 0.55 (bf16). f32 as eight rows 1.03-1.14, as one row at a time (a single
// stream of four lines per step, which the hardware follows by itself) 0.86-1.00.
//
// Near the end of its row each row asks for the start of the same row of the next block (not
// of the next row, which another row of the block is already reading), so a block does not
// begin with eight cold streams: q8 (the shortest rows, 3 KiB) went from 0.75-0.78 to
// 0.83-0.86 of a plain read (BenchmarkGEMV, three alternating pairs), bf16 stayed at 1.0-1.1.

// decodeRows is the number of weight rows read side by side.
const decodeRows = 8

// decodePrefetch is how far ahead, in bytes, each weight row of a decode block asks for its
// cache lines: 8 lines per row, 64 lines in flight for a block of eight rows.
const decodePrefetch = 512

// aheadOf returns the element offset, from the start of each row of a block of rows rows of
// stride elements, whose line the step at element off asks for: decodePrefetch bytes (of
// elements of size bytes) ahead in the same row, or, once that passes the row's end, as far
// into the same row of the next block, so that the next block starts with its lines on the
// way (a row's own end would otherwise lead into the next row, which is already being read).
// Past the matrix it asks for bytes nobody reads, harmless: a prefetch never faults.
func (k *kfn) aheadOf(off value.Value, stride int64, rows, size int) value.Value {
	t := k.add(off, ci64(int64(decodePrefetch/size)))
	if rows == 1 {
		return t
	}
	past := k.icmp(enum.IPredSGE, t, ci64(stride))
	return k.sel(past, k.add(t, ci64(int64(rows-1)*stride)), t)
}

// prefetchAt asks for the line holding element at of row p.
func (k *kfn) prefetchAt(p, at value.Value) { k.prefetch(k.gepAny(p, at)) }

// decode computes output columns [c0, c1) of part w for one row of x.
func (m *matmulKernel) decode(w weightPart, c0, c1 value.Value) {
	k, s := m.k, m.s
	var xp value.Value
	if s.wf == wfBF16 && k.vw == 16 {
		xp = m.splitPairs()
	}
	main := k.add(c0, k.mul(k.sdiv(k.sub(c1, c0), ci64(decodeRows)), ci64(decodeRows)))
	k.forRange(c0, main, decodeRows, func(j value.Value) { m.decodeBlock(w, xp, j, decodeRows) })
	k.forRange(main, c1, 1, func(j value.Value) { m.decodeBlock(w, xp, j, 1) })
}

// splitPairs copies x (one row) into a stack buffer with the values of every 32 reordered as
// the 16 at even positions, then the 16 at odd ones (zero past K).
func (m *matmulKernel) splitPairs() value.Value {
	k, s := m.k, m.s
	chunks := (s.k + 31) / 32
	xp := k.alloca(tF32, int64(32*chunks), 64)
	v32 := types.NewVector(32, tF32)
	even := make([]constant.Constant, 16)
	odd := make([]constant.Constant, 16)
	for i := range even {
		even[i] = ci32(int64(2 * i))
		odd[i] = ci32(int64(2*i + 1))
	}
	mt := types.NewVector(16, tI32)
	chunk := func(c value.Value, valid int) {
		src := k.b.NewBitCast(k.gep(m.x, k.mul(c, ci64(32))), types.NewPointer(v32))
		var raw value.Value
		if valid == 32 {
			l := k.b.NewLoad(v32, src)
			l.Align = 4
			raw = l
		} else {
			raw = k.call(k.md.maskedLoad(v32), src, ci32(4), laneMaskOf(32, valid), constant.NewZeroInitializer(v32))
		}
		dst := k.gep(xp, k.mul(c, ci64(32)))
		ev := k.b.NewShuffleVector(raw, constant.NewUndef(v32), constant.NewVector(mt, even...))
		od := k.b.NewShuffleVector(raw, constant.NewUndef(v32), constant.NewVector(mt, odd...))
		k.storeV16(ev, dst, 0)
		k.storeV16(od, dst, 16)
	}
	if full := s.k / 32; full > 0 {
		k.forRange(ci64(0), ci64(int64(full)), 1, func(c value.Value) { chunk(c, 32) })
	}
	if tail := s.k % 32; tail > 0 {
		chunk(ci64(int64(s.k/32)), tail)
	}
	return xp
}

// storeV16 stores a <16 x float> at p[off].
func (k *kfn) storeV16(v, p value.Value, off int) {
	vt := types.NewVector(16, tF32)
	st := k.b.NewStore(v, k.b.NewBitCast(k.gep(p, ci64(int64(off))), types.NewPointer(vt)))
	st.Align = 64
}

// decodeBlock computes the rows j..j+rows-1 (relative to the part: j - first) of one row of x.
func (m *matmulKernel) decodeBlock(w weightPart, xp, j value.Value, rows int) {
	k, s := m.k, m.s
	var acc []value.Value
	switch {
	case s.wf == wfBF16 && k.vw == 16:
		acc = m.decodeBF16(w, xp, j, rows)
	case s.wf == wfQ8:
		acc = m.decodeQ8(w, j, rows)
	default:
		acc = m.decodeWiden(w, j, rows)
	}
	for c := 0; c < rows; c++ {
		idx := k.add(j, ci64(int64(c)))
		k.store(m.epilogue(k.hsum(acc[c]), idx, nil), m.y, idx)
	}
}

// decodeWiden dots rows weight rows (widened per vector) with x, one accumulator per row.
func (m *matmulKernel) decodeWiden(w weightPart, j value.Value, rows int) []value.Value {
	k, s := m.k, m.s
	wp := make([]value.Value, rows)
	acc := make([]value.Value, rows)
	for c := range wp {
		wp[c] = k.gep(w.ptr, k.mul(k.sub(k.add(j, ci64(int64(c))), w.first), ci64(int64(s.k))))
		acc[c] = constant.NewZeroInitializer(k.vecT(tF32))
	}
	size := int(s.wf.dtype().Size())
	vec := func(off value.Value, lanes int, pf bool, cur []value.Value) []value.Value {
		xv := k.vload(m.x, off, lanes)
		next := make([]value.Value, rows)
		var at value.Value
		if pf {
			at = k.aheadOf(off, int64(s.k), rows, size)
		}
		for c := range next {
			if pf {
				k.prefetchAt(wp[c], at)
			}
			next[c] = k.fma(k.vloadF32(s.wf.dtype(), wp[c], off, lanes), xv, cur[c])
		}
		return next
	}
	// Whole cache lines of every row first, one prefetch per line, then the rest of the row.
	line := 64 / size
	done := 0
	if line%k.vw == 0 && s.k >= line {
		done = s.k / line * line
		acc = k.loop(ci64(0), ci64(int64(done)), int64(line), acc, func(off value.Value, cur []value.Value) []value.Value {
			for v := 0; v < line; v += k.vw {
				cur = vec(k.add(off, ci64(int64(v))), k.vw, v == 0, cur)
			}
			return cur
		})
	}
	for off := done; off < s.k; off += k.vw {
		acc = vec(ci64(int64(off)), min(k.vw, s.k-off), false, acc)
	}
	return acc
}

// decodeBF16 dots rows bf16 weight rows with x split into even and odd values (xp), 64 bytes of
// every row per step: two accumulators per row, summed at the end.
func (m *matmulKernel) decodeBF16(w weightPart, xp, j value.Value, rows int) []value.Value {
	k, s := m.k, m.s
	v32 := types.NewVector(32, tI16)
	i32v := k.vecT(tI32)
	hiMask := k.splatC(ci32(-65536))
	sh := k.splatC(ci32(16))
	wp := make([]value.Value, rows)
	acc := make([]value.Value, 2*rows)
	for c := range wp {
		wp[c] = k.gep(w.ptr, k.mul(k.sub(k.add(j, ci64(int64(c))), w.first), ci64(int64(s.k))))
	}
	for i := range acc {
		acc[i] = constant.NewZeroInitializer(k.vecT(tF32))
	}
	step := func(c32 value.Value, valid int, cur []value.Value) []value.Value {
		off := k.mul(c32, ci64(32))
		xe := k.vload(xp, off, k.vw)
		xo := k.vload(xp, k.add(off, ci64(16)), k.vw)
		next := make([]value.Value, len(cur))
		at := k.aheadOf(off, int64(s.k), rows, 2)
		for c := range wp {
			k.prefetchAt(wp[c], at)
			vp := k.b.NewBitCast(k.gep(wp[c], off), types.NewPointer(v32))
			var raw value.Value
			if valid == 32 {
				l := k.b.NewLoad(v32, vp)
				l.Align = 2
				raw = l
			} else {
				raw = k.call(k.md.maskedLoad(v32), vp, ci32(2), laneMaskOf(32, valid), constant.NewZeroInitializer(v32))
			}
			d := k.b.NewBitCast(raw, i32v)
			ev := k.b.NewBitCast(k.b.NewShl(d, sh), k.vecT(tF32))
			od := k.b.NewBitCast(k.b.NewAnd(d, hiMask), k.vecT(tF32))
			next[2*c] = k.fma(ev, xe, cur[2*c])
			next[2*c+1] = k.fma(od, xo, cur[2*c+1])
		}
		return next
	}
	if full := s.k / 32; full > 0 {
		acc = k.loop(ci64(0), ci64(int64(full)), 1, acc, func(c value.Value, cur []value.Value) []value.Value {
			return step(c, 32, cur)
		})
	}
	if tail := s.k % 32; tail > 0 {
		acc = step(ci64(int64(s.k/32)), tail, acc)
	}
	out := make([]value.Value, rows)
	for c := range out {
		out[c] = k.fadd(acc[2*c], acc[2*c+1])
	}
	return out
}

// decodeQ8 dots rows q8 weight rows with x, block by block: the unscaled products of a block
// are summed and added, times the row's scale of the block, to the row's accumulator.
func (m *matmulKernel) decodeQ8(w weightPart, j value.Value, rows int) []value.Value {
	k, s := m.k, m.s
	qr := make([]q8Row, rows)
	acc := make([]value.Value, rows)
	for c := range qr {
		qr[c] = k.q8RowOf(w.ptr, w.rows, s.k, k.sub(k.add(j, ci64(int64(c))), w.first))
		acc[c] = constant.NewZeroInitializer(k.vecT(tF32))
	}
	vpb := Q8Block / k.vw
	block := func(b value.Value, valid int, cur []value.Value) []value.Value {
		off := k.mul(b, ci64(Q8Block))
		xs := make([]value.Value, vpb)
		for v := range xs {
			if lanes := min(k.vw, valid-v*k.vw); lanes > 0 {
				xs[v] = k.vload(m.x, k.add(off, ci64(int64(v*k.vw))), lanes)
			}
		}
		next := make([]value.Value, rows)
		for c := range next {
			var part value.Value
			for v, xv := range xs {
				if xv == nil {
					break
				}
				// The padding of a partial block is zero, so the whole vector may be read.
				wv := k.q8Chunk(qr[c], k.add(off, ci64(int64(v*k.vw))), k.vw)
				if part == nil {
					part = k.fmul(xv, wv)
				} else {
					part = k.fma(xv, wv, part)
				}
			}
			next[c] = k.fma(part, k.splat(k.load(qr[c].d, b)), cur[c])
		}
		return next
	}
	// Two blocks (one cache line of values) per step, with one prefetch per row.
	full := s.k / Q8Block
	pairs := full / 2
	if pairs > 0 {
		acc = k.loop(ci64(0), ci64(int64(pairs)), 1, acc, func(p value.Value, cur []value.Value) []value.Value {
			b := k.mul(p, ci64(2))
			at := k.aheadOf(k.mul(b, ci64(Q8Block)), artifact.Q8RowBytes(int64(s.k)), rows, 1)
			for c := range qr {
				k.prefetchAt(qr[c].q, at)
			}
			return block(k.add(b, ci64(1)), Q8Block, block(b, Q8Block, cur))
		})
	}
	if full%2 == 1 {
		acc = block(ci64(int64(full-1)), Q8Block, acc)
	}
	if tail := s.k % Q8Block; tail > 0 {
		acc = block(ci64(int64(full)), tail, acc)
	}
	return acc
}
