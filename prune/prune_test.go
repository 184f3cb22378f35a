package prune

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mtc-dev/mtc/internal/driver"
	"github.com/mtc-dev/mtc/models"
)

const calibText = "In the beginning God created the heaven and the earth.\nAnd the earth was without form, and void; and darkness was upon the face of the deep.\n"

func writeCalib(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "calib.txt")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestKeepAllReproduces prunes to the source's own shape: every tensor must come out byte for
// byte, in the source dtype, and the logits must be identical.
func TestKeepAllReproduces(t *testing.T) {
	for _, name := range []string{"tiny-decoupled-f32", "tiny-bf16", "kjv-small"} {
		t.Run(name, func(t *testing.T) {
			dir := caseDir(name)
			out := filepath.Join(t.TempDir(), "out")
			rep, err := Run(context.Background(), &Config{Weights: dir, CalibFile: writeCalib(t, calibText), CalibTokens: 40,
				Calib: CalibOptions{Seq: 16}, Out: out})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Calibration == nil || rep.Calibration.Windows != 3 || rep.Importance == nil {
				t.Errorf("calibration report %+v: want 3 windows of 15 tokens + BOS", rep.Calibration)
			}
			src, got := mustOpen(t, dir), mustOpen(t, filepath.Join(out, FileWeights))
			for _, n := range src.Names() {
				a, _ := src.Tensor(n)
				b, ok := got.Tensor(n)
				if !ok {
					t.Fatalf("pruned checkpoint lacks %s", n)
				}
				if a.DType != b.DType || !slices.Equal(a.Shape, b.Shape) || !bytes.Equal(a.Data, b.Data) {
					t.Errorf("%s: %v %v differs from the source's %v %v", n, b.DType, b.Shape, a.DType, a.Shape)
				}
			}
			spec := mustLoad(t, filepath.Join(out, FileConfig))
			tokens := someTokens(24, spec.VocabSize, 7)
			want := logits(t, mustLoad(t, dir), src, tokens)
			if d := maxAbsDiff(want, logits(t, spec, got, tokens)); d != 0 {
				t.Errorf("logits differ by up to %g", d)
			}
			for _, f := range []string{FileConfig, FileWeights, FileTokenizer, FileSpec, FileReport} {
				if _, err := os.Stat(filepath.Join(out, f)); err != nil {
					t.Errorf("output lacks %s: %v", f, err)
				}
			}
		})
	}
}

// masked returns a copy of the source checkpoint in which everything plan removes (other than
// residual channels) is switched off: the o_proj columns of removed query heads (their
// attention output no longer reaches the residual) and the up_proj rows of removed neurons
// (relu² of 0 is 0), plus the spec with the deleted layers dropped.
func masked(t *testing.T, src *models.Spec, tm tensorMap, plan *Plan, d int) (*models.Spec, tensorMap) {
	t.Helper()
	for _, lp := range plan.Layers {
		var l models.Layer
		for _, x := range src.Layers {
			if x.Index == lp.Index {
				l = x
			}
		}
		pre := "model.layers." + itoa(lp.Index) + "."
		tm.zeroCols(pre+"self_attn.o_proj.weight", blocks(complement(lp.Heads, l.Heads), d)...)
		tm.zeroRows(pre+"mlp.up_proj.weight", complement(lp.Neurons, l.FFN)...)
	}
	ms := src.Clone()
	var run []models.Layer
	for _, l := range src.Layers {
		if slices.Contains(plan.Dropped, l.Index) {
			ms.Dropped = append(ms.Dropped, l)
		} else {
			run = append(run, l)
		}
	}
	ms.Layers = run
	return ms, tm
}

func itoa(i int) string { return strconv.Itoa(i) }

