package prune

import (
	"context"
	"math"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/mtc-dev/mtc/models"
)

func TestTopK(t *testing.T) {
	tests := []struct {
		scores []float64
		k      int
		want   []int
	}{
		{[]float64{0.1, 0.5, 0.3, 0.9}, 2, []int{1, 3}},
		{[]float64{1, 1, 1, 1}, 2, []int{0, 1}}, // ties keep the lower index
		{[]float64{3, 1, 2}, 3, []int{0, 1, 2}},
		{[]float64{3, 1, 2}, 5, []int{0, 1, 2}},
		{[]float64{3, 1, 2}, 0, []int{}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, topK(tt.scores, tt.k), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("topK(%v, %d) (-want +got):\n%s", tt.scores, tt.k, diff)
		}
	}
	if diff := cmp.Diff([]int{0, 3}, complement([]int{1, 2}, 4)); diff != "" {
		t.Errorf("complement (-want +got):\n%s", diff)
	}
}

// TestAggregation checks (batch=L2, seq=mean(|a|)) on two samples of a 2-channel activation.
func TestAggregation(t *testing.T) {
	a := newChanAcc(2)
	// Sample 1: tokens (1, -2), (3, 0) -> means (2, 1).
	if err := a.add([]float32{1, -2, 3, 0}); err != nil {
		t.Fatal(err)
	}
	a.endSample(2)
	// Sample 2: one token (-4, 2) -> means (4, 2).
	if err := a.add([]float32{-4, 2}); err != nil {
		t.Fatal(err)
	}
	a.endSample(1)
	want := []float64{math.Sqrt(2*2 + 4*4), math.Sqrt(1*1 + 2*2)}
	if diff := cmp.Diff(want, a.l2(), cmpopts.EquateApprox(1e-15, 0)); diff != "" {
		t.Errorf("L2 of per-sample means (-want +got):\n%s", diff)
	}
	if err := a.add([]float32{1, 2, 3}); err == nil {
		t.Error("3 values for 2 channels: no error")
	}
	if diff := cmp.Diff([]float64{5, math.Sqrt(2)}, groupScores([]float64{3, 4, 1, 1}, 2)); diff != "" {
		t.Errorf("groupScores (-want +got):\n%s", diff)
	}
	for _, c := range []struct {
		a, b []float32
		want float64
	}{
		{[]float32{1, 0}, []float32{2, 0}, 1},
		{[]float32{1, 0}, []float32{0, 3}, 0},
		{[]float32{1, 1}, []float32{-1, -1}, -1},
		{[]float32{0, 0}, []float32{0, 0}, 1},
		{[]float32{0, 0}, []float32{1, 0}, 0},
	} {
		if got := cosine(c.a, c.b); math.Abs(got-c.want) > 1e-15 {
			t.Errorf("cosine(%v, %v) = %g, want %g", c.a, c.b, got, c.want)
		}
	}
}

// TestRandomPlans: the baseline keeps the same structure (whole groups, equal heads per group),
// is reproducible for a seed and differs between seeds.
func TestRandomPlans(t *testing.T) {
	src := mustLoad(t, caseDir("tiny-decoupled-f32"))
	target := &Target{Hidden: 64, Heads: 2, KVHeads: 1, FFN: 100, Layers: 2}
	plan := func(seed uint64) *Plan {
		p, err := MakePlan(src, target, RandomImportance(src, seed))
		if err != nil {
			t.Fatal(err)
		}
		if err := p.check(src); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a, b, c := plan(1), plan(1), plan(2)
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("same seed, different plans (-1 +1):\n%s", diff)
	}
	if cmp.Equal(a, c) {
		t.Errorf("seeds 1 and 2 give the same plan")
	}
	for _, lp := range a.Layers {
		g := lp.KVHeads[0]
		if len(lp.KVHeads) != 1 || len(lp.Heads) != 2 || lp.Heads[0]/3 != g || lp.Heads[1]/3 != g {
			t.Errorf("layer %d keeps heads %v of KV groups %v, want 2 heads of one kept group", lp.Index, lp.Heads, lp.KVHeads)
		}
	}
	ps := PrunedSpec(src, a, "r")
	want := []models.Layer{{Index: 0, Heads: 2, KVHeads: 1, FFN: 100}, {Index: 1, Heads: 2, KVHeads: 1, FFN: 100}}
	if diff := cmp.Diff(want, ps.Layers); diff != "" || ps.Hidden != 64 || ps.NumLayers != 2 {
		t.Errorf("pruned spec hidden %d, %d layers (-want +got):\n%s", ps.Hidden, ps.NumLayers, diff)
	}
}

// TestRandomRun: the random method needs no calibration text and records its seed.
func TestRandomRun(t *testing.T) {
	dir := caseDir("tiny-bf16")
	out := filepath.Join(t.TempDir(), "out")
	rep, err := Run(context.Background(), &Config{Weights: filepath.Join(dir, "model.safetensors"), Method: MethodRandom, Seed: 9,
		Target: Target{FFN: 128, Hidden: 48}, Out: out})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Seed == nil || *rep.Seed != 9 || rep.Calibration != nil || rep.Importance.Method != "random" {
		t.Errorf("report: seed %v, calibration %v, importance %q", rep.Seed, rep.Calibration, rep.Importance.Method)
	}
	if len(rep.Removed.EmbeddingChannels) != 16 || len(rep.Removed.PerLayer[1].Neurons) != 128 {
		t.Errorf("removed %d channels and %d neurons of layer 1, want 16 and 128", len(rep.Removed.EmbeddingChannels), len(rep.Removed.PerLayer[1].Neurons))
	}
	got := mustOpen(t, filepath.Join(out, FileWeights))
	if x, _ := got.Tensor("model.layers.0.mlp.up_proj.weight"); x.DType.String() != "BF16" || !cmp.Equal(x.Shape, []int64{128, 48}) {
		t.Errorf("up_proj is %v %v, want BF16 [128 48]", x.DType, x.Shape)
	}
}
