package passes

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/mtc-dev/mtc/internal/diag"
	"github.com/mtc-dev/mtc/ir"
	"github.com/mtc-dev/mtc/ir/interp"
)

// meaningShapes are the models TestPassesPreserveMeaning runs: uniform and heterogeneous
// layers, MQA, MHA, head_dim unrelated to hidden/heads, rotary fractions 0.25 to 1, RoPE
// scaling, f32 and bf16 checkpoints, plus a few drawn at random.
func meaningShapes() []modelShape {
	shapes := []modelShape{
		{Name: "uniform", Layers: uniform(2, layerShape{6, 2, 40}), Hidden: 24, HeadDim: 8, Vocab: 32, Rot: 8},
		{Name: "hetero", Layers: []layerShape{{4, 2, 32}, {6, 3, 20}, {2, 1, 48}}, Hidden: 20, HeadDim: 10, Vocab: 29, Rot: 4},
		{Name: "mqa", Layers: uniform(2, layerShape{4, 1, 24}), Hidden: 16, HeadDim: 6, Vocab: 19, Rot: 2, DType: ir.F32},
		{Name: "mha-scaled", Layers: []layerShape{{3, 3, 36}, {3, 3, 12}}, Hidden: 30, HeadDim: 12, Vocab: 40, Rot: 6, Theta: 500000, Scale: 4},
		{Name: "quarter-rot", Layers: []layerShape{{8, 4, 16}, {8, 2, 28}, {4, 4, 16}}, Hidden: 12, HeadDim: 16, Vocab: 23, Rot: 4},
	}
	rng := rand.New(rand.NewPCG(7, 11))
	for i := range 3 {
		var layers []layerShape
		for range 1 + rng.IntN(3) {
			kv := 1 + rng.IntN(3)
			layers = append(layers, layerShape{kv * (1 + rng.IntN(3)), kv, 4 * (1 + rng.IntN(10))})
		}
		d := 2 * (1 + rng.IntN(8))
		rot := 2 * max(1, int(float64(d)*(0.25+0.25*float64(rng.IntN(4)))/2))
		shapes = append(shapes, modelShape{
			Name: fmt.Sprintf("random%d", i), Layers: layers, Hidden: 4 + rng.IntN(29), HeadDim: d,
			Vocab: 8 + rng.IntN(40), Rot: rot, Theta: 100 + float64(rng.IntN(20000)), Scale: 1 + float64(rng.IntN(3)),
		})
	}
	return shapes
}

// steps runs g in the interpreter for two steps: a prefill of 5 tokens with logits for every
// row (R = T), then a decode of one token (R = 1).
func steps(t *testing.T, g *ir.Graph, tensors interp.Tensors, vocab int) [][]float32 {
	t.Helper()
	in, err := interp.New(g, tensors, 8)
	if err != nil {
		t.Fatal(err)
	}
	var prompt []int32
	for i := range 5 {
		prompt = append(prompt, int32((7*i+3)%vocab))
	}
	prefill, err := in.Run(prompt, len(prompt))
	if err != nil {
		t.Fatalf("prefill: %v", err)
	}
	decode, err := in.Run([]int32{int32(vocab - 1)}, 1)
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	return [][]float32{prefill, decode}
}

// maxRelDiff is the largest normwise relative difference over the steps:
// max_i |got_i - want_i| / max_i |want_i|. It is +Inf on a length mismatch or a NaN.
func maxRelDiff(want, got [][]float32) float64 {
	if len(want) != len(got) {
		return math.Inf(1)
	}
	worst := 0.0
	for s := range want {
		if len(want[s]) != len(got[s]) || len(want[s]) == 0 {
			return math.Inf(1)
		}
		var diff, norm float64
		for i := range want[s] {
			d := math.Abs(float64(got[s][i]) - float64(want[s][i]))
			if math.IsNaN(d) {
				return math.Inf(1)
			}
			diff = max(diff, d)
			norm = max(norm, math.Abs(float64(want[s][i])))
		}
		worst = max(worst, diff/max(norm, 1e-30))
	}
	return worst
}