// TestPrunedMatchesMasked: a model pruned in heads (within groups), KV groups, neurons and
// depth computes exactly what the base model computes with those units zeroed and those
// layers skipped.
func TestPrunedMatchesMasked(t *testing.T) {
	dir := caseDir("tiny-decoupled-f32") // 3 layers, 6 heads in 2 KV groups, head_dim 32, ffn 320
	src := mustLoad(t, dir)
	ckpt := mustOpen(t, dir)
	imp, err := Calibrate(context.Background(), src, ckpt, someTokens(60, src.VocabSize, 1), CalibOptions{Seq: 32})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		target Target
	}{
		{"heads within groups", Target{Heads: 4}},
		{"one KV group", Target{Heads: 2, KVHeads: 1}},
		{"neurons", Target{FFN: 100}},
		{"depth by block importance", Target{Layers: 2}},
		{"named layers", Target{DropLayers: []int{0, 2}}},
		{"everything but width", Target{Heads: 2, KVHeads: 1, FFN: 33, Layers: 2}},
	}
	// A target spec that keeps the checkpoint's numbering and names the layer to delete.
	withDrop := src.Clone()
	withDrop.Layers = []models.Layer{{Index: 0, Heads: 3, KVHeads: 1, FFN: 320}, {Index: 2, Heads: 6, KVHeads: 2, FFN: 200}}
	withDrop.Dropped = []models.Layer{src.Layers[1]}
	specPath := filepath.Join(t.TempDir(), "to.yaml")
	if err := os.WriteFile(specPath, withDrop.Format(), 0o644); err != nil {
		t.Fatal(err)
	}
	tests = append(tests, struct {
		name   string
		target Target
	}{"target spec with drop_layers", Target{Spec: mustLoad(t, specPath)}})
	tokens := someTokens(20, src.VocabSize, 3)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan, err := MakePlan(src, &tt.target, imp)
			if err != nil {
				t.Fatal(err)
			}
			ps, tensors, err := Apply(src, ckpt, plan, "pruned")
			if err != nil {
				t.Fatal(err)
			}
			if ps.Stats(0).Params >= src.Stats(0).Params {
				t.Fatalf("nothing was pruned: %d parameters", ps.Stats(0).Params)
			}
			out := filepath.Join(t.TempDir(), "out")
			if err := WriteFolder(out, ps, tensors, NewReport(src, ps, plan, imp), ""); err != nil {
				t.Fatal(err)
			}
			got := logits(t, ps, mustOpen(t, filepath.Join(out, FileWeights)), tokens)
			ms, tm := masked(t, src, readAll(t, ckpt), plan, src.HeadDim)
			mdir := tm.write(t, ms, t.TempDir())
			want := logits(t, ms, mustOpen(t, filepath.Join(mdir, "model.safetensors")), tokens)
			if d := maxAbsDiff(want, got); d != 0 {
				t.Errorf("pruned logits differ from the masked base model's by up to %g", d)
			}
		})
	}
}

// TestZeroedUnitsGoFirst builds checkpoints in which some units contribute nothing and checks
// that importance pruning removes exactly those.
func TestZeroedUnitsGoFirst(t *testing.T) {
	dir := caseDir("tiny-decoupled-f32")
	src := mustLoad(t, dir)
	base := readAll(t, mustOpen(t, dir))
	tokens := someTokens(62, src.VocabSize, 5)
	type check func(t *testing.T, r *Report)
	tests := []struct {
		name   string
		zero   func(tm tensorMap)
		target Target
		metric string
		check  check
	}{
		{
			name:   "neurons (sqrelu)",
			zero:   func(tm tensorMap) { tm.zeroRows("model.layers.1.mlp.up_proj.weight", 5, 17, 300) },
			target: Target{FFN: 317},
			check: func(t *testing.T, r *Report) {
				wantRemoved(t, "layer 1 neurons", r.Removed.PerLayer[1].Neurons, []int{5, 17, 300})
			},
		},
		{
			name:   "neurons (up)",
			zero:   func(tm tensorMap) { tm.zeroRows("model.layers.2.mlp.up_proj.weight", 0, 319) },
			target: Target{FFN: 318},
			metric: NeuronUp,
			check: func(t *testing.T, r *Report) {
				wantRemoved(t, "layer 2 neurons", r.Removed.PerLayer[2].Neurons, []int{0, 319})
			},
		},
		{
			// A zero value projection zeroes the attention output of the group's 3 query heads.
			name:   "KV group",
			zero:   func(tm tensorMap) { tm.zeroRows("model.layers.0.self_attn.v_proj.weight", upTo(64)[32:]...) },
			target: Target{Heads: 3, KVHeads: 1},
			check: func(t *testing.T, r *Report) {
				wantRemoved(t, "layer 0 KV heads", r.Removed.PerLayer[0].KVHeads, []int{1})
				wantRemoved(t, "layer 0 heads", r.Removed.PerLayer[0].Heads, []int{3, 4, 5})
			},
		},
		{
			// gamma = -1 (LayerNorm1P multiplies by 1 + gamma = 0) and bias 0 zero a channel
			// at every LayerNorm.
			name: "residual channel",
			zero: func(tm tensorMap) {
				for l := 0; l < 3; l++ {
					for _, n := range []string{"input_layernorm", "post_attention_layernorm"} {
						p := "model.layers." + itoa(l) + "." + n
						tm[p+".weight"].data[40] = -1
						tm[p+".bias"].data[40] = 0
					}
				}
			},
			target: Target{Hidden: 95},
			check: func(t *testing.T, r *Report) {
				wantRemoved(t, "residual channels", r.Removed.EmbeddingChannels, []int{40})
			},
		},
		{
			// With o_proj and down_proj zero the layer passes its input through: BI = 0.
			name: "layer",
			zero: func(tm tensorMap) {
				tm.zeroRows("model.layers.1.self_attn.o_proj.weight", upTo(96)...)
				tm.zeroRows("model.layers.1.mlp.down_proj.weight", upTo(96)...)
			},
			target: Target{Layers: 2},
			check: func(t *testing.T, r *Report) {
				wantRemoved(t, "layers", r.Removed.Layers, []int{1})
				if bi := r.Importance.Layers[1].Block; bi > 1e-12 {
					t.Errorf("block importance of a pass-through layer = %g, want 0", bi)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tm := readAll(t, mustOpen(t, dir))
			for n, x := range base {
				tm[n] = &memTensor{shape: x.shape, data: slices.Clone(x.data), dtype: x.dtype}
			}
			tt.zero(tm)
			cdir := tm.write(t, src, filepath.Join(t.TempDir(), "ckpt"))
			ckpt := mustOpen(t, cdir)
			imp, err := Calibrate(context.Background(), src, ckpt, tokens, CalibOptions{Seq: 32, NeuronMetric: tt.metric})
			if err != nil {
				t.Fatal(err)
			}
			plan, err := MakePlan(src, &tt.target, imp)
			if err != nil {
				t.Fatal(err)
			}
			ps, _, err := Apply(src, ckpt, plan, "p")
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, NewReport(src, ps, plan, imp))
		})
	}
}

