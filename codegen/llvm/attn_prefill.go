package llvm

import (
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/value"
)

// emitAttend emits the attend kernel: the units [begin,end) of the split kv_heads·U
// (U = T+decodeChunks-1) are walked KV head by KV head, each head's units going to the decode
// path (T = 1, attn_decode.go) or the prefill path.
func emitAttend(k *kfn, s attnSpec) {
	a := newAttnKernel(k, s)
	ok := k.b.NewAnd(k.icmp(enum.IPredSGE, a.P, ci64(0)), k.icmp(enum.IPredSLE, k.add(a.P, a.T), a.capv))
	U := k.add(a.T, ci64(decodeChunks-1))
	first := k.sdiv(k.begin, U)
	stop := k.sdiv(k.add(k.end, k.sub(U, ci64(1))), U)
	k.forRange(first, stop, 1, func(j value.Value) {
		base := k.mul(j, U)
		lo := k.smax(k.sub(k.begin, base), ci64(0))
		hi := k.smin(k.sub(k.end, base), U)
		k.ifElse(k.icmp(enum.IPredEQ, a.T, ci64(1)),
			func() { a.decodeUnits(j, lo, hi, ok) },
			func() { a.prefillUnits(j, lo, hi, ok) })
	})
}

// prefillUnits computes the query rows of units [lo,hi) of KV head j for T > 1. Unit 2i is row
// i and unit 2i+1 is row T-1-i, so the call's rows are two contiguous runs, [⌈lo/2⌉, ⌈hi/2⌉)
// from the front and [T-⌊hi/2⌋, T-⌊lo/2⌋) from the back, and the causal work (row t sees P+t+1
// keys) of any run of units is close to its share. Each run is cut into tiles of bq rows.
func (a *attnKernel) prefillUnits(j, lo, hi, ok value.Value) {
	k, T := a.k, a.T
	lo, hi = k.smin(lo, T), k.smin(hi, T)
	one := ci64(1)
	fLo, fHi := k.b.NewAShr(k.add(lo, one), one), k.b.NewAShr(k.add(hi, one), one)
	bLo, bHi := k.sub(T, k.b.NewAShr(hi, one)), k.sub(T, k.b.NewAShr(lo, one))
	bq := ci64(int64(a.bq))
	tiles := func(from, to value.Value) value.Value {
		return k.sdiv(k.add(k.sub(to, from), ci64(int64(a.bq-1))), bq)
	}
	nf := tiles(fLo, fHi)
	k.forRange(ci64(0), k.add(nf, tiles(bLo, bHi)), 1, func(i value.Value) {
		front := k.icmp(enum.IPredSLT, i, nf)
		t0 := k.sel(front, k.add(fLo, k.mul(i, bq)), k.add(bLo, k.mul(k.sub(i, nf), bq)))
		nr := k.smin(bq, k.sub(k.sel(front, fHi, bHi), t0))
		a.prefillTile(j, t0, nr, ok)
	})
}

// prefillTile computes rows t0..t0+nr-1 (nr ≤ bq) of the query heads of KV head j. The tile
// always has bq positions; those past nr repeat the last row and are not written.
func (a *attnKernel) prefillTile(j, t0, nr, ok value.Value) {
	k, g := a.k, a.s.group
	rows := make([]tileRow, a.bq*g)
	ts := make([]value.Value, a.bq)
	firstHead := k.mul(j, ci64(int64(g)))
	for ti := range ts {
		ts[ti] = k.add(t0, k.smin(ci64(int64(ti)), k.sub(nr, ci64(1))))
		lim := k.add(k.add(a.P, ts[ti]), ci64(1))
		for hh := 0; hh < g; hh++ {
			rows[ti*g+hh] = tileRow{q: a.qRow(ts[ti], k.add(firstHead, ci64(int64(hh)))), lim: lim}
		}
	}
	// each calls out, in a loop, for the tile rows at the nr real positions.
	each := func(out func(r, yrow value.Value)) {
		k.forRange(ci64(0), k.mul(nr, ci64(int64(g))), 1, func(r value.Value) {
			gi := ci64(int64(g))
			out(r, a.yRow(k.add(t0, k.sdiv(r, gi)), k.add(firstHead, k.srem(r, gi))))
		})
	}
	k.ifElse(ok, func() {
		keyEnd := k.add(k.add(a.P, t0), nr)
		a.tile(prefillTile, rows, a.lay.kHead(j), a.lay.vHead(j), ci64(0), keyEnd)
		each(func(r, yrow value.Value) { a.writeRow(yrow, a.rowSum(r), a.rowAcc(r)) })
	}, func() {
		each(func(_, yrow value.Value) { a.writeNaN(yrow) })
	})
}
