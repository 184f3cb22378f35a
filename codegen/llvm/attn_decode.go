package llvm

import (
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/value"
)

// Decode (T = 1) reads the whole cache for one query position, a bandwidth-bound stream of
// kv_heads·n·head_dim·2 elements. KV heads alone are too few units for many threads (8 for
// Minitron-8B), so the context of n = P+1 keys is also cut into up to decodeChunks chunks of
// whole key blocks, at least decodeMinChunk keys each (so short contexts, where splitting
// costs more than it saves, stay in one chunk). A unit computes one (KV head, chunk) tile
// with all the query heads of the group as its rows. With a single chunk it writes the output
// rows itself; otherwise it leaves its partial state, the maximum m_c, the sum l_c and the
// unnormalised accumulators acc_c, in the slot's scratch, and the combine kernel merges the
// chunks of each query head:
//
//	M = max m_c,  y = Σ e^(m_c-M)·acc_c / Σ e^(m_c-M)·l_c.
//
// The units of a KV head are mapped to chunks by reversing the bits of the unit number, so
// that when there are fewer chunks than units the busy units are spread over the split rather
// than bunched at its start (which would leave some threads idle).

// decodeChunks is the number of decode units per KV head (a power of two).
const decodeChunks = 16

// decodeMinChunk is the smallest chunk in keys (a multiple of every key block).
const decodeMinChunk = 128

// chunking returns the chunk length and the number of chunks for a context of n keys.
func (k *kfn) chunking(n value.Value) (chunk, count value.Value) {
	kb := int64(k.vw)
	per := k.sdiv(k.add(n, ci64(decodeChunks-1)), ci64(decodeChunks))
	per = k.b.NewAnd(k.add(per, ci64(kb-1)), ci64(-kb))
	chunk = k.smax(per, ci64(decodeMinChunk))
	count = k.sdiv(k.add(n, k.sub(chunk, ci64(1))), chunk)
	return chunk, count
}

// bitReverse reverses the low bits bits of u.
func (k *kfn) bitReverse(u value.Value, bits int) value.Value {
	r := value.Value(ci64(0))
	for b := 0; b < bits; b++ {
		bit := k.b.NewAnd(k.b.NewLShr(u, ci64(int64(b))), ci64(1))
		r = k.b.NewOr(r, k.b.NewShl(bit, ci64(int64(bits-1-b))))
	}
	return r
}

// chunkBits is log2(decodeChunks).
func chunkBits() int {
	b := 0
	for 1<<b < decodeChunks {
		b++
	}
	return b
}

// decodeUnits computes the decode units [lo,hi) of KV head j. When the step does not fit the
// cache, the unit of chunk 0 writes NaN rows.
func (a *attnKernel) decodeUnits(j, lo, hi, ok value.Value) {
	k, g := a.k, a.s.group
	n := k.add(a.P, ci64(1))
	chunk, count := k.chunking(n)
	single := k.icmp(enum.IPredEQ, count, ci64(1))
	firstHead := k.mul(j, ci64(int64(g)))
	ml, accs := a.lay.scratch()
	k.forRange(lo, hi, 1, func(u value.Value) {
		c := k.bitReverse(u, chunkBits())
		busy := k.sel(ok, k.icmp(enum.IPredSLT, c, count), k.icmp(enum.IPredEQ, c, ci64(0)))
		k.ifElse(busy, func() {
			k.ifElse(ok, func() {
				keyStart := k.mul(c, chunk)
				keyEnd := k.smin(k.add(keyStart, chunk), n)
				rows := make([]tileRow, g)
				for hh := range rows {
					rows[hh] = tileRow{q: a.qRow(ci64(0), k.add(firstHead, ci64(int64(hh)))), lim: keyEnd}
				}
				a.tile(decodeTile, rows, a.lay.kHead(j), a.lay.vHead(j), keyStart, keyEnd)
				k.forRange(ci64(0), ci64(int64(g)), 1, func(r value.Value) {
					h := k.add(firstHead, r)
					l, acc := a.rowSum(r), a.rowAcc(r)
					k.ifElse(single, func() { a.writeRow(a.yRow(ci64(0), h), l, acc) }, func() {
						part := k.add(k.mul(h, ci64(decodeChunks)), c)
						k.store(a.rowMax(r), ml, k.mul(part, ci64(2)))
						k.store(l, ml, k.add(k.mul(part, ci64(2)), ci64(1)))
						dst := k.gep(accs, k.mul(part, ci64(int64(a.hpad))))
						k.each(a.hpad, func(off value.Value, _ int) { k.vstore(k.vload(acc, off, k.vw), dst, off, k.vw) })
					})
				})
			}, func() {
				k.forRange(ci64(0), ci64(int64(g)), 1, func(r value.Value) {
					a.writeNaN(a.yRow(ci64(0), k.add(firstHead, r)))
				})
			})
		}, nil)
	})
}

// emitCombine emits the combine kernel: for the query heads [begin,end) of a decode step whose
// context spans several chunks, it merges the chunks' partial states into the output rows.
func emitCombine(k *kfn, s attnSpec) {
	y := k.buf(0, tF32)
	T, P, capacity := k.intArg(0), k.intArg(1), k.intArg(2)
	vc := k.buf(1, kvStorage(s.cache))
	lay := newKVLayout(k, s, vc, vc, capacity)
	ml, accs := lay.scratch()
	hpad := (s.hd + k.vw - 1) / k.vw * k.vw
	n := k.add(P, ci64(1))
	_, count := k.chunking(n)
	run := k.b.NewAnd(k.icmp(enum.IPredEQ, T, ci64(1)), k.b.NewAnd(k.icmp(enum.IPredSGE, P, ci64(0)), k.icmp(enum.IPredSLT, P, capacity)))
	run = k.b.NewAnd(run, k.icmp(enum.IPredSGT, count, ci64(1)))
	k.ifElse(run, func() {
		k.forRange(k.begin, k.end, 1, func(h value.Value) {
			base := k.mul(h, ci64(decodeChunks))
			mAt := func(c value.Value) value.Value { return k.load(ml, k.mul(k.add(base, c), ci64(2))) }
			top := k.loop(ci64(1), count, 1, []value.Value{mAt(ci64(0))}, func(c value.Value, cur []value.Value) []value.Value {
				return []value.Value{k.fmax(mAt(c), cur[0])}
			})[0]
			init := []value.Value{cf32(0)}
			for x := 0; x < hpad/k.vw; x++ {
				init = append(init, k.splatC(cf32(0)))
			}
			sums := k.loop(ci64(0), count, 1, init, func(c value.Value, cur []value.Value) []value.Value {
				part := k.add(base, c)
				w := k.exp(k.fsub(mAt(c), top))
				next := []value.Value{k.fma(w, k.load(ml, k.add(k.mul(part, ci64(2)), ci64(1))), cur[0])}
				src := k.gep(accs, k.mul(part, ci64(int64(hpad))))
				for x := 1; x < len(cur); x++ {
					next = append(next, k.fma(k.splat(w), k.vload(src, ci64(int64((x-1)*k.vw)), k.vw), cur[x]))
				}
				return next
			})
			inv := k.splat(k.fdiv(cf32(1), sums[0]))
			yrow := k.gep(y, k.mul(h, ci64(int64(s.hd))))
			for x := 1; x < len(sums); x++ {
				lanes := min(k.vw, s.hd-(x-1)*k.vw)
				k.vstore(k.fmul(sums[x], inv), yrow, ci64(int64((x-1)*k.vw)), lanes)
			}
		})
	}, nil)
}
