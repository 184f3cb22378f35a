package prune

import (
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/mtc-dev/mtc/internal/refcase"
	"github.com/mtc-dev/mtc/ir/interp"
	"github.com/mtc-dev/mtc/models"
	"github.com/mtc-dev/mtc/weights"
)

// caseDir returns the folder of a reference checkpoint in testdata/nemotron.
func caseDir(name string) string { return filepath.Join(refcase.Root(), name) }

func mustLoad(t *testing.T, path string) *models.Spec {
	t.Helper()
	s, err := models.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func mustOpen(t *testing.T, path string) *weights.Checkpoint {
	t.Helper()
	c, err := weights.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// tensorMap is a checkpoint in memory: name -> shape and float32 values.
type tensorMap map[string]*memTensor

type memTensor struct {
	shape []int64
	data  []float32
	dtype weights.DType
}

func readAll(t *testing.T, c *weights.Checkpoint) tensorMap {
	t.Helper()
	m := tensorMap{}
	for _, n := range c.Names() {
		x, _ := c.Tensor(n)
		d, err := x.Float32s()
		if err != nil {
			t.Fatal(err)
		}
		m[n] = &memTensor{shape: append([]int64(nil), x.Shape...), data: d, dtype: x.DType}
	}
	return m
}

// write saves m as dir/model.safetensors (each tensor in its dtype) with config.json for s,
// and returns dir.
func (m tensorMap) write(t *testing.T, s *models.Spec, dir string) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var ts []weights.WriteTensor
	for _, e := range models.TensorNames(s) {
		x, ok := m[e.Name]
		if !ok {
			t.Fatalf("no tensor %s", e.Name)
		}
		data, err := weights.EncodeFloat32(x.dtype, x.data)
		if err != nil {
			t.Fatal(err)
		}
		ts = append(ts, weights.WriteTensor{Name: e.Name, DType: x.dtype, Shape: x.shape, Data: data})
	}
	if err := weights.Write(filepath.Join(dir, "model.safetensors"), ts, nil); err != nil {
		t.Fatal(err)
	}
	if len(s.Dropped) == 0 {
		cfg, err := models.ToConfigJSON(s)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "config.json"), cfg, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// zeroRows zeroes rows of a 2-D tensor (elements of a 1-D one).
func (m tensorMap) zeroRows(name string, rows ...int) {
	x := m[name]
	w := 1
	if len(x.shape) == 2 {
		w = int(x.shape[1])
	}
	for _, r := range rows {
		clear(x.data[r*w : (r+1)*w])
	}
}

// zeroCols zeroes columns of a 2-D tensor.
func (m tensorMap) zeroCols(name string, cols ...int) {
	x := m[name]
	w := int(x.shape[1])
	for r := 0; r < int(x.shape[0]); r++ {
		for _, c := range cols {
			x.data[r*w+c] = 0
		}
	}
}

// logits runs s on the checkpoint with the reference interpreter (unoptimised graph) and
// returns the logits of every position.
func logits(t *testing.T, s *models.Spec, c *weights.Checkpoint, tokens []int32) []float32 {
	t.Helper()
	g, err := models.Lower(s)
	if err != nil {
		t.Fatal(err)
	}
	in, err := interp.New(g, ckptTensors{c}, len(tokens))
	if err != nil {
		t.Fatal(err)
	}
	out, err := in.Run(tokens, len(tokens))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// someTokens returns n deterministic token ids in [0, vocab).
func someTokens(n, vocab int, seed uint32) []int32 {
	out := make([]int32, n)
	x := seed
	for i := range out {
		x = x*1664525 + 1013904223
		out[i] = int32(x>>8) % int32(vocab)
	}
	return out
}

func maxAbsDiff(a, b []float32) float64 {
	if len(a) != len(b) {
		return math.Inf(1)
	}
	var m float64
	for i := range a {
		m = math.Max(m, math.Abs(float64(a[i])-float64(b[i])))
	}
	return m
}
