package passes

import "github.com/mtc-dev/mtc/ir"

// fuseEpilogue moves the pointwise consumer of a matmul into the matmul's epilogue, so the
// product is written once, already transformed:
//
//	sqrelu(matmul(x, W))                         -> matmul_sqrelu(x, W)
//	add(r, matmul(x, W)), add(matmul(x, W), r)   -> matmul_add(x, r, W)
//	rope_cached(matmul(x, W), tab)               -> matmul_rope(x, W, tab)
//
// The matmul must have no other use (including as the result). For an add of two such matmuls
// the second operand is fused (the residual stream is conventionally the first). The fused
// value takes the consumer's place and position. Each rule computes the same f32 numbers as
// the two ops it replaces (f32 addition is commutative), so fusion is exact.
func fuseEpilogue(g *ir.Graph, _ *Options) error {
	uses := g.Uses()
	sole := func(v *ir.Value) bool { return v.Op == ir.OpMatMul && uses[v] == 1 }
	r := newRewriter()
	for _, v := range g.Values {
		var (
			m   *ir.Value
			n   *ir.Value
			err error
		)
		switch v.Op {
		case ir.OpSqReLU:
			if m = v.Args[0]; sole(m) {
				n, err = ir.NewValue(ir.OpMatMulSqReLU, vals(m.Args...), wts(m.Weights...), nil, v.Pos)
			}
		case ir.OpAdd:
			res := v.Args[0]
			if m = v.Args[1]; !sole(m) {
				m, res = v.Args[0], v.Args[1]
			}
			if sole(m) {
				n, err = ir.NewValue(ir.OpMatMulAdd, vals(m.Args[0], res), wts(m.Weights...), nil, v.Pos)
			}
		case ir.OpRoPECached:
			if m = v.Args[0]; sole(m) {
				ws := wts(m.Weights[0], v.Weights[0])
				n, err = ir.NewValue(ir.OpMatMulRoPE, vals(m.Args...), ws, attrsOf(v.Attrs, "heads", "head_dim", "rot"), v.Pos)
			}
		}
		if err != nil {
			return err
		}
		if n == nil {
			continue
		}
		r.replace(v, n)
		r.absorb(m)
	}
	r.apply(g)
	return nil
}
