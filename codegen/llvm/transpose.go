package llvm

import (
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// transpose transposes a square matrix held in registers: rows holds n vectors of n lanes (n a
// power of two), and the result's vector i holds lane i of every input vector. It swaps the
// off-diagonal blocks of every 2b×2b block for b = n/2, n/4, ..., 1: each level turns every
// pair of vectors (i, i+b) into two with one two-source shuffle each, n·log2(n) shuffles in all,
// which the x86 backend lowers to single lane-crossing permutes (vpermt2ps, vshuff64x2, unpck).
func (k *kfn) transpose(rows []value.Value) []value.Value {
	n := len(rows)
	cur := append([]value.Value(nil), rows...)
	mt := types.NewVector(uint64(n), tI32)
	for b := n / 2; b >= 1; b /= 2 {
		lo := make([]constant.Constant, n)
		hi := make([]constant.Constant, n)
		for l := 0; l < n; l++ {
			g, w := l/(2*b)*(2*b), l%(2*b)
			if w < b { // from the first vector
				lo[l] = ci32(int64(g + w))
				hi[l] = ci32(int64(g + b + w))
			} else { // from the second
				lo[l] = ci32(int64(n + g + w - b))
				hi[l] = ci32(int64(n + g + w))
			}
		}
		next := make([]value.Value, n)
		for i := 0; i < n; i++ {
			if i&b != 0 {
				continue
			}
			x, y := cur[i], cur[i+b]
			next[i] = k.b.NewShuffleVector(x, y, constant.NewVector(mt, lo...))
			next[i+b] = k.b.NewShuffleVector(x, y, constant.NewVector(mt, hi...))
		}
		cur = next
	}
	return cur
}
