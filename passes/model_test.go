package passes

import (
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/mtc-dev/mtc/internal/diag"
	"github.com/mtc-dev/mtc/ir"
)

// layerShape is the shape of one decoder layer; layers of a pruned model may differ.
type layerShape struct{ Heads, KVHeads, FFN int }

// modelShape describes a Nemotron-style model for buildModel.
type modelShape struct {
	Name                        string
	Layers                      []layerShape
	Hidden, HeadDim, Vocab, Rot int
	Theta, Scale                float64  // RoPE base and linear position scaling (0 means 10000 and 1)
	DType                       ir.DType // checkpoint dtype (0 means bf16)
}

// uniform returns n copies of l.
func uniform(n int, l layerShape) []layerShape {
	out := make([]layerShape, n)
	for i := range out {
		out[i] = l
	}
	return out
}

// buildModel builds the lowered form of s by hand, as models.Lower does: tokens → embed → per
// layer [layernorm1p → matmul q, k, v → rope q, rope k → attention → matmul o → add →
// layernorm1p → matmul up → sqrelu → matmul down → add] → last → layernorm1p → matmul lm_head.
// Every value gets a distinct position in "<name>.yaml" (layer i uses lines 20i+10...).
func buildModel(t testing.TB, s modelShape) *ir.Graph {
	t.Helper()
	if s.Theta == 0 {
		s.Theta = 10000
	}
	if s.Scale == 0 {
		s.Scale = 1
	}
	if s.DType == 0 {
		s.DType = ir.BF16
	}
	b := ir.NewBuilder(s.Name)
	file := s.Name + ".yaml"
	pos := func(line, col int) diag.Pos { return diag.Pos{File: file, Line: line, Col: col} }
	var err error
	load := func(name string, p diag.Pos, shape ...int) *ir.Weight {
		if err != nil {
			return nil
		}
		dims := make(ir.Shape, len(shape))
		for i, d := range shape {
			dims[i] = ir.Dim(d)
		}
		var w *ir.Weight
		w, err = b.Load(name, ir.Type{DType: s.DType, Shape: dims}, p)
		return w
	}
	op := func(o ir.Op, args []*ir.Value, ws []*ir.Weight, attrs ir.Attrs, p diag.Pos) *ir.Value {
		if err != nil {
			return nil
		}
		var v *ir.Value
		v, err = b.Add(o, args, ws, attrs, p)
		return v
	}
	vs := func(v ...*ir.Value) []*ir.Value { return v }
	ws := func(w ...*ir.Weight) []*ir.Weight { return w }
	norm := func(x *ir.Value, prefix string, p diag.Pos) *ir.Value {
		g, bias := load(prefix+".weight", p, s.Hidden), load(prefix+".bias", p, s.Hidden)
		return op(ir.OpLayerNorm1P, vs(x), ws(g, bias), ir.Attrs{"eps": 1e-5}, p)
	}
	h, d := s.Hidden, s.HeadDim
	embed := load("model.embed_tokens.weight", pos(3, 1), s.Vocab, h)
	tok := op(ir.OpTokens, nil, nil, nil, pos(3, 1))
	x := op(ir.OpEmbed, vs(tok), ws(embed), nil, pos(3, 1))
	for i, l := range s.Layers {
		pre := fmt.Sprintf("model.layers.%d.", i)
		at := func(k int) diag.Pos { return pos(20*i+10+k, 3) }
		a := norm(x, pre+"input_layernorm", at(0))
		q := op(ir.OpMatMul, vs(a), ws(load(pre+"self_attn.q_proj.weight", at(1), l.Heads*d, h)), nil, at(1))
		k := op(ir.OpMatMul, vs(a), ws(load(pre+"self_attn.k_proj.weight", at(2), l.KVHeads*d, h)), nil, at(2))
		v := op(ir.OpMatMul, vs(a), ws(load(pre+"self_attn.v_proj.weight", at(3), l.KVHeads*d, h)), nil, at(3))
		rope := func(heads int) ir.Attrs {
			return ir.Attrs{"heads": float64(heads), "head_dim": float64(d), "rot": float64(s.Rot), "theta": s.Theta, "scale": s.Scale}
		}
		q = op(ir.OpRoPE, vs(q), nil, rope(l.Heads), at(4))
		k = op(ir.OpRoPE, vs(k), nil, rope(l.KVHeads), at(5))
		attn := ir.Attrs{"layer": float64(i), "heads": float64(l.Heads), "kv_heads": float64(l.KVHeads), "head_dim": float64(d)}
		o := op(ir.OpAttention, vs(q, k, v), nil, attn, at(6))
		o = op(ir.OpMatMul, vs(o), ws(load(pre+"self_attn.o_proj.weight", at(7), h, l.Heads*d)), nil, at(7))
		x = op(ir.OpAdd, vs(x, o), nil, nil, at(8))
		m := norm(x, pre+"post_attention_layernorm", at(9))
		m = op(ir.OpMatMul, vs(m), ws(load(pre+"mlp.up_proj.weight", at(10), l.FFN, h)), nil, at(10))
		m = op(ir.OpSqReLU, vs(m), nil, nil, at(11))
		m = op(ir.OpMatMul, vs(m), ws(load(pre+"mlp.down_proj.weight", at(12), h, l.FFN)), nil, at(12))
		x = op(ir.OpAdd, vs(x, m), nil, nil, at(13))
	}
	x = op(ir.OpLast, vs(x), nil, nil, pos(4, 1))
	y := norm(x, "model.norm", pos(5, 1))
	logits := op(ir.OpMatMul, vs(y), ws(load("lm_head.weight", pos(6, 1), s.Vocab, h)), nil, pos(6, 1))
	if err != nil {
		t.Fatalf("building %s: %v", s.Name, err)
	}
	b.Return(logits)
	g := b.Graph()
	if err := ir.Verify(g); err != nil {
		t.Fatalf("built %s is invalid: %v", s.Name, err)
	}
	return g
}

