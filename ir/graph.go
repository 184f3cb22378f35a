// Package ir is mtc's graph IR: a typed SSA graph of tensor operations that expresses one step of
// the Nemotron forward pass ("run T tokens starting at position P") with a KV cache.
//
// A Graph has a list of weights (tensors of the checkpoint, or tensors derived from them once at
// load time by a weight transform) and a list of values in program order; each value is the result
// of one Op over earlier values and weights. Every value carries the source position it was
// lowered from (a YAML spec line:column), and passes copy positions onto replacements.
//
// The op table in op.go is the single source of truth: the printer, parser, verifier, the
// interpreter (package ir/interp) and the code generators all read it. The textual form (.mir)
// prints and parses back to an equal graph; values are renumbered at print time, so equal
// structure prints equal text.
package ir

import (
	"fmt"

	"github.com/mtc-dev/mtc/internal/diag"
)

// Graph is one function: the weights it reads and the values it computes, in order.
type Graph struct {
	Name    string
	Weights []*Weight
	Values  []*Value
	Result  *Value
}

// Weight is a tensor read from the checkpoint (Op == WeightLoad) or derived from other weights
// at load time.
type Weight struct {
	Name  string
	Type  Type
	Op    WeightOp
	Args  []*Weight
	Attrs Attrs
	Pos   diag.Pos
}

// Value is the result of one operation.
type Value struct {
	Op      Op
	Type    Type
	Args    []*Value
	Weights []*Weight
	Attrs   Attrs
	Pos     diag.Pos
	// Buf is the value's offset in the activation arena, in bytes per token (the arena holds
	// Buf·T bytes before the value), or NoBuf before memory planning.
	Buf int64
	// ID is the value's number, assigned by Renumber (and by Print).
	ID int
	// Tap, when not empty, names the value as an output the runtime can read after a step (for
	// activation statistics such as the pruner's importance scores). A tapped value stays live
	// to the end of the step, and a pass that replaces it by an equal value moves the tap.
	Tap string
}

// NoBuf marks a value that has no arena buffer assigned.
const NoBuf = -1

// Weight returns the weight named name, or nil.
func (g *Graph) Weight(name string) *Weight {
	for _, w := range g.Weights {
		if w.Name == name {
			return w
		}
	}
	return nil
}

// Renumber assigns IDs 0..n-1 in program order.
func (g *Graph) Renumber() {
	for i, v := range g.Values {
		v.ID = i
	}
}

// Uses counts the uses of each value (as operands and as the result).
func (g *Graph) Uses() map[*Value]int {
	uses := make(map[*Value]int, len(g.Values))
	for _, v := range g.Values {
		for _, a := range v.Args {
			uses[a]++
		}
	}
	if g.Result != nil {
		uses[g.Result]++
	}
	for _, v := range g.Values {
		if v.Tap != "" {
			uses[v]++
		}
	}
	return uses
}

// Taps returns the tapped values in program order.
func (g *Graph) Taps() []*Value {
	var out []*Value
	for _, v := range g.Values {
		if v.Tap != "" {
			out = append(out, v)
		}
	}
	return out
}

// Users maps each value to the values that use it, in program order.
func (g *Graph) Users() map[*Value][]*Value {
	users := make(map[*Value][]*Value, len(g.Values))
	for _, v := range g.Values {
		for _, a := range v.Args {
			users[a] = append(users[a], v)
		}
	}
	return users
}

// ReplaceUses makes every use of old (including the result) a use of new.
func (g *Graph) ReplaceUses(old, new *Value) {
	for _, v := range g.Values {
		for i, a := range v.Args {
			if a == old {
				v.Args[i] = new
			}
		}
	}
	if g.Result == old {
		g.Result = new
	}
}

// UsedWeights returns the weights reachable from values (directly or through transforms),
// in declaration order.
func (g *Graph) UsedWeights() []*Weight {
	used := map[*Weight]bool{}
	var mark func(w *Weight)
	mark = func(w *Weight) {
		if used[w] {
			return
		}
		used[w] = true
		for _, a := range w.Args {
			mark(a)
		}
	}
	for _, v := range g.Values {
		for _, w := range v.Weights {
			mark(w)
		}
	}
	var out []*Weight
	for _, w := range g.Weights {
		if used[w] {
			out = append(out, w)
		}
	}
	return out
}

