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

	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/internal/driver"
	"github.com/mtc-dev/mtc/internal/evalppl"
	"github.com/mtc-dev/mtc/internal/refcase"
	"github.com/mtc-dev/mtc/models"
	"github.com/mtc-dev/mtc/runtime"
	"github.com/mtc-dev/mtc/tokenizer"
	"github.com/mtc-dev/mtc/weights"
)

// The weight formats and precision modes beside exact (see codegen/llvm's Options):
//
//   - int8 weights, exact precision: the kernels compute in f32 with the dequantised weights
//     d·q, so they are held to the exact bar (1e-4·max(1, max|logit|)) against the interpreter
//     run on a checkpoint holding the dequantised weights;
//   - fast precision (bf16 activations into bf16 dot products for bf16 weights, int8
//     activations into int8 dot products for int8 weights): the bar is the argmax of the
//     all-position logits of every reference case, equal to llama.cpp's at ≥ 95% of positions,
//     and kjv-small's perplexity within 1% of exact precision.

// precisionMode is a compile configuration.
type precisionMode struct {
	name         string
	weightsDType string
	precision    string
}

var precisionModes = []precisionMode{
	{"int8", "int8", "exact"},
	{"bf16-fast", "", "fast"},
	{"int8-fast", "int8", "fast"},
}

// artifacts compiles each (model, mode) once per test run, under dir.
type artifacts struct {
	dir  string
	done map[string]string
}

func newArtifacts(t *testing.T) *artifacts {
	return &artifacts{dir: t.TempDir(), done: map[string]string{}}
}

func (a *artifacts) get(t *testing.T, model string, m precisionMode) string {
	t.Helper()
	key := model + "\x00" + m.name
	if p, ok := a.done[key]; ok {
		return p
	}
	p := filepath.Join(a.dir, fmt.Sprintf("art%d", len(a.done)))
	compileMode(t, model, p, m)
	a.done[key] = p
	return p
}

func compileMode(t *testing.T, model, out string, m precisionMode) {
	t.Helper()
	o := &driver.CompileOptions{Target: "cpu", WeightsDType: m.weightsDType, Precision: m.precision}
	man, err := driver.Compile(context.Background(), model, out, o)
	if err != nil {
		t.Fatal(err)
	}
	if man.Precision != m.precision || man.WeightsDType != m.weightsDType {
		t.Fatalf("manifest says precision %q, weights %q; compiled for %q, %q", man.Precision, man.WeightsDType, m.precision, m.weightsDType)
	}
}

// dequantizedCheckpoint writes, into dir, the checkpoint at src with every tensor the artifact
// quantises replaced by its dequantised values (f32), the rest copied.
func dequantizedCheckpoint(t *testing.T, man *artifact.Manifest, src, dir string) {
	t.Helper()
	ck, err := weights.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer ck.Close()
	quantized := map[string]bool{}
	for _, w := range man.Weights {
		if w.Transform == artifact.TransformQuantizeQ8 {
			quantized[w.Args[0]] = true
		}
	}
	if len(quantized) == 0 {
		t.Fatal("the int8 artifact quantises no tensor")
	}
	var out []weights.WriteTensor
	for _, name := range ck.Names() {
		tn, _ := ck.Tensor(name)
		wt := weights.WriteTensor{Name: name, DType: tn.DType, Shape: tn.Shape, Data: tn.Data}
		if quantized[name] {
			rows, k := int(tn.Shape[0]), int(tn.Shape[1])
			vals := make([]float32, rows*k)
			if err := tn.ToFloat32(vals); err != nil {
				t.Fatal(err)
			}
			q := make([]byte, artifact.Q8Bytes(int64(rows), int64(k)))
			if err := runtime.QuantizeQ8(q, vals, rows, k); err != nil {
				t.Fatal(err)
			}
			deq, err := runtime.DequantizeQ8(q, rows, k)
			if err != nil {
				t.Fatal(err)
			}
			data, err := weights.EncodeFloat32(weights.F32, deq)
			if err != nil {
				t.Fatal(err)
			}
			wt.DType, wt.Data = weights.F32, data
		}
		out = append(out, wt)
	}
	if err := weights.Write(filepath.Join(dir, "model.safetensors"), out, nil); err != nil {
		t.Fatal(err)
	}
}

// TestCompiledInt8MatchesInterpreter runs random specs compiled with int8 weights against the
// interpreter on their dequantised checkpoints, in prefill (every position) and decode.
func TestCompiledInt8MatchesInterpreter(t *testing.T) {
	requireLLVM(t)
	r := rand.New(rand.NewPCG(21, 5))
	for i := 0; i < 2; i++ {
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
			compileMode(t, specPath, art, precisionModes[0])
			man, err := artifact.Read(art)
			if err != nil {
				t.Fatal(err)
			}
			deqDir := filepath.Join(dir, "deq")
			if err := os.Mkdir(deqDir, 0o755); err != nil {
				t.Fatal(err)
			}
			dequantizedCheckpoint(t, man, dir, deqDir)
			cpu, err := driver.Open(context.Background(), art, dir, driver.OpenOptions{Capacity: 64})
			if err != nil {
				t.Fatal(err)
			}
			defer cpu.Close()
			ref, err := driver.Open(context.Background(), art, deqDir, driver.OpenOptions{Backend: "interp", Capacity: 64})
			if err != nil {
				t.Fatal(err)
			}
			defer ref.Close()
			tokens := make([]int32, 8+r.IntN(12))
			for j := range tokens {
				tokens[j] = int32(r.IntN(spec.VocabSize))
			}
			for si, step := range [][]int32{tokens, {tokens[0]}, tokens[1:4]} {
				a, err := cpu.Engine.Step(step, len(step))
				if err != nil {
					t.Fatal(err)
				}
				b, err := ref.Engine.Step(step, len(step))
				if err != nil {
					t.Fatal(err)
				}
				if d := relDiff(a, b); d > 1e-4 {
					t.Errorf("step %d: max relative diff %.3g compiled (int8) vs interpreted (dequantised)\n%s", si, d, src)
				}
			}
		})
	}
}

