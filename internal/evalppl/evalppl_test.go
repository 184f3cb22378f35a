package evalppl

import (
	"context"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWindows(t *testing.T) {
	seq := func(n int) []int32 {
		out := make([]int32, n)
		for i := range out {
			out[i] = int32(i)
		}
		return out
	}
	tests := []struct {
		name   string
		tokens []int32
		ctx    int
		want   [][]int32
	}{
		{"exact", seq(6), 3, [][]int32{{0, 1, 2}, {3, 4, 5}}},
		{"partial dropped", seq(8), 3, [][]int32{{0, 1, 2}, {3, 4, 5}}},
		{"shorter than one window", seq(2), 3, [][]int32{}},
		{"ctx 1", seq(2), 1, [][]int32{{0}, {1}}},
		{"zero ctx", seq(4), 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Windows(tt.tokens, tt.ctx)); diff != "" {
				t.Errorf("Windows(%d tokens, %d) (-want +got):\n%s", len(tt.tokens), tt.ctx, diff)
			}
		})
	}
	// The reference protocol: 16,900 tokens in windows of 256 -> 66 windows, 16,896 tokens.
	if n := len(Windows(make([]int32, 16900), 256)); n != 66 {
		t.Errorf("16,900 tokens give %d windows of 256, want 66", n)
	}
}

func TestNLL(t *testing.T) {
	tests := []struct {
		name    string
		logits  []float32
		vocab   int
		targets []int32
		want    float64
		wantErr string
	}{
		{"uniform", []float32{0, 0, 0, 0}, 4, []int32{2}, math.Log(4), ""},
		{"two rows", []float32{1, 2, 3, 0, 0, 5}, 3, []int32{2, 0},
			-math.Log(math.Exp(3)/(math.Exp(1)+math.Exp(2)+math.Exp(3))) - math.Log(1/(2+math.Exp(5))), ""},
		// float32 exp would overflow; the max shift keeps it exact.
		{"large logits", []float32{1000, 1000}, 2, []int32{1}, math.Log(2), ""},
		{"target out of range", []float32{0, 0}, 2, []int32{2}, 0, "target 2 at index 0 is outside the vocabulary [0,2)"},
		{"negative target", []float32{0, 0}, 2, []int32{-1}, 0, "outside the vocabulary"},
		{"short logits", []float32{0, 0, 0}, 2, []int32{0, 1}, 0, "got 3 logits for 2 targets of vocab 2, want 4"},
		{"nan", []float32{float32(math.NaN()), 0}, 2, []int32{1}, 0, "not finite"},
		{"inf", []float32{float32(math.Inf(1)), 0}, 2, []int32{1}, 0, "not finite"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := NLL(tt.logits, tt.vocab, tt.targets)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("NLL error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if math.Abs(got-tt.want) > 1e-12*math.Max(1, math.Abs(tt.want)) {
				t.Errorf("NLL = %.15g, want %.15g", got, tt.want)
			}
		})
	}
}

// bigramEngine is a fake model whose logits at a position depend only on the token there:
// logit[j] = -|j - (tok+1)|, so it prefers the next id. It records every call.
type bigramEngine struct {
	vocab  int
	pos    int
	resets int
	inputs [][]int32
	fail   int // fail on this call (1-based); 0 = never
}

func (e *bigramEngine) Step(tokens []int32, r int) ([]float32, error) {
	e.inputs = append(e.inputs, append([]int32(nil), tokens...))
	if e.fail == len(e.inputs) {
		return nil, errors.New("boom")
	}
	if e.pos != 0 {
		return nil, errors.New("step without reset")
	}
	e.pos += len(tokens)
	out := make([]float32, 0, r*e.vocab)
	for _, tok := range tokens[len(tokens)-r:] {
		for j := 0; j < e.vocab; j++ {
			out = append(out, -float32(math.Abs(float64(j)-float64(tok+1))))
		}
	}
	return out, nil
}

func (e *bigramEngine) Reset() { e.pos = 0; e.resets++ }

// wantNLL is the fake model's NLL of target after input token tok, in float64.
func (e *bigramEngine) wantNLL(tok, target int32) float64 {
	var z float64
	for j := 0; j < e.vocab; j++ {
		z += math.Exp(-math.Abs(float64(j) - float64(tok+1)))
	}
	return math.Log(z) + math.Abs(float64(target)-float64(tok+1))
}

func TestEvaluate(t *testing.T) {
	tokens := []int32{5, 6, 7, 1, 2, 9, 4, 4} // windows of 3: {5,6,7} {1,2,9}; {4,4} dropped
	e := &bigramEngine{vocab: 10}
	var progress [][2]int
	r, err := Evaluate(context.Background(), e, tokens, Options{Ctx: 3, BOS: 0, Vocab: 10,
		Progress: func(d, n int) { progress = append(progress, [2]int{d, n}) }})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([][]int32{{0, 5, 6}, {0, 1, 2}}, e.inputs); diff != "" {
		t.Errorf("inputs (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([][2]int{{1, 2}, {2, 2}}, progress); diff != "" {
		t.Errorf("progress (-want +got):\n%s", diff)
	}
	var sum float64
	for _, p := range [][2]int32{{0, 5}, {5, 6}, {6, 7}, {0, 1}, {1, 2}, {2, 9}} {
		sum += e.wantNLL(p[0], p[1])
	}
	want := math.Exp(sum / 6)
	if r.Tokens != 6 || r.Windows != 2 || r.Ctx != 3 {
		t.Errorf("tokens/windows/ctx = %d/%d/%d, want 6/2/3", r.Tokens, r.Windows, r.Ctx)
	}
	if math.Abs(r.PPL-want) > 1e-12*want {
		t.Errorf("ppl = %.15g, want %.15g", r.PPL, want)
	}
	if e.resets < 2 {
		t.Errorf("engine reset %d times, want one per window", e.resets)
	}

	// MaxWindows evaluates a prefix.
	e = &bigramEngine{vocab: 10}
	if r, err = Evaluate(context.Background(), e, tokens, Options{Ctx: 3, BOS: 0, Vocab: 10, MaxWindows: 1}); err != nil {
		t.Fatal(err)
	}
	if r.Windows != 1 || len(e.inputs) != 1 {
		t.Errorf("MaxWindows 1: %d windows, %d steps", r.Windows, len(e.inputs))
	}
}

func TestEvaluateErrors(t *testing.T) {
	tokens := []int32{1, 2, 3, 4, 5, 6}
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name string
		ctx  context.Context
		e    *bigramEngine
		o    Options
		want string
	}{
		{"too few tokens", context.Background(), &bigramEngine{vocab: 10}, Options{Ctx: 7, Vocab: 10}, "the text has 6 tokens, fewer than one window of 7"},
		{"bad ctx", context.Background(), &bigramEngine{vocab: 10}, Options{Ctx: 0, Vocab: 10}, "window length 0"},
		{"bad bos", context.Background(), &bigramEngine{vocab: 10}, Options{Ctx: 3, BOS: 10, Vocab: 10}, "BOS id 10 is outside the vocabulary [0,10)"},
		{"engine error", context.Background(), &bigramEngine{vocab: 10, fail: 2}, Options{Ctx: 3, Vocab: 10}, "window 1 (tokens 3..5): boom"},
		{"target outside vocab", context.Background(), &bigramEngine{vocab: 4}, Options{Ctx: 3, Vocab: 4}, "window 1 (tokens 3..5): target 4"},
		{"canceled", canceled, &bigramEngine{vocab: 10}, Options{Ctx: 3, Vocab: 10}, "context canceled"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Evaluate(tt.ctx, tt.e, tokens, tt.o)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}