// randTensors gives every checkpoint weight of a graph deterministic random contents: the
// numbers depend only on the seed and the tensor's name. Matrices [n,k] are N(0, 1/k) so
// activations stay O(1); vectors (zero-centred LayerNorm gammas, biases) are N(0, 0.1²). Values
// of a bf16 weight are rounded to bf16, as a real checkpoint's are once converted to f32.
type randTensors struct {
	seed   uint64
	shapes map[string][]int64
	dtypes map[string]ir.DType
}

func newRandTensors(g *ir.Graph, seed uint64) *randTensors {
	r := &randTensors{seed: seed, shapes: map[string][]int64{}, dtypes: map[string]ir.DType{}}
	for _, w := range g.Weights {
		if w.Op != ir.WeightLoad {
			continue
		}
		shape := make([]int64, len(w.Type.Shape))
		for i, d := range w.Type.Shape {
			shape[i] = int64(d)
		}
		r.shapes[w.Name] = shape
		r.dtypes[w.Name] = w.Type.DType
	}
	return r
}

// Tensor implements interp.Tensors.
func (r *randTensors) Tensor(name string) ([]float32, []int64, error) {
	shape, ok := r.shapes[name]
	if !ok {
		return nil, nil, fmt.Errorf("no tensor %q", name)
	}
	h := fnv.New64a()
	h.Write([]byte(name))
	rng := rand.New(rand.NewPCG(r.seed, h.Sum64()))
	n, std := int64(1), 0.1
	for _, d := range shape {
		n *= d
	}
	if len(shape) == 2 {
		std = 1 / math.Sqrt(float64(shape[1]))
	}
	data := make([]float32, n)
	for i := range data {
		data[i] = float32(rng.NormFloat64() * std)
		switch r.dtypes[name] {
		case ir.F32:
		case ir.BF16:
			data[i] = roundBF16(data[i])
		default:
			return nil, nil, fmt.Errorf("tensor %q: random %v data not supported", name, r.dtypes[name])
		}
	}
	return data, shape, nil
}

// roundBF16 rounds x to the nearest bfloat16 (ties to even); x is finite.
func roundBF16(x float32) float32 {
	b := math.Float32bits(x)
	b += 0x7fff + (b>>16)&1
	return math.Float32frombits(b &^ 0xffff)
}
