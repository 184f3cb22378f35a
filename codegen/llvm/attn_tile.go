package llvm

import (
	"math"

	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
	"github.com/mtc-dev/mtc/ir"
)

// A tile is the unit of attention work: a fixed number of query rows (query heads of one KV
// group, at one or more positions) against a range of keys of that KV head, with an online
// softmax, so that no score matrix is ever stored. Keys are taken in blocks of nkv vectors
// (nkv·vw keys, nkv key blocks of the layout; prefill tiles take 2, decode tiles 1, see
// tileKind); for each block:
//
//  1. scores: for groups of rows, nkv accumulator vectors per row hold the block's scores; for
//     each dimension d, nkv loads from the (transposed, see attn_layout.go) key block and nkv
//     fused multiply-adds per row with q[d] broadcast from memory. The keys are read from
//     memory once per tile. Rows few enough to leave FMA units idle (decode) alternate between
//     several sets of accumulators.
//  2. softmax: per row, scale, mask keys the row may not see (causality, the end of the range)
//     to -inf, take the block maximum, and update the running maximum m, the rescaling factor
//     e^(m_old-m_new) and the per-lane running sums; the weights p go to a small stack buffer.
//  3. values: the accumulators (head_dim floats per row, on the stack) are rescaled and the
//     block's value rows added with weights p, in register tiles of pvRows rows × pvVecs
//     vectors: each value vector loaded once per tile of rows, each weight broadcast from the
//     stack.
//
// The tile's rows therefore share every key and value the KV head contributes: one read per
// block from memory, the loads from L1 amortised over several rows. Decode tiles, which stream
// the cache from memory, also prefetch keys and values about attnPrefetchBytes ahead while
// computing the scores.

// tileKind is how a tile walks the keys.
type tileKind struct {
	nkv      int  // key vectors per block
	prefetch bool // prefetch keys and values ahead
}

var (
	// prefillTile: the keys of a prefill tile come from cache (the step just wrote them) and
	// are reused by many rows; two key vectors per block halve the q loads per multiply-add.
	prefillTile = tileKind{nkv: 2}
	// decodeTile: the keys stream from memory to a handful of rows; one key block at a time
	// measured faster there.
	decodeTile = tileKind{nkv: 1, prefetch: true}
)

// attnPrefetchBytes is about how far ahead decode tiles prefetch keys and values (a whole
// number of blocks, at least one).
const attnPrefetchBytes = 4 << 10

// attnChains is the number of independent multiply-add chains the score step keeps at least:
// the FMA latency times the FMA units of current cores.
const attnChains = 8

// attnKernel is the state one attend kernel shares between its tiles: spec, cache layout,
// stack buffers and the step's integers.
type attnKernel struct {
	k    *kfn
	s    attnSpec
	lay  *kvLayout
	hpad int // head_dim rounded up to whole vectors
	bq   int // query positions per prefill tile
	regs int // accumulator registers (attnRegisters)

	pvRows, pvVecs int // register tile of the value step

	o, p, corr, m, l value.Value // stack: accumulators, weights, rescaling, maxima, sums
	lims             value.Value // stack: each row's key limit (i32)

	y, q       value.Value
	T, P, capv value.Value
}

// attnRegisters is the number of accumulators the score and value steps keep in vector
// registers: 32 with AVX-512, 16 otherwise, less a few for operands.
func attnRegisters(vw int) int {
	if vw >= 16 {
		return 24
	}
	return 12
}

// attnTileQueries is the number of query positions a prefill tile takes: about 24 rows in all,
// with at most 32 KiB of accumulators.
func attnTileQueries(group, hpad int) int {
	bq := max(1, 24/group)
	for bq > 1 && bq*group*hpad > 8192 {
		bq--
	}
	return bq
}

