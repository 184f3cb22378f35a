package runtime_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mtc-dev/mtc/runtime"
)

// countingStepper is a Stepper whose next token is (last token + 1) mod vocab, with a
// capacity; it records every step.
type countingStepper struct {
	vocab, capacity int
	pos             int
	steps           [][]int32
}

func (c *countingStepper) Step(tokens []int32, r int) ([]float32, error) {
	if c.pos+len(tokens) > c.capacity {
		return nil, errors.New("context overflow")
	}
	c.pos += len(tokens)
	c.steps = append(c.steps, append([]int32(nil), tokens...))
	l := make([]float32, c.vocab)
	l[(int(tokens[len(tokens)-1])+1)%c.vocab] = 10
	return l, nil
}

func (c *countingStepper) Pos() int { return c.pos }
func (c *countingStepper) Reset()   { c.pos = 0 }

func TestGenerate(t *testing.T) {
	tests := []struct {
		name      string
		prompt    []int32
		n, eos    int
		stopAfter int // onToken returns false at this many tokens (0: never)
		capacity  int
		want      []int32
		wantSteps [][]int32
		wantErr   string
	}{
		{name: "n tokens", prompt: []int32{1, 2}, n: 4, eos: -1, capacity: 100,
			want: []int32{3, 4, 5, 6}, wantSteps: [][]int32{{1, 2}, {3}, {4}, {5}}},
		{name: "stops at EOS", prompt: []int32{1}, n: 10, eos: 4, capacity: 100,
			want: []int32{2, 3}, wantSteps: [][]int32{{1}, {2}, {3}}},
		{name: "EOS first", prompt: []int32{3}, n: 10, eos: 4, capacity: 100,
			want: []int32{}, wantSteps: [][]int32{{3}}},
		{name: "onToken stops", prompt: []int32{0}, n: 10, eos: -1, stopAfter: 2, capacity: 100,
			want: []int32{1, 2}, wantSteps: [][]int32{{0}, {1}}},
		{name: "wraps the vocabulary", prompt: []int32{6}, n: 3, eos: -1, capacity: 100,
			want: []int32{7, 0, 1}, wantSteps: [][]int32{{6}, {7}, {0}}},
		{name: "n = 0", prompt: []int32{1}, n: 0, eos: -1, capacity: 100, want: []int32{}},
		{name: "full cache", prompt: []int32{1, 1}, n: 10, eos: -1, capacity: 4,
			want: []int32{2, 3, 4}, wantSteps: [][]int32{{1, 1}, {2}, {3}}, wantErr: "after 3 generated tokens, at position 4: context overflow"},
		{name: "empty prompt", n: 1, eos: -1, capacity: 4, wantErr: "empty prompt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &countingStepper{vocab: 8, capacity: tt.capacity}
			var streamed []int32
			got, err := runtime.Generate(s, tt.prompt, tt.n, &runtime.Sampler{}, tt.eos, func(id int32) bool {
				streamed = append(streamed, id)
				return tt.stopAfter == 0 || len(streamed) < tt.stopAfter
			})
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if tt.want != nil {
				if diff := cmp.Diff(tt.want, append([]int32{}, got...)); diff != "" {
					t.Errorf("tokens (-want +got):\n%s", diff)
				}
				if diff := cmp.Diff(tt.want, append([]int32{}, streamed...)); diff != "" {
					t.Errorf("onToken saw (-want +got):\n%s", diff)
				}
			}
			if diff := cmp.Diff(tt.wantSteps, s.steps); diff != "" {
				t.Errorf("steps (-want +got):\n%s", diff)
			}
		})
	}
}

// TestGenerateOnSession runs greedy generation on the compiled toy model and checks it
// against stepping the reference by hand.
func TestGenerateOnSession(t *testing.T) {
	w := newTinyWeights(11)
	_, md := loadTiny(t, runtime.Config{Threads: 2, Capacity: 16}, w)
	s := md.NewSession()
	defer s.Close()
	got, err := runtime.Generate(s, []int32{1, 5}, 6, nil, -1, nil)
	if err != nil {
		t.Fatal(err)
	}
	ref := newTinyRef(w, 16)
	var want []int32
	logits := ref.step([]int32{1, 5}, 1)
	for range 6 {
		best := 0
		for i, v := range logits {
			if v > logits[best] {
				best = i
			}
		}
		want = append(want, int32(best))
		logits = ref.step([]int32{int32(best)}, 1)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("greedy tokens (-reference +compiled):\n%s", diff)
	}
	if s.Pos() != 2+5 {
		t.Errorf("Pos() = %d after a 2-token prompt and 6 tokens, want 7 (the last token is not fed back)", s.Pos())
	}
}
