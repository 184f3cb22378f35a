package driver_test

import (
	"math"
	"testing"

	"github.com/mtc-dev/mtc/internal/driver"
	"github.com/mtc-dev/mtc/internal/refcase"
	"github.com/mtc-dev/mtc/ir"
	"github.com/mtc-dev/mtc/ir/interp"
	"github.com/mtc-dev/mtc/models"
	"github.com/mtc-dev/mtc/weights"
)

// TestTapsSurvivePasses lowers kjv-small with taps, runs the pass pipeline, and checks that
// every tap is still there once and holds the same activations as in the lowered graph.
func TestTapsSurvivePasses(t *testing.T) {
	dir := refcase.Root() + "/kjv-small"
	spec, err := models.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	before, err := models.LowerWith(spec, models.LowerOptions{Taps: true})
	if err != nil {
		t.Fatal(err)
	}
	after, err := driver.LowerSpec(spec, &driver.CompileOptions{Taps: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(after.Graph.Taps()) != len(before.Taps()) {
		t.Fatalf("%d taps after the passes, %d before", len(after.Graph.Taps()), len(before.Taps()))
	}
	ckpt, err := weights.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ckpt.Close()
	collect := func(g *ir.Graph) map[string][]float32 {
		in, err := interp.New(g, refcase.Tensors{C: ckpt}, 64)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string][]float32{}
		in.Observe = func(v *ir.Value, data []float32) {
			if v.Tap != "" {
				got[v.Tap] = append([]float32(nil), data...)
			}
		}
		if _, err := in.Run([]int32{2, 301, 394, 395, 11, 12}, 1); err != nil {
			t.Fatal(err)
		}
		return got
	}
	a, b := collect(before), collect(after.Graph)
	for name, x := range a {
		y, ok := b[name]
		if !ok || len(y) != len(x) {
			t.Errorf("tap %s: missing or resized after the passes", name)
			continue
		}
		for i := range x {
			if math.Abs(float64(x[i]-y[i])) > 1e-4*math.Max(1, math.Abs(float64(x[i]))) {
				t.Errorf("tap %s[%d]: %g before the passes, %g after", name, i, x[i], y[i])
				break
			}
		}
	}
}
