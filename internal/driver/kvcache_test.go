package driver_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/internal/driver"
	"github.com/mtc-dev/mtc/internal/refcase"
)

// kvTolerance is the documented accuracy of a rounded KV cache: the largest
// max|logits - interpreter| / max(1, max|interpreter logits|) allowed, the interpreter keeping
// keys and values in f32. Rounding a key or value to f16 (11 significant bits) changes it by up
// to 2^-12 of its magnitude, to bf16 (8 bits) by up to 2^-9; attention outputs are weighted
// means of values, so their relative error is of that order, and the layers after amplify it a
// little. The bounds leave a factor of 4 to 5 over the errors measured on the reference cases
// (f16 up to 4.8e-4, bf16 up to 4e-3).
var kvTolerance = map[string]float64{"f16": 2e-3, "bf16": 2e-2}

// openPair compiles the model at dir for the CPU with a KV cache of kvdtype and opens it, and
// the same artifact on the interpreter.
func openPair(t *testing.T, dir, kvdtype string, threads, capacity int) (cpu, ref *driver.Session) {
	t.Helper()
	art := filepath.Join(t.TempDir(), "art")
	m, err := driver.Compile(context.Background(), dir, art, &driver.CompileOptions{Target: "cpu", KVDType: kvdtype})
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range m.Slots {
		if want := kvdtype; s.DType != want {
			t.Fatalf("kv_slots[%d].dtype = %q, want %q", i, s.DType, want)
		}
	}
	if cpu, err = driver.Open(context.Background(), art, dir, driver.OpenOptions{Threads: threads, Capacity: capacity}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cpu.Close() })
	if ref, err = driver.Open(context.Background(), art, dir, driver.OpenOptions{Backend: "interp", Capacity: capacity}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ref.Close() })
	return cpu, ref
}

// TestKVDTypes runs the reference cases with f16 and bf16 KV caches: every position's logits of
// a prefill and of token-by-token decoding stay within kvTolerance of the interpreter's (f32
// cache), and the greedy continuation is the reference's. The cases run two at a time (most of
// the time is compiling).
func TestKVDTypes(t *testing.T) {
	requireLLVM(t)
	cases, err := refcase.All()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		for _, dt := range []string{artifact.KVF16, artifact.KVBF16} {
			t.Run(c.Name+"/"+dt, func(t *testing.T) {
				t.Parallel()
				cpu, ref := openPair(t, c.Dir, dt, 2, 128)
				T := len(c.Tokens)
				got, err := cpu.Engine.Step(c.Tokens, T)
				if err != nil {
					t.Fatal(err)
				}
				want, err := ref.Engine.Step(c.Tokens, T)
				if err != nil {
					t.Fatal(err)
				}
				worst := relDiff(got, want)
				cpu.Engine.Reset()
				ref.Engine.Reset()
				for p := range T {
					a, err := cpu.Engine.Step(c.Tokens[p:p+1], 1)
					if err != nil {
						t.Fatal(err)
					}
					b, err := ref.Engine.Step(c.Tokens[p:p+1], 1)
					if err != nil {
						t.Fatal(err)
					}
					worst = max(worst, relDiff(a, b))
				}
				if worst > kvTolerance[dt] {
					t.Errorf("max relative diff %.3g vs the interpreter > %.3g", worst, kvTolerance[dt])
				}
				t.Logf("max relative diff %.3g (tolerance %.3g)", worst, kvTolerance[dt])
				cpu.Engine.Reset()
				row, err := cpu.Engine.Step(c.Tokens, 1)
				if err != nil {
					t.Fatal(err)
				}
				for i, w := range c.Greedy {
					next := refcase.Argmax(row)
					if next != w {
						t.Fatalf("greedy token %d is %d, want %d (reference %v)", i, next, w, c.Greedy)
					}
					if row, err = cpu.Engine.Step([]int32{next}, 1); err != nil {
						t.Fatal(err)
					}
				}
			})
		}
	}
}

// TestLongContext runs a reference model over 640 positions, far past what the other tests
// reach: a prefill of 600 random tokens in two steps, then 40 decode steps, compiled (f32 KV
// cache, 1 and 2 threads) against the interpreter at the 1e-4 bar. Decode at these lengths
// splits the context into chunks whose partial softmax states are merged, and prefill tiles
// walk hundreds of key blocks.
func TestLongContext(t *testing.T) {
	requireLLVM(t)
	dir := filepath.Join(refcase.Root(), "tiny-decoupled-f32")
	r := rand.New(rand.NewPCG(3, 5))
	tokens := make([]int32, 640)
	for i := range tokens {
		tokens[i] = int32(4 + r.IntN(500))
	}
	var want [][]float32
	for _, threads := range []int{1, 2} {
		t.Run(fmt.Sprintf("threads=%d", threads), func(t *testing.T) {
			cpu, ref := openPair(t, dir, "f32", threads, 700)
			steps := [][2]int{{0, 280}, {280, 600}}
			for p := 600; p < len(tokens); p++ {
				steps = append(steps, [2]int{p, p + 1})
			}
			for i, s := range steps {
				step := tokens[s[0]:s[1]]
				got, err := cpu.Engine.Step(step, len(step))
				if err != nil {
					t.Fatal(err)
				}
				if len(want) <= i {
					w, err := ref.Engine.Step(step, len(step))
					if err != nil {
						t.Fatal(err)
					}
					want = append(want, w)
				}
				if d := relDiff(got, want[i]); d > 1e-4 {
					t.Fatalf("positions %d..%d: max relative diff %.3g compiled vs interpreted > 1e-4", s[0], s[1]-1, d)
				}
			}
		})
	}
}