func wantRemoved(t *testing.T, what string, got, want []int) {
	t.Helper()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("removed %s (-want +got):\n%s", what, diff)
	}
}

// TestPrunedFolderLoads: the output folder works with config.json alone (no model.yaml), for a
// heterogeneous target too, through the driver's compile pipeline and the interpreter.
func TestPrunedFolderLoads(t *testing.T) {
	dir := caseDir("tiny-decoupled-f32")
	to := filepath.Join(t.TempDir(), "to.yaml")
	src := mustLoad(t, dir)
	ts := PrunedSpec(src, &Plan{Hidden: upTo(64), Layers: []LayerPlan{
		{Heads: upTo(4), KVHeads: upTo(2), Neurons: upTo(200)},
		{Heads: upTo(3), KVHeads: upTo(1), Neurons: upTo(120)},
	}}, "hetero")
	if err := os.WriteFile(to, ts.Format(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		target Target
		hetero bool
	}{
		{"uniform", Target{Hidden: 48, Heads: 2, KVHeads: 1, FFN: 64, Layers: 2}, false},
		{"heterogeneous spec", Target{Spec: mustLoad(t, to)}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			if _, err := Run(context.Background(), &Config{Weights: dir, CalibFile: writeCalib(t, calibText), CalibTokens: 30,
				Calib: CalibOptions{Seq: 16}, Target: tc.target, Out: out}); err != nil {
				t.Fatal(err)
			}
			cfg, err := os.ReadFile(filepath.Join(out, FileConfig))
			if err != nil {
				t.Fatal(err)
			}
			if got := bytes.Contains(cfg, []byte(`"layer_configs"`)); got != tc.hetero {
				t.Errorf("config.json has layer_configs: %v, want %v", got, tc.hetero)
			}
			if err := os.Remove(filepath.Join(out, FileSpec)); err != nil {
				t.Fatal(err)
			}
			c, err := driver.Lower(out, &driver.CompileOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if tc.hetero {
				want := []models.Layer{{Index: 0, Heads: 4, KVHeads: 2, FFN: 200}, {Index: 1, Heads: 3, KVHeads: 1, FFN: 120}}
				if diff := cmp.Diff(want, c.Spec.Layers); diff != "" {
					t.Errorf("pruned layers (-want +got):\n%s", diff)
				}
			}
			s, err := driver.Open(context.Background(), out, out, driver.OpenOptions{Backend: driver.BackendInterp, Capacity: 16})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			lg, err := s.Engine.Step(someTokens(8, 512, 1), 8)
			if err != nil || len(lg) != 8*512 {
				t.Fatalf("step: %d logits, %v", len(lg), err)
			}
		})
	}
}
