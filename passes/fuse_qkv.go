package passes

import (
	"strings"

	"github.com/mtc-dev/mtc/ir"
)

// fuseQKV packs the three projections of one attention into one matmul. The projections are
// recognised by structure, not by weight name: the q, k and v operands of an attention, each
// possibly through a rope, are plain matmuls of the same input with weights of the same dtype.
// They become
//
//	%qkv = matmul %x, @qkv          where @qkv = concat @q, @k, @v
//	%q = slice %qkv {0, nq}; %k = slice %qkv {nq, nq+nk}; %v = slice %qkv {nq+nk, nq+nk+nv}
//
// placed where the first of the three matmuls was; each slice takes the position of the
// projection it replaces, the packed matmul that of the q projection. Column j of x·[Wq;Wk;Wv]ᵀ
// is computed exactly as before, so the slices hold the same numbers.
func fuseQKV(g *ir.Graph, _ *Options) error {
	r := newRewriter()
	claimed := map[*ir.Value]bool{}
	index := map[*ir.Value]int{}
	for i, v := range g.Values {
		index[v] = i
	}
	for _, a := range g.Values {
		if a.Op != ir.OpAttention {
			continue
		}
		m := [3]*ir.Value{projection(a.Args[0]), projection(a.Args[1]), projection(a.Args[2])}
		if !packable(m, claimed) {
			continue
		}
		ws := wts(m[0].Weights[0], m[1].Weights[0], m[2].Weights[0])
		w, err := derive(g, packedName(ws[0].Name, ws[1].Name, ws[2].Name), ir.WeightConcat, ws, nil, ws[0].Pos)
		if err != nil {
			return err
		}
		packed, err := ir.NewValue(ir.OpMatMul, vals(m[0].Args[0]), wts(w), nil, m[0].Pos)
		if err != nil {
			return err
		}
		first := m[0]
		for _, x := range m[1:] {
			if index[x] < index[first] {
				first = x
			}
		}
		r.insertBefore(first, packed)
		begin := 0
		for _, x := range m {
			end := begin + cols(x)
			s, err := sliceOf(packed, begin, end, x.Pos)
			if err != nil {
				return err
			}
			r.insertBefore(first, s)
			r.remove(x, s)
			claimed[x] = true
			begin = end
		}
	}
	r.apply(g)
	return nil
}

// projection returns the matmul that produces an attention operand, looking through one rope.
func projection(x *ir.Value) *ir.Value {
	if x.Op == ir.OpRoPE {
		x = x.Args[0]
	}
	if x.Op != ir.OpMatMul {
		return nil
	}
	return x
}

// packable reports whether three projections can share one matmul: distinct matmuls, not yet
// packed, of the same input, with weights of one dtype and concrete sizes.
func packable(m [3]*ir.Value, claimed map[*ir.Value]bool) bool {
	for i, x := range m {
		if x == nil || claimed[x] || cols(x) == 0 {
			return false
		}
		for _, y := range m[:i] {
			if x == y {
				return false
			}
		}
		if x.Args[0] != m[0].Args[0] || x.Weights[0].Type.DType != m[0].Weights[0].Type.DType {
			return false
		}
	}
	return true
}

// packedName names the concat of q, k and v: "…q_proj…" becomes "…qkv_proj…" when the three
// names differ only there (the Hugging Face convention); otherwise the names are joined by "+".
func packedName(q, k, v string) string {
	if i := strings.Index(q, "q_proj"); i >= 0 {
		pre, post := q[:i], q[i+len("q_proj"):]
		if k == pre+"k_proj"+post && v == pre+"v_proj"+post {
			return pre + "qkv_proj" + post
		}
	}
	return q + "+" + k + "+" + v
}
