package ptx

import (
	"path/filepath"
	"testing"

	"github.com/mtc-dev/mtc/internal/refcase"
	"github.com/mtc-dev/mtc/weights"
)

// emuCase loads a reference case and its generated program on the emulator.
func emuCase(t *testing.T, name string, capacity int) (*refcase.Case, func() *emuModel) {
	t.Helper()
	dir := filepath.Join("..", "..", "testdata", "nemotron", name)
	c, err := refcase.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	out, mod, err := generate(specGraph(t, dir), Options{})
	if err != nil {
		t.Fatal(err)
	}
	ckpt, err := weights.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ckpt.Close() })
	tensors := map[string][]byte{}
	for _, n := range ckpt.Names() {
		x, _ := ckpt.Tensor(n)
		tensors[n] = x.Data
	}
	return c, func() *emuModel {
		em, err := emuLoad(out, mod, tensors, capacity)
		if err != nil {
			t.Fatal(err)
		}
		return em
	}
}

// TestEmulatedReferenceCases runs the generated kernels of the small reference checkpoints on
// the SIMT emulator: the all-position logits of one prefill (tiled matmuls) with the device
// argmax of every row, then, rewound to 4 tokens before the end, one step of 3 tokens (the
// small-batch GEMV path) and one of a single token (the decode GEMV), and for one case the 16
// greedy tokens, decoded one at a time with the device argmax.
func TestEmulatedReferenceCases(t *testing.T) {
	for _, name := range []string{"tiny-bf16", "tiny-f32", "tiny-decoupled-f32"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			c, load := emuCase(t, name, 64)
			const tol = 1e-3
			T := len(c.Tokens)
			em := load()
			got, ids, err := em.step(c.Tokens, T)
			if err != nil {
				t.Fatal(err)
			}
			if d, bound, err := c.Compare(got, 0, T, tol); err != nil || d > bound {
				t.Errorf("prefill: max|diff| = %.3g, tolerance %.3g (%v)", d, bound, err)
			} else {
				t.Logf("prefill of %d tokens: max|diff| = %.3g (tolerance %.3g)", T, d, bound)
			}
			for r := 0; r < T; r++ {
				if want := refcase.Argmax(got[r*c.Vocab : (r+1)*c.Vocab]); ids[r] != want {
					t.Errorf("row %d: device argmax %d, host argmax %d", r, ids[r], want)
				}
			}

			// Rewind to position T-4: the cache keeps the prefill's keys and values before it.
			p := T - 4
			em.pos = p
			for _, n := range []int{3, 1} {
				rows, _, err := em.step(c.Tokens[p:p+n], n)
				if err != nil {
					t.Fatal(err)
				}
				if d, bound, _ := c.Compare(rows, p, n, tol); d > bound {
					t.Errorf("step of %d tokens at %d: max|diff| = %.3g > %.3g", n, p, d, bound)
				}
				p += n
			}

			if name != "tiny-bf16" {
				return
			}
			greedy := []int32{ids[T-1]}
			for len(greedy) < len(c.Greedy) {
				if _, ids, err = em.step(greedy[len(greedy)-1:], 1); err != nil {
					t.Fatal(err)
				}
				greedy = append(greedy, ids[0])
			}
			for i := range greedy {
				if greedy[i] != c.Greedy[i] {
					t.Fatalf("greedy tokens %v, want %v", greedy, c.Greedy)
				}
			}
		})
	}
}
