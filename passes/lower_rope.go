package passes

import (
	"strconv"

	"github.com/mtc-dev/mtc/ir"
)

// lowerRoPE replaces rope, which computes its angles, with rope_cached, which reads them from a
// rope_table weight built once at load time; one table serves every rope with the same
// (rot, theta, scale).
//
// When an attention's q and k operands are ropes over adjacent slices of one matrix X, q over
// columns [0, nh·d) and k over [nh·d, (nh+nkv)·d) with equal head_dim and angles (the form
// fuse-qkv leaves), both become one rope_cached over X with heads = nh+nkv, and q, k and the
// attention's v (when it is a slice of X past the rotated columns, which rope leaves unchanged)
// are re-sliced from its result, so lower-gqa sees one packed matrix.
func lowerRoPE(g *ir.Graph, _ *Options) error {
	r := newRewriter()
	done := map[*ir.Value]bool{}
	index := map[*ir.Value]int{}
	for i, v := range g.Values {
		index[v] = i
	}
	for _, a := range g.Values {
		if a.Op != ir.OpAttention {
			continue
		}
		x, ok := packedRoPE(a, done)
		if !ok {
			continue
		}
		q, k := a.Args[0], a.Args[1]
		qa := q.Attrs
		tab, err := ropeTable(g, q)
		if err != nil {
			return err
		}
		d, nh, nkv := qa.Int("head_dim"), qa.Int("heads"), k.Attrs.Int("heads")
		attrs := ir.Attrs{"heads": float64(nh + nkv), "head_dim": float64(d), "rot": qa["rot"]}
		p, err := ir.NewValue(ir.OpRoPECached, vals(x), wts(tab), attrs, q.Pos)
		if err != nil {
			return err
		}
		nq, err := sliceOf(p, 0, nh*d, q.Pos)
		if err != nil {
			return err
		}
		nk, err := sliceOf(p, nh*d, (nh+nkv)*d, k.Pos)
		if err != nil {
			return err
		}
		at := q
		if index[k] < index[q] {
			at = k
		}
		r.insertBefore(at, p, nq, nk)
		r.remove(q, nq)
		r.remove(k, nk)
		if v := a.Args[2]; v.Op == ir.OpSlice && v.Args[0] == x && v.Attrs.Int("begin") >= (nh+nkv)*d {
			nv, err := sliceOf(p, v.Attrs.Int("begin"), v.Attrs.Int("end"), v.Pos)
			if err != nil {
				return err
			}
			r.insertBefore(at, nv)
			r.setArg(a, 2, nv)
		}
		done[q], done[k] = true, true
	}
	for _, v := range g.Values {
		if v.Op != ir.OpRoPE || done[v] {
			continue
		}
		tab, err := ropeTable(g, v)
		if err != nil {
			return err
		}
		n, err := ir.NewValue(ir.OpRoPECached, vals(v.Args...), wts(tab), attrsOf(v.Attrs, "heads", "head_dim", "rot"), v.Pos)
		if err != nil {
			return err
		}
		r.replace(v, n)
	}
	r.apply(g)
	return nil
}

// packedRoPE reports whether attention a's q and k are ropes over adjacent leading slices of
// one matrix, and returns that matrix.
func packedRoPE(a *ir.Value, done map[*ir.Value]bool) (*ir.Value, bool) {
	q, k := a.Args[0], a.Args[1]
	if q.Op != ir.OpRoPE || k.Op != ir.OpRoPE || q == k || done[q] || done[k] {
		return nil, false
	}
	sq, sk := q.Args[0], k.Args[0]
	if sq.Op != ir.OpSlice || sk.Op != ir.OpSlice || sq.Args[0] != sk.Args[0] {
		return nil, false
	}
	for _, name := range []string{"head_dim", "rot", "theta", "scale"} {
		if q.Attrs[name] != k.Attrs[name] {
			return nil, false
		}
	}
	d := q.Attrs.Int("head_dim")
	qEnd, kEnd := q.Attrs.Int("heads")*d, (q.Attrs.Int("heads")+k.Attrs.Int("heads"))*d
	ok := sq.Attrs.Int("begin") == 0 && sq.Attrs.Int("end") == qEnd &&
		sk.Attrs.Int("begin") == qEnd && sk.Attrs.Int("end") == kEnd &&
		sq.Args[0].Type.Rows() == ir.DimT
	return sq.Args[0], ok
}

// ropeTable returns the shared rope_table weight for rope value v's (rot, theta, scale).
func ropeTable(g *ir.Graph, v *ir.Value) (*ir.Weight, error) {
	a := attrsOf(v.Attrs, "rot", "theta", "scale")
	name := "rope_table.rot" + strconv.Itoa(a.Int("rot")) +
		".theta" + strconv.FormatFloat(a.Float("theta"), 'g', -1, 64) +
		".scale" + strconv.FormatFloat(a.Float("scale"), 'g', -1, 64)
	return derive(g, name, ir.WeightRoPETable, nil, a, v.Pos)
}