func newAttnKernel(k *kfn, s attnSpec) *attnKernel {
	st := kvStorage(s.cache)
	a := &attnKernel{k: k, s: s, hpad: (s.hd + k.vw - 1) / k.vw * k.vw, regs: attnRegisters(k.vw)}
	a.bq = attnTileQueries(s.group, a.hpad)
	a.pvVecs = min(a.hpad/k.vw, max(2, a.regs/6))
	a.pvRows = max(1, a.regs/a.pvVecs)
	rows := a.bq * s.group
	kb := 2 * k.vw // the longest block
	a.o = k.alloca(tF32, int64(rows*a.hpad), 64)
	a.p = k.alloca(tF32, int64(rows*kb), 64)
	a.l = k.alloca(tF32, int64(rows*k.vw), 64)
	a.m = k.alloca(tF32, int64(rows), 4)
	a.corr = k.alloca(tF32, int64(rows), 4)
	a.lims = k.alloca(tI32, int64(rows), 4)
	a.y, a.q = k.buf(0, tF32), k.buf(1, tF32)
	a.T, a.P, a.capv = k.intArg(0), k.intArg(1), k.intArg(2)
	a.lay = newKVLayout(k, s, k.buf(2, st), k.buf(3, st), a.capv)
	return a
}

// tileRow is one row of a tile: its query vector and the end of the keys it may see.
type tileRow struct {
	q   value.Value // *float: head_dim floats
	lim value.Value // i64: the row sees keys < lim
}

// block is one block of keys being processed.
type block struct {
	kind   tileKind
	u0     value.Value // first position (a multiple of nkv·vw)
	keyEnd value.Value // end of the tile's keys
	stride int         // floats per row in the weights buffer (nkv·vw)
}

// tile emits attention of rows over the keys [keyStart, keyEnd) of one KV head (kHead, vHead;
// keyStart a multiple of the kind's block). Every row must see key keyStart. Afterwards rowMax,
// rowSum and rowAcc give each row's maximum score m, the sum l of its weights e^(score-m) and
// its accumulators (the weighted sum of value rows, not yet divided by l).
//
// Only the score step is unrolled over rows (its accumulators must be registers); the softmax
// and value steps loop over rows at run time, which keeps the kernel small.
func (a *attnKernel) tile(kind tileKind, rows []tileRow, kHead, vHead, keyStart, keyEnd value.Value) {
	k, vw := a.k, a.k.vw
	zero := k.splatC(cf32(0))
	for r, row := range rows {
		k.store(k.b.NewTrunc(row.lim, tI32), a.lims, ci64(int64(r)))
	}
	k.forRange(ci64(0), ci64(int64(len(rows))), 1, func(r value.Value) {
		k.store(cf32(math.Inf(-1)), a.m, r)
		k.vstore(zero, a.l, k.mul(r, ci64(int64(vw))), vw)
		o := k.gep(a.o, k.mul(r, ci64(int64(a.hpad))))
		k.each(a.hpad, func(off value.Value, _ int) { k.vstore(zero, o, off, vw) })
	})
	per := max(1, a.regs/kind.nkv) // rows per score group
	k.forRange(keyStart, keyEnd, int64(kind.nkv*vw), func(u0 value.Value) {
		b := block{kind: kind, u0: u0, keyEnd: keyEnd, stride: kind.nkv * vw}
		for g0 := 0; g0 < len(rows); g0 += per {
			g := rows[g0:min(len(rows), g0+per)]
			for i, dots := range a.scores(b, g, kHead, a.lay.vRow(vHead, u0)) {
				k.vstore(dots, a.p, ci64(int64((g0+i/kind.nkv)*b.stride+i%kind.nkv*vw)), vw)
			}
		}
		a.softmax(b, len(rows))
		a.accumulate(b, len(rows), vHead)
	})
}

// rowMax, rowSum and rowAcc are the results of tile row r (an i64 value) after a tile.
func (a *attnKernel) rowMax(r value.Value) value.Value { return a.k.load(a.m, r) }
func (a *attnKernel) rowSum(r value.Value) value.Value {
	k := a.k
	return k.hsum(k.vload(a.l, k.mul(r, ci64(int64(k.vw))), k.vw))
}
func (a *attnKernel) rowAcc(r value.Value) value.Value {
	return a.k.gep(a.o, a.k.mul(r, ci64(int64(a.hpad))))
}

