// Package refcase reads the reference test cases in testdata/nemotron (Hugging Face-style
// checkpoints with logits computed by llama.cpp) and compares logits against them. It is shared
// by the tests of every backend.
package refcase

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sort"

	"github.com/mtc-dev/mtc/weights"
)

// Case is one reference checkpoint.
type Case struct {
	Name   string
	Dir    string    // the checkpoint folder (config.json, model.safetensors, tokenizer.model)
	Tokens []int32   // the prompt, starting with BOS
	Logits []float32 // [len(Tokens), Vocab], every position of one prefill
	Greedy []int32   // 16 greedy tokens after Tokens
	Vocab  int
}

// Root returns the repository's testdata/nemotron folder.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata", "nemotron")
}

// All loads every case under Root.
func All() ([]*Case, error) {
	entries, err := os.ReadDir(Root())
	if err != nil {
		return nil, err
	}
	var out []*Case
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		c, err := Load(filepath.Join(Root(), e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// Load reads the case in dir.
func Load(dir string) (*Case, error) {
	ref, err := weights.Open(filepath.Join(dir, "reference.safetensors"))
	if err != nil {
		return nil, err
	}
	defer ref.Close()
	c := &Case{Name: filepath.Base(dir), Dir: dir}
	get := func(name string) *weights.Tensor {
		t, ok := ref.Tensor(name)
		if !ok && err == nil {
			err = fmt.Errorf("%s: reference has no tensor %q", dir, name)
		}
		return t
	}
	tok, lg, gr := get("tokens"), get("logits"), get("greedy")
	if err != nil {
		return nil, err
	}
	if c.Tokens, err = tok.Int32s(); err != nil {
		return nil, err
	}
	if c.Greedy, err = gr.Int32s(); err != nil {
		return nil, err
	}
	if c.Logits, err = lg.Float32s(); err != nil {
		return nil, err
	}
	if len(lg.Shape) != 2 || int(lg.Shape[0]) != len(c.Tokens) {
		return nil, fmt.Errorf("%s: logits shape %v does not match %d tokens", dir, lg.Shape, len(c.Tokens))
	}
	c.Vocab = int(lg.Shape[1])
	return c, nil
}

// Compare returns max|got-ref| and the tolerance tolFactor·max(1, max|ref|) over rows
// [first, first+rows) of the reference logits; got holds those rows.
func (c *Case) Compare(got []float32, first, rows int, tolFactor float64) (maxDiff, tol float64, err error) {
	if len(got) != rows*c.Vocab {
		return 0, 0, fmt.Errorf("got %d logits, want %d rows of %d", len(got), rows, c.Vocab)
	}
	ref := c.Logits[first*c.Vocab : (first+rows)*c.Vocab]
	maxRef := 1.0
	for _, r := range c.Logits {
		maxRef = math.Max(maxRef, math.Abs(float64(r)))
	}
	for i, g := range got {
		d := math.Abs(float64(g) - float64(ref[i]))
		if math.IsNaN(d) {
			d = math.Inf(1)
		}
		maxDiff = math.Max(maxDiff, d)
	}
	return maxDiff, tolFactor * maxRef, nil
}

// Argmax returns the index of the largest value (lowest index on ties).
func Argmax(row []float32) int32 {
	best := 0
	for i, v := range row {
		if v > row[best] {
			best = i
		}
	}
	return int32(best)
}

// Tensors adapts a checkpoint to the interpreter's interface (f32 copies of each tensor).
type Tensors struct{ C *weights.Checkpoint }

// Tensor returns the named tensor as float32.
func (t Tensors) Tensor(name string) ([]float32, []int64, error) {
	x, ok := t.C.Tensor(name)
	if !ok {
		return nil, nil, fmt.Errorf("%s: checkpoint has no tensor %q", t.C.Path(), name)
	}
	data, err := x.Float32s()
	return data, x.Shape, err
}
