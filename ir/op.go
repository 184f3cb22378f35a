package ir

import (
	"fmt"
	"math"
)

// Op is an operation of the graph IR. The set is small and closed: every op has an entry in
// the op table below, which the printer, parser, verifier, interpreter and code generators read.
//
// Activations are 2-D f32 matrices [rows, cols]; "W" weights are stored [out, in] (PyTorch
// nn.Linear order), so matmul computes x·Wᵀ.
type Op uint8

// The ops. Each comment gives the text form and the meaning.
const (
	OpInvalid Op = iota
	// %y = tokens : i32[T] — the token ids of this step.
	OpTokens
	// %y = embed %tok, @E : f32[T,h] — y[t] = E[tok[t]].
	OpEmbed
	// %y = layernorm1p %x, @g, @b {eps} — y = (x-mean)/sqrt(var+eps) * (1+g) + b per row (zero-centred gamma).
	OpLayerNorm1P
	// %y = layernorm %x, @g, @b {eps} — y = (x-mean)/sqrt(var+eps) * g + b per row.
	OpLayerNorm
	// %y = matmul %x, @W — y = x·Wᵀ, W [n,k].
	OpMatMul
	// %y = matmul_sqrelu %x, @W — y = relu(x·Wᵀ)².
	OpMatMulSqReLU
	// %y = matmul_add %x, %r, @W — y = x·Wᵀ + r (operands are printed values first, then weights).
	OpMatMulAdd
	// %y = matmul_rope %x, @W, @tab {heads, head_dim, rot} — y = rope_cached(x·Wᵀ).
	OpMatMulRoPE
	// %y = rope %x {heads, head_dim, rot, theta, scale} — NeoX rotate-half RoPE on dims [0,rot) of the
	// first `heads` heads of each row; row t has position (P+t)/scale; inv_freq[j] = theta^(-2j/rot).
	OpRoPE
	// %y = rope_cached %x, @tab {heads, head_dim, rot} — rope with angles read from a table
	// tab[pos] = (cos[0..rot/2), sin[0..rot/2)) built by the rope_table weight transform.
	OpRoPECached
	// %y = attention %q, %k, %v {layer, heads, kv_heads, head_dim} — appends k, v (rows at positions
	// P..P+T-1) to KV-cache slot `layer`, then causal softmax(q·kᵀ/sqrt(head_dim))·v over positions
	// 0..P+t; query head i reads KV head i/(heads/kv_heads).
	OpAttention
	// %y = gqa_attention %qkv {layer, heads, kv_heads, head_dim} — attention with q, k, v packed in
	// the columns of one matrix [q heads | k heads | v heads]; each KV head is read once per group.
	OpGQAAttention
	// %y = slice %x {begin, end} — columns [begin, end) of x.
	OpSlice
	// %y = add %a, %b — elementwise sum.
	OpAdd
	// %y = sqrelu %x — relu(x)².
	OpSqReLU
	// %y = last %x : f32[R,n] — the last R rows of x.
	OpLast
	numOps
)

// AttrKind says how an attribute is printed and checked.
type AttrKind uint8

// Attribute kinds.
const (
	AttrInt AttrKind = iota
	AttrFloat
)

// AttrSpec declares one attribute of an op.
type AttrSpec struct {
	Name string
	Kind AttrKind
}

type opInfo struct {
	name     string
	args     int // value operands (-1: any)
	weights  int // weight operands
	attrs    []AttrSpec
	infer    func(v *Value) (Type, error)
	pointwis bool
}

var (
	attnAttrs = []AttrSpec{{"layer", AttrInt}, {"heads", AttrInt}, {"kv_heads", AttrInt}, {"head_dim", AttrInt}}
	ropeAttrs = []AttrSpec{{"heads", AttrInt}, {"head_dim", AttrInt}, {"rot", AttrInt}, {"theta", AttrFloat}, {"scale", AttrFloat}}
	ropeCAttr = []AttrSpec{{"heads", AttrInt}, {"head_dim", AttrInt}, {"rot", AttrInt}}
	epsAttrs  = []AttrSpec{{"eps", AttrFloat}}
)

var opTable [numOps]opInfo

