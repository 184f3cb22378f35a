package passes

import (
	"fmt"

	"github.com/mtc-dev/mtc/internal/diag"
	"github.com/mtc-dev/mtc/ir"
)

// rewriter collects a pass's edits of the value list and applies them in one ordered sweep, so
// a pass never edits the list it is walking. Maps are keyed by value for lookup only; every
// order comes from g.Values.
type rewriter struct {
	insert map[*ir.Value][]*ir.Value // new values to place just before an existing one
	drop   map[*ir.Value]bool        // existing values to remove
	repl   map[*ir.Value]*ir.Value   // every use of the key becomes a use of the value
	maybe  []*ir.Value               // values that lost a use: removed if left unused and pure
}

func newRewriter() *rewriter {
	return &rewriter{insert: map[*ir.Value][]*ir.Value{}, drop: map[*ir.Value]bool{}, repl: map[*ir.Value]*ir.Value{}}
}

// insertBefore places vs, in order, just before at (an existing value).
func (r *rewriter) insertBefore(at *ir.Value, vs ...*ir.Value) {
	r.insert[at] = append(r.insert[at], vs...)
}

// replace puts new in old's place and redirects every use of old to new. new computes the same
// values as old, so it takes over old's tap.
func (r *rewriter) replace(old, new *ir.Value) {
	r.insertBefore(old, new)
	r.remove(old, new)
}

// remove drops old, which must already have been given a replacement placed before its uses.
func (r *rewriter) remove(old, new *ir.Value) {
	if old.Tap != "" {
		new.Tap, old.Tap = old.Tap, ""
	}
	r.drop[old] = true
	r.repl[old] = new
	r.maybe = append(r.maybe, old.Args...)
}

// absorb drops m, whose only use has been folded into a replacement value (a fused op).
func (r *rewriter) absorb(m *ir.Value) {
	r.drop[m] = true
}

// setArg makes operand i of v (an existing value) be a.
func (r *rewriter) setArg(v *ir.Value, i int, a *ir.Value) {
	r.maybe = append(r.maybe, v.Args[i])
	v.Args[i] = a
}

func (r *rewriter) resolve(v *ir.Value) *ir.Value {
	for {
		n, ok := r.repl[v]
		if !ok {
			return v
		}
		v = n
	}
}

// apply edits g, then removes the pure values the edits left without uses (recursively).
func (r *rewriter) apply(g *ir.Graph) {
	out := make([]*ir.Value, 0, len(g.Values))
	for _, v := range g.Values {
		out = append(out, r.insert[v]...)
		if !r.drop[v] {
			out = append(out, v)
		}
	}
	for _, v := range out {
		for i, a := range v.Args {
			v.Args[i] = r.resolve(a)
		}
	}
	if g.Result != nil {
		g.Result = r.resolve(g.Result)
	}
	g.Values = out
	removeOrphans(g, r.maybe)
}

// removeOrphans removes the values among candidates (and, in turn, their operands) that have no
// uses and no side effect.
func removeOrphans(g *ir.Graph, candidates []*ir.Value) {
	if len(candidates) == 0 {
		return
	}
	uses := g.Uses()
	in := make(map[*ir.Value]bool, len(g.Values))
	for _, v := range g.Values {
		in[v] = true
	}
	dead := map[*ir.Value]bool{}
	for len(candidates) > 0 {
		v := candidates[len(candidates)-1]
		candidates = candidates[:len(candidates)-1]
		if !in[v] || dead[v] || uses[v] > 0 || hasSideEffect(v) {
			continue
		}
		dead[v] = true
		for _, a := range v.Args {
			uses[a]--
			candidates = append(candidates, a)
		}
	}
	if len(dead) == 0 {
		return
	}
	kept := g.Values[:0]
	for _, v := range g.Values {
		if !dead[v] {
			kept = append(kept, v)
		}
	}
	g.Values = kept
}

// hasSideEffect reports whether v changes state beyond its result: attention appends this
// step's keys and values to its KV-cache slot, which later steps read.
func hasSideEffect(v *ir.Value) bool {
	return v.Op == ir.OpAttention || v.Op == ir.OpGQAAttention || v.Tap != ""
}

// derive returns the weight that op computes from args with attrs. An existing declaration of
// the same transform is reused; otherwise a new one is declared under name (made unique), right
// after the last of its arguments, or at the end of the list when it has none.
func derive(g *ir.Graph, name string, op ir.WeightOp, args []*ir.Weight, attrs ir.Attrs, pos diag.Pos) (*ir.Weight, error) {
	for _, w := range g.Weights {
		if w.Op == op && sameWeights(w.Args, args) && sameAttrs(op.Attrs(), w.Attrs, attrs) {
			return w, nil
		}
	}
	// A scratch builder infers the new weight's type; the weight then joins g.
	w, err := ir.NewBuilder(g.Name).Derive(uniqueWeightName(g, name), op, args, attrs, pos)
	if err != nil {
		return nil, err
	}
	at := len(g.Weights)
	if len(args) > 0 {
		at = 0
		for i, x := range g.Weights {
			for _, a := range args {
				if x == a {
					at = i + 1
				}
			}
		}
	}
	g.Weights = append(g.Weights, nil)
	copy(g.Weights[at+1:], g.Weights[at:])
	g.Weights[at] = w
	return w, nil
}

func sameWeights(a, b []*ir.Weight) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func sameAttrs(specs []ir.AttrSpec, a, b ir.Attrs) bool {
	for _, s := range specs {
		if a[s.Name] != b[s.Name] {
			return false
		}
	}
	return true
}

// uniqueWeightName returns base, or base.N for the first N >= 2 that no weight of g is named.
func uniqueWeightName(g *ir.Graph, base string) string {
	if g.Weight(base) == nil {
		return base
	}
	for n := 2; ; n++ {
		if name := fmt.Sprintf("%s.%d", base, n); g.Weight(name) == nil {
			return name
		}
	}
}

// vals returns a fresh slice of vs, so a new value never shares its operand list.
func vals(vs ...*ir.Value) []*ir.Value { return append([]*ir.Value(nil), vs...) }

// wts returns a fresh slice of ws.
func wts(ws ...*ir.Weight) []*ir.Weight { return append([]*ir.Weight(nil), ws...) }

// attrsOf copies the named attributes of a.
func attrsOf(a ir.Attrs, names ...string) ir.Attrs {
	out := make(ir.Attrs, len(names))
	for _, n := range names {
		out[n] = a[n]
	}
	return out
}

// sliceOf returns a new value: columns [begin, end) of x, at pos.
func sliceOf(x *ir.Value, begin, end int, pos diag.Pos) (*ir.Value, error) {
	return ir.NewValue(ir.OpSlice, vals(x), nil, ir.Attrs{"begin": float64(begin), "end": float64(end)}, pos)
}

// cols returns the concrete column count of a matrix value (0 when symbolic or not 2-D).
func cols(v *ir.Value) int {
	c := v.Type.Cols()
	if c < 0 {
		return 0
	}
	return int(c)
}
