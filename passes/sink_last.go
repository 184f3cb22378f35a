package passes

import "github.com/mtc-dev/mtc/ir"

// sinkLast moves each last (the R trailing rows that need logits) above the row-wise op that
// produces its operand, so that op computes R rows instead of T:
//
//	last(op(a, b, ...)) -> op(last(a), last(b), ...)
//
// for op in rowWise (an output row depends only on the same row of every operand) when the
// op's value has no other use, is not the result and carries no tap. It repeats until no last
// moves. In a model this stops at the last layer's attention, which needs the keys and values
// of all rows: the output projection, both layer norms and the MLP of the last layer then run
// on R rows, as does the final norm already. In a 512-token prompt with R = 1 that removes
// almost four fifths of the last layer's matmul work; decode (T = R = 1) is unchanged.
//
// An operand reached from two sunk ops (the residual stream feeds both a layer norm and a
// residual add) gets one last: a later duplicate is replaced by the earlier one, so the operand
// keeps a single use and the last can move further up.
func sinkLast(g *ir.Graph, _ *Options) error {
	for {
		moved, err := sinkOneLast(g)
		if err != nil || !moved {
			return err
		}
	}
}

// rowWise are the ops whose output row i depends only on row i of each operand (matmul_rope
// and the rope ops read the row's position, attention reads every row).
var rowWise = map[ir.Op]bool{
	ir.OpLayerNorm1P: true, ir.OpLayerNorm: true,
	ir.OpMatMul: true, ir.OpMatMulSqReLU: true, ir.OpMatMulAdd: true,
	ir.OpSqReLU: true, ir.OpAdd: true, ir.OpSlice: true,
}

// sinkOneLast moves the first last that can move, and reports whether one did.
func sinkOneLast(g *ir.Graph) (bool, error) {
	uses := g.Uses()
	index := make(map[*ir.Value]int, len(g.Values))
	lastOf := map[*ir.Value]*ir.Value{} // operand -> the first last of it
	for i, v := range g.Values {
		index[v] = i
		if v.Op == ir.OpLast {
			if _, ok := lastOf[v.Args[0]]; !ok {
				lastOf[v.Args[0]] = v
			}
		}
	}
	for _, l := range g.Values {
		x := l.Args
		if l.Op != ir.OpLast || !rowWise[x[0].Op] || uses[x[0]] != 1 || x[0].Tap != "" || x[0] == g.Result {
			continue
		}
		op := x[0]
		r := newRewriter()
		args := make([]*ir.Value, len(op.Args))
		made := map[*ir.Value]*ir.Value{}
		for i, a := range op.Args {
			if na, ok := made[a]; ok {
				args[i] = na
				continue
			}
			if prev, ok := lastOf[a]; ok && index[prev] < index[l] {
				args[i] = prev
				continue
			}
			na, err := ir.NewValue(ir.OpLast, vals(a), nil, nil, l.Pos)
			if err != nil {
				return false, err
			}
			r.insertBefore(l, na)
			if prev, ok := lastOf[a]; ok {
				r.remove(prev, na) // a later last of the same operand: use this one
			}
			made[a] = na
			args[i] = na
		}
		n, err := ir.NewValue(op.Op, args, op.Weights, op.Attrs, op.Pos)
		if err != nil {
			return false, err
		}
		r.replace(l, n)
		r.absorb(op)
		r.apply(g)
		return true, nil
	}
	return false, nil
}