func init() {
	opTable = [numOps]opInfo{
		OpInvalid:      {name: "invalid"},
		OpTokens:       {name: "tokens", infer: inferTokens},
		OpEmbed:        {name: "embed", args: 1, weights: 1, infer: inferEmbed},
		OpLayerNorm1P:  {name: "layernorm1p", args: 1, weights: 2, attrs: epsAttrs, infer: inferNorm},
		OpLayerNorm:    {name: "layernorm", args: 1, weights: 2, attrs: epsAttrs, infer: inferNorm},
		OpMatMul:       {name: "matmul", args: 1, weights: 1, infer: inferMatMul},
		OpMatMulSqReLU: {name: "matmul_sqrelu", args: 1, weights: 1, infer: inferMatMul},
		OpMatMulAdd:    {name: "matmul_add", args: 2, weights: 1, infer: inferMatMulAdd},
		OpMatMulRoPE:   {name: "matmul_rope", args: 1, weights: 2, attrs: ropeCAttr, infer: inferMatMulRoPE},
		OpRoPE:         {name: "rope", args: 1, attrs: ropeAttrs, infer: inferRoPE},
		OpRoPECached:   {name: "rope_cached", args: 1, weights: 1, attrs: ropeCAttr, infer: inferRoPECached},
		OpAttention:    {name: "attention", args: 3, attrs: attnAttrs, infer: inferAttention},
		OpGQAAttention: {name: "gqa_attention", args: 1, attrs: attnAttrs, infer: inferGQA},
		OpSlice:        {name: "slice", args: 1, attrs: []AttrSpec{{"begin", AttrInt}, {"end", AttrInt}}, infer: inferSlice},
		OpAdd:          {name: "add", args: 2, infer: inferAdd, pointwis: true},
		OpSqReLU:       {name: "sqrelu", args: 1, infer: inferSame, pointwis: true},
		OpLast:         {name: "last", args: 1, infer: inferLast},
	}
}

func (o Op) String() string {
	if o < numOps && opTable[o].name != "" {
		return opTable[o].name
	}
	return fmt.Sprintf("op(%d)", uint8(o))
}

// Ops lists every valid op, in table order.
func Ops() []Op {
	var out []Op
	for o := Op(1); o < numOps; o++ {
		out = append(out, o)
	}
	return out
}

// NumArgs is the number of value operands of o.
func (o Op) NumArgs() int { return opTable[o].args }

// NumWeights is the number of weight operands of o.
func (o Op) NumWeights() int { return opTable[o].weights }

// Attrs lists the attributes o requires, in print order.
func (o Op) Attrs() []AttrSpec { return opTable[o].attrs }

// IsPointwise reports whether o maps each element independently.
func (o Op) IsPointwise() bool { return opTable[o].pointwis }

func lookupOp(name string) (Op, bool) {
	for o := Op(1); o < numOps; o++ {
		if opTable[o].name == name {
			return o, true
		}
	}
	return OpInvalid, false
}

// WeightOp says how a weight is obtained: read from the checkpoint, or derived at load time.
type WeightOp uint8

// The weight transforms, applied once when weights are loaded.
const (
	// weight @w : T — a tensor of the checkpoint.
	WeightLoad WeightOp = iota
	// weight @w = add1 @g : f32[n] — 1 + g in f32 (LayerNorm1P's zero-centred gamma folded).
	WeightAdd1
	// weight @w = concat @a, @b, ... : D[n,k] — rows of the arguments stacked (packed QKV).
	WeightConcat
	// weight @w = rope_table {rot, theta, scale} : f32[C,rot] — row p holds cos(p/scale·f_j) for
	// j < rot/2, then sin(p/scale·f_j), with f_j = theta^(-2j/rot).
	WeightRoPETable
	numWeightOps
)

var weightOpNames = [numWeightOps]string{WeightLoad: "load", WeightAdd1: "add1", WeightConcat: "concat", WeightRoPETable: "rope_table"}

var ropeTableAttrs = []AttrSpec{{"rot", AttrInt}, {"theta", AttrFloat}, {"scale", AttrFloat}}

func (w WeightOp) String() string {
	if w < numWeightOps {
		return weightOpNames[w]
	}
	return fmt.Sprintf("weightop(%d)", uint8(w))
}

// Attrs lists the attributes w requires.
func (w WeightOp) Attrs() []AttrSpec {
	if w == WeightRoPETable {
		return ropeTableAttrs
	}
	return nil
}

func lookupWeightOp(name string) (WeightOp, bool) {
	for w := WeightAdd1; w < numWeightOps; w++ {
		if weightOpNames[w] == name {
			return w, true
		}
	}
	return WeightLoad, false
}

// Attrs holds an op's attributes by name. Integer attributes are stored exactly as float64.
type Attrs map[string]float64

// Int returns attribute name as an int.
func (a Attrs) Int(name string) int { return int(a[name]) }

// Float returns attribute name.
func (a Attrs) Float(name string) float64 { return a[name] }

func checkAttrs(specs []AttrSpec, a Attrs) error {
	for _, s := range specs {
		x, ok := a[s.Name]
		if !ok {
			return fmt.Errorf("missing attribute %s", s.Name)
		}
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return fmt.Errorf("attribute %s = %v is not finite", s.Name, x)
		}
		if s.Kind == AttrInt && (x != math.Trunc(x) || math.Abs(x) > 1<<53) {
			return fmt.Errorf("attribute %s = %v must be an integer", s.Name, x)
		}
	}
	if len(a) != len(specs) {
		for k := range a {
			found := false
			for _, s := range specs {
				found = found || s.Name == k
			}
			if !found {
				return fmt.Errorf("unknown attribute %s", k)
			}
		}
	}
	return nil
}