// scores returns, for each row of g, the nkv vectors of its dot products with the block's keys
// (row-major). With kind.prefetch it also prefetches the keys and the value rows (vblk, the
// block's first) about attnPrefetchBytes ahead.
func (a *attnKernel) scores(b block, g []tileRow, kHead, vblk value.Value) []value.Value {
	k, hd, vw, nkv := a.k, a.s.hd, a.k.vw, b.kind.nkv
	kb := a.lay.kb
	// Key vector x of the block is the layout block at position u0 + x·vw.
	kblk := make([]value.Value, nkv)
	for x := range kblk {
		kblk[x] = a.lay.kBlock(kHead, k.add(b.u0, ci64(int64(x*vw))))
	}
	unroll := 1
	for _, u := range []int{4, 2} {
		if hd%u == 0 {
			unroll = u
			break
		}
	}
	// Few rows (decode) are few dependency chains: the dimensions then alternate between sets
	// of accumulators, at least attnChains chains in all, summed at the end.
	n := len(g) * nkv
	sets := 1
	for sets < unroll && sets*n < attnChains {
		sets *= 2
	}
	init := make([]value.Value, sets*n)
	for i := range init {
		init[i] = k.splatC(cf32(0))
	}
	esize := 4
	if a.s.cache != ir.F32 {
		esize = 2
	}
	// Prefetch the keys and values of the positions a whole number of blocks ahead: per
	// dimension nkv·vw elements of each (row d of the key blocks, the next stretch of value
	// rows), one prefetch per cache line.
	ahead := ci64(int64(max(1, attnPrefetchBytes/(kb*hd*esize)) * kb * hd))
	pk, pv := k.gepAny(kblk[0], ahead), k.gepAny(vblk, ahead)
	perD := nkv * vw * esize // bytes per dimension and stream
	every := max(1, 64/perD) // dimensions per prefetch
	acc := k.loop(ci64(0), ci64(int64(hd)), int64(unroll), init, func(d value.Value, cur []value.Value) []value.Value {
		next := append([]value.Value(nil), cur...)
		for u := 0; u < unroll; u++ {
			du := k.add(d, ci64(int64(u)))
			at := k.mul(du, ci64(int64(kb)))
			if b.kind.prefetch && u%every == 0 {
				for line := 0; line < perD; line += 64 {
					k.prefetch(k.gepAny(pk, k.add(at, ci64(int64(line/esize)))))
					k.prefetch(k.gepAny(pv, k.add(k.mul(du, ci64(int64(nkv*vw))), ci64(int64(line/esize)))))
				}
			}
			keys := make([]value.Value, nkv)
			for x := range keys {
				keys[x] = k.toF32(a.s.cache, k.vload(kblk[x], at, vw))
			}
			set := (u % sets) * n
			for i, row := range g {
				q := k.splat(k.load(row.q, du))
				for x, kv := range keys {
					c := set + i*nkv + x
					next[c] = k.fma(q, kv, next[c])
				}
			}
		}
		return next
	})
	for set := 1; set < sets; set++ {
		for i := 0; i < n; i++ {
			acc[i] = k.fadd(acc[i], acc[set*n+i])
		}
	}
	return acc[:n]
}

