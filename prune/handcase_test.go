package prune

import (
	"context"
	"math"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/mtc-dev/mtc/models"
	"github.com/mtc-dev/mtc/weights"
)

// The hand case: one layer, hidden 4, two heads of width 2 with their own KV heads, MLP 3,
// vocab 6. Every LayerNorm weight is -1 (LayerNorm1P multiplies by 1 + weight = 0), so each
// norm outputs its bias for every token, and everything downstream is a constant that can be
// computed by hand:
//
//	a = b1 (input_layernorm bias)   attention output = v = Wv·b1 (every key has the same value)
//	m = b2 (post_attention bias)    MLP activation n = relu(Wup·b2)²
//	x_out = x_in + Wo·v + Wdown·n   (x_in = the token's embedding row)
const handSpec = `name: hand
vocab_size: 6
hidden_size: 4
num_layers: 1
num_heads: 2
num_kv_heads: 2
head_dim: 2
ffn_size: 3
activation: relu2
norm: {type: layernorm1p, eps: 1.0e-5}
rope: {theta: 10000, partial_rotary_factor: 1.0}
max_position_embeddings: 16
bos_token_id: 2
eos_token_id: 3
dtype: f32
`

var (
	handB1 = []float32{0.5, -0.125, 0.375, 0.0625}
	handB2 = []float32{0.125, 0.25, -0.125, 0}
)

// enc gives the element (r, c) of a hand tensor a recognisable value: base + r + c/8.
func enc(base, r, c int) float32 { return float32(base) + float32(r) + float32(c)/8 }

func handTensors(s *models.Spec) tensorMap {
	tm := tensorMap{}
	mat := func(name string, base, rows, cols int, scale float32) {
		x := &memTensor{shape: []int64{int64(rows), int64(cols)}, dtype: weights.F32} // F32
		for r := 0; r < rows; r++ {
			for c := 0; c < cols; c++ {
				x.data = append(x.data, scale*enc(base, r, c))
			}
		}
		tm[name] = x
	}
	vec := func(name string, v []float32) {
		tm[name] = &memTensor{shape: []int64{int64(len(v))}, data: append([]float32(nil), v...), dtype: weights.F32}
	}
	mat("model.embed_tokens.weight", 0, 6, 4, 0.25)
	vec("model.layers.0.input_layernorm.weight", []float32{-1, -1, -1, -1})
	vec("model.layers.0.input_layernorm.bias", handB1)
	mat("model.layers.0.self_attn.q_proj.weight", 10, 4, 4, 0.125)
	mat("model.layers.0.self_attn.k_proj.weight", 20, 4, 4, 0.125)
	mat("model.layers.0.self_attn.v_proj.weight", 30, 4, 4, 0.125)
	tm["model.layers.0.self_attn.v_proj.weight"].data[4*2+1] *= -3 // head 1 differs in sign
	mat("model.layers.0.self_attn.o_proj.weight", 40, 4, 4, 0.0625)
	vec("model.layers.0.post_attention_layernorm.weight", []float32{-1, -1, -1, -1})
	vec("model.layers.0.post_attention_layernorm.bias", handB2)
	mat("model.layers.0.mlp.up_proj.weight", 50, 3, 4, 0.125)
	copy(tm["model.layers.0.mlp.up_proj.weight"].data[4:8], []float32{-1, -1, 1, 0}) // neuron 1: up = -0.5, relu² = 0
	mat("model.layers.0.mlp.down_proj.weight", 60, 4, 3, 0.0625)
	vec("model.norm.weight", []float32{0.5, 0.25, 0, -0.25})
	vec("model.norm.bias", []float32{0, 0.125, 0.25, 0.375})
	mat("lm_head.weight", 70, 6, 4, 0.03125)
	return tm
}

func matVec(w []float32, rows, cols int, x []float64) []float64 {
	out := make([]float64, rows)
	for r := range out {
		for c := 0; c < cols; c++ {
			out[r] += float64(w[r*cols+c]) * x[c]
		}
	}
	return out
}

func f64(x []float32) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = float64(v)
	}
	return out
}

