package driver_test

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtc-dev/mtc/internal/driver"
	"github.com/mtc-dev/mtc/models"
	"github.com/mtc-dev/mtc/weights"
)

// randomSpecYAML draws a valid spec: hidden, heads, KV heads, head_dim and FFN independently,
// partial rotary factors 0.25–1, per-layer overrides and sometimes a dropped layer, MQA, tied
// embeddings and every storage dtype.
func randomSpecYAML(r *rand.Rand, i int) string {
	kv := []int{1, 2, 3}[r.IntN(3)]
	group := 1 + r.IntN(3)
	headDim := []int{8, 12, 16, 24, 32}[r.IntN(5)]
	partial := []float64{0.25, 0.5, 0.75, 1}[r.IntN(4)]
	for int(float64(headDim)*partial)%2 != 0 {
		partial = 1
	}
	layers := 1 + r.IntN(3)
	var b strings.Builder
	fmt.Fprintf(&b, "name: random-%d\nvocab_size: %d\nhidden_size: %d\nnum_layers: %d\n", i, 64+r.IntN(200), 8*(2+r.IntN(10)), layers)
	fmt.Fprintf(&b, "num_heads: %d\nnum_kv_heads: %d\nhead_dim: %d\nffn_size: %d\n", kv*group, kv, headDim, 4*(3+r.IntN(40)))
	fmt.Fprintf(&b, "activation: relu2\nnorm: {type: layernorm1p, eps: 1.0e-5}\n")
	fmt.Fprintf(&b, "rope: {theta: %g, partial_rotary_factor: %g, scaling_factor: %g}\n", []float64{10000, 500, 1e6}[r.IntN(3)], partial, []float64{1, 1, 2}[r.IntN(3)])
	fmt.Fprintf(&b, "tie_embeddings: %v\nmax_position_embeddings: 64\nbos_token_id: 2\neos_token_id: 3\n", r.IntN(4) == 0)
	fmt.Fprintf(&b, "dtype: %s\n", []string{"f32", "bf16", "f16"}[r.IntN(3)])
	if layers > 1 && r.IntN(2) == 0 {
		l := r.IntN(layers)
		g2 := 1 + r.IntN(3)
		fmt.Fprintf(&b, "layers:\n  - {index: %d, num_heads: %d, num_kv_heads: %d, ffn_size: %d}\n", l, kv*g2, kv, 4*(1+r.IntN(30)))
	}
	if layers > 2 && r.IntN(2) == 0 {
		fmt.Fprintf(&b, "drop_layers: [%d]\n", r.IntN(layers))
	}
	return b.String()
}

// writeRandomCheckpoint writes random weights for every tensor the spec needs (and the dropped
// layers' ones) in the spec's dtype.
func writeRandomCheckpoint(t *testing.T, s *models.Spec, dir string, r *rand.Rand) {
	t.Helper()
	dt, _ := weights.ParseDType(strings.ToUpper(s.DType))
	var out []weights.WriteTensor
	all := append(models.TensorNames(s), models.UnusedTensorNames(s)...)
	for _, x := range all {
		n := int64(1)
		for _, d := range x.Shape {
			n *= d
		}
		v := make([]float32, n)
		std := 0.3
		if strings.Contains(x.Name, "embed") {
			std = 1
		}
		for i := range v {
			v[i] = float32(r.NormFloat64() * std)
		}
		data, err := weights.EncodeFloat32(dt, v)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, weights.WriteTensor{Name: x.Name, DType: dt, Shape: x.Shape, Data: data})
	}
	if err := weights.Write(filepath.Join(dir, "model.safetensors"), out, nil); err != nil {
		t.Fatal(err)
	}
}

// TestCompiledMatchesInterpreter is the differential property test: random specs with random
// weights give the same logits compiled for the CPU and on the interpreter, in prefill (every
// position) and in decode.
func TestCompiledMatchesInterpreter(t *testing.T) {
	requireLLVM(t)
	n := 6
	if testing.Short() {
		n = 2
	}
	r := rand.New(rand.NewPCG(7, 11))
	for i := 0; i < n; i++ {
		src := randomSpecYAML(r, i)
		t.Run(fmt.Sprintf("random-%d", i), func(t *testing.T) {
			dir := t.TempDir()
			specPath := filepath.Join(dir, "model.yaml")
			if err := os.WriteFile(specPath, []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			spec, err := models.Load(specPath)
			if err != nil {
				t.Fatalf("%v\n%s", err, src)
			}
			writeRandomCheckpoint(t, spec, dir, r)
			art := filepath.Join(dir, "art")
			if _, err := driver.Compile(context.Background(), specPath, art, &driver.CompileOptions{Target: "cpu"}); err != nil {
				t.Fatalf("%v\n%s", err, src)
			}
			cpu, err := driver.Open(context.Background(), art, dir, driver.OpenOptions{Capacity: 64})
			if err != nil {
				t.Fatal(err)
			}
			defer cpu.Close()
			ref, err := driver.Open(context.Background(), art, dir, driver.OpenOptions{Backend: "interp", Capacity: 64})
			if err != nil {
				t.Fatal(err)
			}
			defer ref.Close()
			tokens := make([]int32, 5+r.IntN(12))
			for j := range tokens {
				tokens[j] = int32(r.IntN(spec.VocabSize))
			}
			steps := [][]int32{tokens, {tokens[0]}, {tokens[1]}}
			for si, step := range steps {
				rows := len(step)
				a, err := cpu.Engine.Step(step, rows)
				if err != nil {
					t.Fatal(err)
				}
				b, err := ref.Engine.Step(step, rows)
				if err != nil {
					t.Fatal(err)
				}
				if d := relDiff(a, b); d > 1e-4 {
					t.Errorf("step %d: max relative diff %.3g compiled vs interpreted\n%s", si, d, src)
				}
			}
		})
	}
}

// relDiff is max|a-b| / max(1, max|b|).
func relDiff(a, b []float32) float64 {
	if len(a) != len(b) {
		return math.Inf(1)
	}
	var d, m float64 = 0, 1
	for i := range a {
		d = math.Max(d, math.Abs(float64(a[i]-b[i])))
		m = math.Max(m, math.Abs(float64(b[i])))
		if a[i] != a[i] {
			return math.Inf(1)
		}
	}
	return d / m
}