// softmax folds the block's scores (the dot products the score step left in the weights
// buffer) of every row into its running maximum and sums, replacing them with the weights and
// leaving the rescaling factor of the row's accumulators.
func (a *attnKernel) softmax(b block, rows int) {
	k, vw, nkv := a.k, a.k.vw, b.kind.nkv
	negInf := cf32(math.Inf(-1))
	keys := make([]value.Value, nkv)
	for x := range keys {
		keys[x] = k.b.NewAdd(k.splat(k.b.NewTrunc(k.add(b.u0, ci64(int64(x*vw))), tI32)), k.iota32())
	}
	scale := k.splatC(cf32(1 / math.Sqrt(float64(a.s.hd))))
	k.forRange(ci64(0), ci64(int64(rows)), 1, func(r value.Value) {
		pr := k.mul(r, ci64(int64(b.stride)))
		lim := k.splat(k.load(a.lims, r))
		s := make([]value.Value, nkv)
		var top value.Value
		for x := range s {
			v := k.fmul(k.vload(a.p, k.add(pr, ci64(int64(x*vw))), vw), scale)
			s[x] = k.sel(k.icmp(enum.IPredSLT, keys[x], lim), v, k.splatC(negInf))
			if top == nil {
				top = s[x]
			} else {
				top = k.fmax(top, s[x])
			}
		}
		mOld := k.load(a.m, r)
		mNew := k.fmax(k.hmax(top), mOld)
		// While a row has seen no key its maximum is -inf; exponents taken relative to 0 are
		// then 0 instead of NaN.
		ref := k.sel(k.fcmp(enum.FPredOEQ, mNew, negInf), cf32(0), mNew)
		// Only a larger maximum rescales the sums and accumulators (by e^(m_old-m_new), which
		// would be exactly 1 otherwise); after the first blocks that is rare.
		lo := k.mul(r, ci64(int64(vw)))
		k.store(cf32(1), a.corr, r)
		k.ifElse(k.fcmp(enum.FPredOGT, mNew, mOld), func() {
			corr := k.exp(k.fsub(mOld, ref))
			k.store(corr, a.corr, r)
			k.store(mNew, a.m, r)
			k.vstore(k.fmul(k.vload(a.l, lo, vw), k.splat(corr)), a.l, lo, vw)
		}, nil)
		l := k.vload(a.l, lo, vw)
		for x := range s {
			p := k.exp(k.fsub(s[x], k.splat(ref)))
			l = k.fadd(l, p)
			k.vstore(p, a.p, k.add(pr, ci64(int64(x*vw))), vw)
		}
		k.vstore(l, a.l, lo, vw)
	})
}

// accumulate rescales the accumulators of the tile's rows and adds the block's value rows
// (those from keyEnd on, whose weights are 0, read row keyEnd-1 so that no value outside the
// range is touched). Rows go by pvRows and whole value vectors by pvVecs in loops; the
// remainders are emitted once each.
func (a *attnKernel) accumulate(b block, rows int, vHead value.Value) {
	k := a.k
	whole := rows / a.pvRows * a.pvRows
	if whole > 0 {
		k.forRange(ci64(0), ci64(int64(whole)), int64(a.pvRows), func(r0 value.Value) {
			a.accumulateRows(b, r0, a.pvRows, vHead)
		})
	}
	if rows > whole {
		a.accumulateRows(b, ci64(int64(whole)), rows-whole, vHead)
	}
}

// accumulateRows does the value step for rows r0..r0+nr-1.
func (a *attnKernel) accumulateRows(b block, r0 value.Value, nr int, vHead value.Value) {
	k, vw := a.k, a.k.vw
	full := a.s.hd / vw // vectors with every lane in the row
	whole := full / a.pvVecs * a.pvVecs
	if whole > 0 {
		k.forRange(ci64(0), ci64(int64(whole*vw)), int64(a.pvVecs*vw), func(d0 value.Value) {
			lanes := make([]int, a.pvVecs)
			for x := range lanes {
				lanes[x] = vw
			}
			a.accumulateTile(b, r0, nr, d0, lanes, vHead)
		})
	}
	d := whole * vw
	var lanes []int
	for x := d; x < a.s.hd; x += vw {
		lanes = append(lanes, min(vw, a.s.hd-x))
	}
	for len(lanes) > 0 {
		n := min(len(lanes), a.pvVecs)
		a.accumulateTile(b, r0, nr, ci64(int64(d)), lanes[:n], vHead)
		d += n * vw
		lanes = lanes[n:]
	}
}

