package passes

import (
	"sort"

	"github.com/mtc-dev/mtc/ir"
)

// Alignment is the alignment of every arena offset, in bytes per token: a value at offset Buf
// starts at byte Buf·T of the arena, which is a multiple of 64 (a cache line, and a whole AVX-512
// vector) for every T.
const Alignment = 64

// planMemory assigns every matrix value an arena offset (ir.Value.Buf, in bytes per row) so
// that values live at the same time never share bytes, while values whose live ranges are
// disjoint reuse space. tokens, an input, gets no buffer. There are two arenas, planned apart:
// values of R rows (ir.InRowArena: the logits and what runs after the selection of the last
// rows) go to the row arena, which the runtime sizes by R, every other value to the activation
// arena, sized by T; a 4096-token prompt of a 256k-vocabulary model needing the last row's
// logits then reserves one row of logits, not 4096 (4 GB).
//
// Live ranges come from ir.LiveRanges and are closed intervals [definition, last use]; an
// operand is live at its user, so no op ever writes a buffer overlapping one of its operands.
// The graph is straight-line, so every interval is known in advance and placement is an offline
// problem; we use the greedy-by-size heuristic (Pisarchyk and Lee, "Efficient Memory Management
// for Deep Neural Net Inference", 2020): values in order of decreasing size (ties by definition
// order), each put in the smallest gap, between the already placed values whose live range
// overlaps its own, that fits it, or else after the last of them. Offsets are multiples of
// Alignment.
func planMemory(g *ir.Graph, _ *Options) error {
	def, last := ir.LiveRanges(g)
	var order []*ir.Value
	for _, v := range g.Values {
		v.Buf = ir.NoBuf
		if ir.BytesPerToken(v) > 0 {
			order = append(order, v)
		}
	}
	sort.SliceStable(order, func(i, j int) bool {
		return ir.BytesPerToken(order[i]) > ir.BytesPerToken(order[j])
	})
	var placed []*ir.Value
	var conflicts []*ir.Value
	for _, v := range order {
		conflicts = conflicts[:0]
		for _, p := range placed {
			if ir.InRowArena(p) == ir.InRowArena(v) && def[v] <= last[p] && def[p] <= last[v] {
				conflicts = append(conflicts, p)
			}
		}
		sort.SliceStable(conflicts, func(i, j int) bool { return conflicts[i].Buf < conflicts[j].Buf })
		v.Buf = bestFit(conflicts, ir.BytesPerToken(v))
		placed = append(placed, v)
	}
	return nil
}

// bestFit returns the aligned offset for size bytes in the smallest gap between the buffers of
// conflicts (sorted by offset; they may overlap each other) that holds it, or the first aligned
// offset after all of them.
func bestFit(conflicts []*ir.Value, size int64) int64 {
	best, bestGap := int64(-1), int64(0)
	end := int64(0) // first aligned offset past the buffers seen so far
	for _, p := range conflicts {
		if gap := p.Buf - end; gap >= size && (best < 0 || gap < bestGap) {
			best, bestGap = end, gap
		}
		end = max(end, alignUp(p.Buf+ir.BytesPerToken(p)))
	}
	if best < 0 {
		best = end
	}
	return best
}

func alignUp(n int64) int64 { return (n + Alignment - 1) / Alignment * Alignment }

// ArenaBytes is the size of the arenas g's memory plan needs: the end of the highest buffer
// of the activation arena, in bytes per token, and of the row arena, in bytes per row (0 when
// no value has one).
func ArenaBytes(g *ir.Graph) (perToken, perRow int64) {
	for _, v := range g.Values {
		if v.Buf == ir.NoBuf {
			continue
		}
		if end := v.Buf + ir.BytesPerToken(v); ir.InRowArena(v) {
			perRow = max(perRow, end)
		} else {
			perToken = max(perToken, end)
		}
	}
	return perToken, perRow
}