func TestPassesPreserveMeaning(t *testing.T) {
	for _, s := range meaningShapes() {
		t.Run(s.Name, func(t *testing.T) {
			g := buildModel(t, s)
			tensors := newRandTensors(g, 1)
			want := steps(t, g, tensors, s.Vocab)
			inputPos := positions(g)
			for _, p := range Pipeline {
				if err := RunPass(p, g, &Options{}); err != nil {
					t.Fatal(err)
				}
				if d := maxRelDiff(want, steps(t, g, tensors, s.Vocab)); d > 1e-5 {
					t.Errorf("after %s: max relative diff %.3g > 1e-5", p.Name, d)
				}
			}
			checkArena(t, g)
			for p := range positions(g) {
				if !inputPos[p] {
					t.Errorf("position %v after the pipeline is not a position of the input", p)
				}
			}
			for _, op := range []ir.Op{ir.OpLayerNorm1P, ir.OpRoPE, ir.OpAttention, ir.OpMatMul, ir.OpSqReLU, ir.OpAdd, ir.OpSlice} {
				if n := countOp(g, op); op != ir.OpMatMul && n > 0 || op == ir.OpMatMul && n != 1 {
					t.Errorf("after the pipeline %d %v ops are left:\n%s", n, op, ir.Print(g))
				}
			}
		})
	}
}

// TestDisablingPassesPreservesMeaning runs the pipeline with each optional pass disabled: the
// remaining passes must cope with the graph they get and keep its meaning.
func TestDisablingPassesPreservesMeaning(t *testing.T) {
	s := meaningShapes()[1]
	base := buildModel(t, s)
	tensors := newRandTensors(base, 2)
	want := steps(t, base, tensors, s.Vocab)
	for _, p := range Pipeline {
		if p.Required {
			continue
		}
		t.Run("without "+p.Name, func(t *testing.T) {
			g := base.Clone()
			if err := Run(g, &Options{Disable: map[string]bool{p.Name: true}}); err != nil {
				t.Fatal(err)
			}
			if d := maxRelDiff(want, steps(t, g, tensors, s.Vocab)); d > 1e-5 {
				t.Errorf("max relative diff %.3g > 1e-5", d)
			}
			checkArena(t, g)
		})
	}
}

// positions is the set of source positions of g's values and weights.
func positions(g *ir.Graph) map[diag.Pos]bool {
	out := map[diag.Pos]bool{}
	for _, v := range g.Values {
		out[v.Pos] = true
	}
	for _, w := range g.Weights {
		out[w.Pos] = true
	}
	return out
}

func countOp(g *ir.Graph, op ir.Op) int {
	n := 0
	for _, v := range g.Values {
		if v.Op == op {
			n++
		}
	}
	return n
}

// checkArena replays g's memory plan independently of ir.Verify: it walks the values in order,
// records which value last wrote each byte (per row) of the activation and the row arena, and
// checks that every operand still owns its bytes when it is read, and that the result owns its
// bytes at the end.
func checkArena(t *testing.T, g *ir.Graph) {
	t.Helper()
	perToken, perRow := ArenaBytes(g)
	owners := map[bool][]*ir.Value{false: make([]*ir.Value, perToken), true: make([]*ir.Value, perRow)}
	owns := func(v *ir.Value) bool {
		owner := owners[ir.InRowArena(v)]
		for i := v.Buf; i < v.Buf+ir.BytesPerToken(v); i++ {
			if owner[i] != v {
				return false
			}
		}
		return true
	}
	for _, v := range g.Values {
		for _, a := range v.Args {
			if a.Op != ir.OpTokens && !owns(a) {
				t.Errorf("%s reads %s, whose buffer was overwritten", ir.PrintValue(v), ir.PrintValue(a))
			}
		}
		if v.Op == ir.OpTokens {
			if v.Buf != ir.NoBuf {
				t.Errorf("tokens got a buffer: %s", ir.PrintValue(v))
			}
			continue
		}
		if v.Buf < 0 || v.Buf%Alignment != 0 {
			t.Errorf("%s: buffer offset not a multiple of %d", ir.PrintValue(v), Alignment)
			continue
		}
		owner := owners[ir.InRowArena(v)]
		for i := v.Buf; i < v.Buf+ir.BytesPerToken(v); i++ {
			owner[i] = v
		}
	}
	if !owns(g.Result) {
		t.Errorf("the result's buffer was overwritten")
	}
}