// accumulateTile updates the register tile of rows r0..r0+nr-1 × the value vectors at d0 (of
// the given lane counts) over the block's positions.
func (a *attnKernel) accumulateTile(b block, r0 value.Value, nr int, d0 value.Value, lanes []int, vHead value.Value) {
	k, vw := a.k, a.k.vw
	nv := len(lanes)
	last := k.sub(b.keyEnd, ci64(1))
	orow := func(r int) value.Value {
		return k.gep(a.o, k.add(k.mul(k.add(r0, ci64(int64(r))), ci64(int64(a.hpad))), d0))
	}
	init := make([]value.Value, 0, nr*nv)
	for r := 0; r < nr; r++ {
		c := k.splat(k.load(a.corr, k.add(r0, ci64(int64(r)))))
		for x := 0; x < nv; x++ {
			init = append(init, k.fmul(k.vload(orow(r), ci64(int64(x*vw)), vw), c))
		}
	}
	res := k.loop(ci64(0), ci64(int64(b.stride)), 1, init, func(kk value.Value, cur []value.Value) []value.Value {
		vrow := k.gep(a.lay.vRow(vHead, k.smin(k.add(b.u0, kk), last)), d0)
		vals := make([]value.Value, nv)
		for x := range vals {
			vals[x] = k.toF32(a.s.cache, k.vload(vrow, ci64(int64(x*vw)), lanes[x]))
		}
		next := make([]value.Value, len(cur))
		for r := 0; r < nr; r++ {
			pr := k.mul(k.add(r0, ci64(int64(r))), ci64(int64(b.stride)))
			w := k.splat(k.load(a.p, k.add(pr, kk)))
			for x := 0; x < nv; x++ {
				next[r*nv+x] = k.fma(w, vals[x], cur[r*nv+x])
			}
		}
		return next
	})
	for r := 0; r < nr; r++ {
		for x := 0; x < nv; x++ {
			k.vstore(res[r*nv+x], orow(r), ci64(int64(x*vw)), vw)
		}
	}
}

// writeRow stores accumulators divided by l as the output row at yrow (head_dim floats).
func (a *attnKernel) writeRow(yrow, l, acc value.Value) {
	k := a.k
	inv := k.splat(k.fdiv(cf32(1), l))
	k.each(a.s.hd, func(off value.Value, lanes int) {
		k.vstore(k.fmul(k.vload(acc, off, k.vw), inv), yrow, off, lanes)
	})
}

// writeNaN fills an output row with NaN (the step does not fit the cache).
func (a *attnKernel) writeNaN(yrow value.Value) {
	k := a.k
	nan := k.splatC(cf32(nanF32))
	k.each(a.s.hd, func(off value.Value, lanes int) { k.vstore(nan, yrow, off, lanes) })
}

// yRow points to the output row of query head h at row t.
func (a *attnKernel) yRow(t, h value.Value) value.Value {
	k, hd := a.k, int64(a.s.hd)
	return k.gep(a.y, k.add(k.mul(t, ci64(int64(a.s.heads)*hd)), k.mul(h, ci64(hd))))
}

// qRow points to the query vector of query head h at row t.
func (a *attnKernel) qRow(t, h value.Value) value.Value {
	k := a.k
	return k.gep(a.q, k.add(k.add(k.mul(t, ci64(int64(a.s.qStride))), ci64(int64(a.s.qOff))), k.mul(h, ci64(int64(a.s.hd)))))
}

// smax is the larger of two i64 values.
func (k *kfn) smax(x, y value.Value) value.Value { return k.sel(k.icmp(enum.IPredSGT, x, y), x, y) }

// prefetch hints that the cache line at p will be read soon (llvm.prefetch: a prefetcht0 on
// x86; it never faults, so p may lie past the end of a buffer).
func (k *kfn) prefetch(p value.Value) { k.prefetchTo(p, 3) }

// gepAny is &p[idx] without the inbounds promise (for addresses that may lie past an object).
func (k *kfn) gepAny(p, idx value.Value) value.Value {
	return k.b.NewGetElementPtr(p.Type().(*types.PointerType).ElemType, p, idx)
}