// Clone returns a deep copy of g (weights and values are new objects).
func (g *Graph) Clone() *Graph {
	ng := &Graph{Name: g.Name}
	wmap := map[*Weight]*Weight{}
	for _, w := range g.Weights {
		nw := *w
		nw.Attrs = cloneAttrs(w.Attrs)
		nw.Args = make([]*Weight, len(w.Args))
		for i, a := range w.Args {
			nw.Args[i] = wmap[a]
		}
		wmap[w] = &nw
		ng.Weights = append(ng.Weights, &nw)
	}
	vmap := map[*Value]*Value{}
	for _, v := range g.Values {
		nv := *v
		nv.Attrs = cloneAttrs(v.Attrs)
		nv.Args = make([]*Value, len(v.Args))
		for i, a := range v.Args {
			nv.Args[i] = vmap[a]
		}
		nv.Weights = make([]*Weight, len(v.Weights))
		for i, w := range v.Weights {
			nv.Weights[i] = wmap[w]
		}
		vmap[v] = &nv
		ng.Values = append(ng.Values, &nv)
	}
	ng.Result = vmap[g.Result]
	return ng
}

func cloneAttrs(a Attrs) Attrs {
	if a == nil {
		return nil
	}
	out := make(Attrs, len(a))
	for k, v := range a {
		out[k] = v
	}
	return out
}

// Builder builds a graph, inferring each value's type from the op table.
type Builder struct {
	g *Graph
}

// NewBuilder starts a graph named name.
func NewBuilder(name string) *Builder { return &Builder{g: &Graph{Name: name}} }

// Graph returns the graph built so far.
func (b *Builder) Graph() *Graph { return b.g }

// Load declares a checkpoint weight.
func (b *Builder) Load(name string, t Type, pos diag.Pos) (*Weight, error) {
	return b.addWeight(&Weight{Name: name, Type: t, Op: WeightLoad, Pos: pos})
}

// Derive declares a weight derived by op from args.
func (b *Builder) Derive(name string, op WeightOp, args []*Weight, attrs Attrs, pos diag.Pos) (*Weight, error) {
	return b.addWeight(&Weight{Name: name, Op: op, Args: args, Attrs: attrs, Pos: pos})
}

func (b *Builder) addWeight(w *Weight) (*Weight, error) {
	if b.g.Weight(w.Name) != nil {
		return nil, diag.Errorf(w.Pos, "weight @%s declared twice", w.Name)
	}
	if err := checkAttrs(w.Op.Attrs(), w.Attrs); err != nil {
		return nil, diag.Errorf(w.Pos, "weight @%s: %v", w.Name, err)
	}
	t, err := inferWeight(w)
	if err != nil {
		return nil, diag.Errorf(w.Pos, "weight @%s: %v", w.Name, err)
	}
	w.Type = t
	b.g.Weights = append(b.g.Weights, w)
	return w, nil
}

// Add appends a value computed by op and returns it.
func (b *Builder) Add(op Op, args []*Value, weights []*Weight, attrs Attrs, pos diag.Pos) (*Value, error) {
	v, err := NewValue(op, args, weights, attrs, pos)
	if err != nil {
		return nil, err
	}
	b.g.Values = append(b.g.Values, v)
	return v, nil
}

// Return sets the graph's result.
func (b *Builder) Return(v *Value) { b.g.Result = v }

// NewValue makes a value (not yet in any graph), inferring its type.
func NewValue(op Op, args []*Value, weights []*Weight, attrs Attrs, pos diag.Pos) (*Value, error) {
	if op <= OpInvalid || op >= numOps {
		return nil, diag.Errorf(pos, "invalid op %v", op)
	}
	v := &Value{Op: op, Args: args, Weights: weights, Attrs: attrs, Pos: pos, Buf: NoBuf}
	t, err := inferValue(v)
	if err != nil {
		return nil, diag.Errorf(pos, "%v: %v", op, err)
	}
	v.Type = t
	return v, nil
}

func inferValue(v *Value) (Type, error) {
	info := opTable[v.Op]
	if len(v.Args) != info.args {
		return Type{}, fmt.Errorf("takes %d operands, got %d", info.args, len(v.Args))
	}
	if len(v.Weights) != info.weights {
		return Type{}, fmt.Errorf("takes %d weights, got %d", info.weights, len(v.Weights))
	}
	for i, a := range v.Args {
		if a == nil {
			return Type{}, fmt.Errorf("operand %d is missing", i)
		}
	}
	for i, w := range v.Weights {
		if w == nil {
			return Type{}, fmt.Errorf("weight %d is missing", i)
		}
	}
	if err := checkAttrs(info.attrs, v.Attrs); err != nil {
		return Type{}, err
	}
	return info.infer(v)
}
