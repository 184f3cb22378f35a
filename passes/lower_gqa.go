package passes

import "github.com/mtc-dev/mtc/ir"

// lowerGQA replaces
//
//	attention(slice X [0, nh·d), slice X [nh·d, (nh+nkv)·d), slice X [(nh+nkv)·d, (nh+2nkv)·d))
//
// where X has exactly (nh+2nkv)·d columns, by gqa_attention(X): the kernel reads q, k and v in
// place from the packed matrix and each KV head once per group of nh/nkv query heads, instead of
// materialising the three slices (and, in a naive kernel, one KV copy per query head). The
// attention keeps its position and KV-cache slot.
func lowerGQA(g *ir.Graph, _ *Options) error {
	r := newRewriter()
	for _, a := range g.Values {
		if a.Op != ir.OpAttention {
			continue
		}
		x, ok := packedQKV(a)
		if !ok {
			continue
		}
		n, err := ir.NewValue(ir.OpGQAAttention, vals(x), nil, attrsOf(a.Attrs, "layer", "heads", "kv_heads", "head_dim"), a.Pos)
		if err != nil {
			return err
		}
		r.replace(a, n)
	}
	r.apply(g)
	return nil
}

// packedQKV reports whether attention a's operands are the q, k and v column blocks, in order,
// of one matrix of exactly that width, and returns the matrix.
func packedQKV(a *ir.Value) (*ir.Value, bool) {
	nh, nkv, d := a.Attrs.Int("heads"), a.Attrs.Int("kv_heads"), a.Attrs.Int("head_dim")
	bounds := []int{0, nh * d, (nh + nkv) * d, (nh + 2*nkv) * d}
	x := a.Args[0].Args
	if len(x) != 1 {
		return nil, false
	}
	for i, s := range a.Args {
		if s.Op != ir.OpSlice || s.Args[0] != x[0] || s.Attrs.Int("begin") != bounds[i] || s.Attrs.Int("end") != bounds[i+1] {
			return nil, false
		}
	}
	return x[0], cols(x[0]) == bounds[3]
}