func TestHandCase(t *testing.T) {
	spec, err := models.DecodeSpec("hand.yaml", []byte(handSpec))
	if err != nil {
		t.Fatal(err)
	}
	tm := handTensors(spec)
	ckpt := mustOpen(t, filepath.Join(tm.write(t, spec, t.TempDir()), "model.safetensors"))

	// Windows of Seq-1 = 2 tokens: {1,3} {4,5} {0}, each run with BOS (2) in front.
	tokens := []int32{1, 3, 4, 5, 0}
	imp, err := Calibrate(context.Background(), spec, ckpt, tokens, CalibOptions{Seq: 3})
	if err != nil {
		t.Fatal(err)
	}
	S := 3.0 // samples; each per-sample mean is the constant itself, so L2 over samples is sqrt(S)·|const|
	var want Importance
	want.Method, want.NeuronMetric, want.Samples, want.Tokens = "activation", NeuronSqReLU, 3, 8
	for c := range handB1 {
		want.Embedding = append(want.Embedding, math.Sqrt(S)*(math.Abs(float64(handB1[c]))+math.Abs(float64(handB2[c]))))
	}
	v := matVec(tm["model.layers.0.self_attn.v_proj.weight"].data, 4, 4, f64(handB1))
	heads := []float64{math.Sqrt(S) * math.Hypot(v[0], v[1]), math.Sqrt(S) * math.Hypot(v[2], v[3])}
	up := matVec(tm["model.layers.0.mlp.up_proj.weight"].data, 3, 4, f64(handB2))
	var n, neurons []float64
	for _, u := range up {
		u = math.Max(u, 0)
		n = append(n, u*u)
		neurons = append(neurons, math.Sqrt(S)*u*u)
	}
	delta := matVec(tm["model.layers.0.self_attn.o_proj.weight"].data, 4, 4, v)
	for i, d := range matVec(tm["model.layers.0.mlp.down_proj.weight"].data, 4, 3, n) {
		delta[i] += d
	}
	var cosSum float64
	emb := tm["model.embed_tokens.weight"].data
	for _, tok := range []int{2, 1, 3, 2, 4, 5, 2, 0} {
		x := f64(emb[tok*4 : tok*4+4])
		var xy, xx, yy float64
		for i := range x {
			y := x[i] + delta[i]
			xy, xx, yy = xy+x[i]*y, xx+x[i]*x[i], yy+y*y
		}
		cosSum += xy / math.Sqrt(xx*yy)
	}
	want.Layers = []LayerImportance{{Index: 0, Block: 1 - cosSum/8, Heads: heads, KVGroups: heads, Neurons: neurons}}
	if neurons[1] != 0 {
		t.Fatalf("hand case broken: neuron 1 should be dead, score %g", neurons[1])
	}
	if diff := cmp.Diff(&want, imp, cmpopts.EquateApprox(1e-6, 1e-9)); diff != "" {
		t.Errorf("importance (-want +got):\n%s", diff)
	}

	// Channel scores ∝ |b1|+|b2| = .625 .375 .5 .0625: keep channels 0 and 2; neurons: keep 2
	// of 3 (neuron 1 is dead); heads stay.
	plan, err := MakePlan(spec, &Target{Hidden: 2, FFN: 2}, imp)
	if err != nil {
		t.Fatal(err)
	}
	wantPlan := &Plan{Hidden: []int{0, 2}, Dropped: []int{}, Layers: []LayerPlan{{Index: 0, Heads: []int{0, 1}, KVHeads: []int{0, 1}, Neurons: []int{0, 2}}}}
	if diff := cmp.Diff(wantPlan, plan); diff != "" {
		t.Fatalf("plan (-want +got):\n%s", diff)
	}
	ps, ts, err := Apply(spec, ckpt, plan, "hand-pruned")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]float32{}
	shapes := map[string][]int64{}
	for _, x := range ts {
		vals := make([]float32, len(x.Data)/4)
		for i := range vals {
			vals[i] = math.Float32frombits(uint32(x.Data[4*i]) | uint32(x.Data[4*i+1])<<8 | uint32(x.Data[4*i+2])<<16 | uint32(x.Data[4*i+3])<<24)
		}
		got[x.Name], shapes[x.Name] = vals, x.Shape
	}
	q := func(base int, scale float32, rc ...[2]int) []float32 {
		var out []float32
		for _, p := range rc {
			out = append(out, scale*enc(base, p[0], p[1]))
		}
		return out
	}
	// Columns {0,2} of embed_tokens, q/k/v, up and lm_head; rows {0,2} of o_proj and down_proj
	// (whose columns are heads and neurons {0,2}).
	wantT := map[string][]float32{
		"model.embed_tokens.weight":                      q(0, 0.25, [2]int{0, 0}, [2]int{0, 2}, [2]int{1, 0}, [2]int{1, 2}, [2]int{2, 0}, [2]int{2, 2}, [2]int{3, 0}, [2]int{3, 2}, [2]int{4, 0}, [2]int{4, 2}, [2]int{5, 0}, [2]int{5, 2}),
		"model.layers.0.input_layernorm.weight":          {-1, -1},
		"model.layers.0.input_layernorm.bias":            {0.5, 0.375},
		"model.layers.0.self_attn.q_proj.weight":         q(10, 0.125, [2]int{0, 0}, [2]int{0, 2}, [2]int{1, 0}, [2]int{1, 2}, [2]int{2, 0}, [2]int{2, 2}, [2]int{3, 0}, [2]int{3, 2}),
		"model.layers.0.self_attn.k_proj.weight":         q(20, 0.125, [2]int{0, 0}, [2]int{0, 2}, [2]int{1, 0}, [2]int{1, 2}, [2]int{2, 0}, [2]int{2, 2}, [2]int{3, 0}, [2]int{3, 2}),
		"model.layers.0.self_attn.v_proj.weight":         q(30, 0.125, [2]int{0, 0}, [2]int{0, 2}, [2]int{1, 0}, [2]int{1, 2}, [2]int{2, 0}, [2]int{2, 2}, [2]int{3, 0}, [2]int{3, 2}),
		"model.layers.0.self_attn.o_proj.weight":         q(40, 0.0625, [2]int{0, 0}, [2]int{0, 1}, [2]int{0, 2}, [2]int{0, 3}, [2]int{2, 0}, [2]int{2, 1}, [2]int{2, 2}, [2]int{2, 3}),
		"model.layers.0.post_attention_layernorm.weight": {-1, -1},
		"model.layers.0.post_attention_layernorm.bias":   {0.125, -0.125},
		"model.layers.0.mlp.up_proj.weight":              q(50, 0.125, [2]int{0, 0}, [2]int{0, 2}, [2]int{2, 0}, [2]int{2, 2}),
		"model.layers.0.mlp.down_proj.weight":            q(60, 0.0625, [2]int{0, 0}, [2]int{0, 2}, [2]int{2, 0}, [2]int{2, 2}),
		"model.norm.weight":                              {0.5, 0},
		"model.norm.bias":                                {0, 0.25},
		"lm_head.weight":                                 q(70, 0.03125, [2]int{0, 0}, [2]int{0, 2}, [2]int{1, 0}, [2]int{1, 2}, [2]int{2, 0}, [2]int{2, 2}, [2]int{3, 0}, [2]int{3, 2}, [2]int{4, 0}, [2]int{4, 2}, [2]int{5, 0}, [2]int{5, 2}),
	}
	if diff := cmp.Diff(wantT, got); diff != "" {
		t.Errorf("pruned tensors (-want +got):\n%s", diff)
	}
	if s := shapes["model.layers.0.self_attn.o_proj.weight"]; !cmp.Equal(s, []int64{2, 4}) {
		t.Errorf("o_proj shape %v, want [2 4]", s)
	}
	if ps.Hidden != 2 || ps.Layers[0].FFN != 2 {
		t.Errorf("pruned spec hidden %d ffn %d, want 2 and 2", ps.Hidden, ps.Layers[0].FFN)
	}
}