// TestPrecisionModes checks the fast and int8 modes against the bars, compiling each
// case once for both subtests.
//
// argmax: every reference case compiled in each mode (bf16-fast: the bf16 cases, since fast
// precision leaves f32 weights exact); the argmax of its all-position logits is compared with
// the reference's, pooled over the cases (92 positions; 60 for bf16-fast): at least 95% must
// agree. Per case at least 85% must: the random-weight cases have near-ties that 8-bit weights
// may flip (tiny-decoupled-f32 has gaps of 0.002 and 0.011 between its top two logits, whose
// standard deviation is 1.0).
func TestPrecisionModes(t *testing.T) {
	requireLLVM(t)
	arts := newArtifacts(t)
	t.Run("argmax", func(t *testing.T) { testArgmaxAgreement(t, arts) })
	t.Run("perplexity", func(t *testing.T) { testPerplexity(t, arts) })
}

func testArgmaxAgreement(t *testing.T, arts *artifacts) {
	cases, err := refcase.All()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range precisionModes {
		t.Run(m.name, func(t *testing.T) {
			same, total := 0, 0
			for _, c := range cases {
				if m.weightsDType == "" && !strings.Contains(c.Name, "bf16") && c.Name != "kjv-small" {
					continue // fast precision changes nothing for f32 weights
				}
				art := arts.get(t, c.Dir, m)
				s, err := driver.Open(context.Background(), art, c.Dir, driver.OpenOptions{Capacity: 256})
				if err != nil {
					t.Fatal(err)
				}
				T := len(c.Tokens)
				got, err := s.Engine.Step(c.Tokens, T)
				s.Close()
				if err != nil {
					t.Fatal(err)
				}
				n := 0
				for p := 0; p < T; p++ {
					if refcase.Argmax(got[p*c.Vocab:(p+1)*c.Vocab]) == refcase.Argmax(c.Logits[p*c.Vocab:(p+1)*c.Vocab]) {
						n++
					}
				}
				d, tol, _ := c.Compare(got, 0, T, 1e-4)
				t.Logf("%s: argmax equal at %d of %d positions; max|diff| %.3g (the exact bar would be %.3g)", c.Name, n, T, d, tol)
				if float64(n) < 0.85*float64(T) {
					t.Errorf("%s: argmax equal at %d of %d positions, want ≥ 85%%", c.Name, n, T)
				}
				same, total = same+n, total+T
			}
			t.Logf("all cases: argmax equal at %d of %d positions (%.1f%%)", same, total, 100*float64(same)/float64(total))
			if float64(same) < 0.95*float64(total) {
				t.Errorf("argmax equal at %d of %d positions, want ≥ 95%%", same, total)
			}
		})
	}
}

// testPerplexity evaluates kjv-small on the first windows of its held-out text (the protocol of
// its README.txt) in every mode and requires the perplexity within 1% of exact precision's.
func testPerplexity(t *testing.T, arts *artifacts) {
	dir := filepath.Join(refcase.Root(), "kjv-small")
	text, err := os.ReadFile(filepath.Join(dir, "heldout.txt"))
	if err != nil {
		t.Fatal(err)
	}
	tok, err := tokenizer.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	var tokens []int32
	for _, id := range tok.Encode(string(text)) {
		tokens = append(tokens, int32(id))
	}
	windows := 8
	if testing.Short() {
		windows = 3
	}
	ppl := func(m precisionMode) float64 {
		art := arts.get(t, dir, m)
		s, err := driver.Open(context.Background(), art, dir, driver.OpenOptions{Capacity: 256})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		res, err := evalppl.Evaluate(context.Background(), s.Engine, tokens, evalppl.Options{Ctx: 256, BOS: s.Spec.BOS, Vocab: s.Spec.VocabSize, MaxWindows: windows})
		if err != nil {
			t.Fatal(err)
		}
		return res.PPL
	}
	exact := ppl(precisionMode{"exact", "", "exact"})
	for _, m := range precisionModes {
		p := ppl(m)
		rel := p/exact - 1
		t.Logf("%s: ppl %.4f, exact %.4f (%+.3f%%) over %d windows", m.name, p, exact, 100*rel, windows)
		if math.Abs(rel) > 0.01 || strings.Contains(fmt.Sprint(p), "NaN") {
			t.Errorf("%s: ppl %.4f is not within 1%% of exact precision's %.4f", m.name, p, exact)
		}
	}
}
