package interp_test

import (
	"testing"

	"github.com/mtc-dev/mtc/internal/refcase"
	"github.com/mtc-dev/mtc/ir/interp"
	"github.com/mtc-dev/mtc/models"
	"github.com/mtc-dev/mtc/weights"
)

// TestReferenceLogits runs every reference case on the interpreter: all-position logits of one
// prefill, incremental decode (each position's logits from a decode step after a prefill of the
// tokens before it), and the 16 greedy tokens.
func TestReferenceLogits(t *testing.T) {
	cases, err := refcase.All()
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 4 {
		t.Fatalf("found %d reference cases, want at least 4", len(cases))
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			spec, err := models.Load(c.Dir)
			if err != nil {
				t.Fatal(err)
			}
			g, err := models.Lower(spec)
			if err != nil {
				t.Fatal(err)
			}
			ckpt, err := weights.Open(c.Dir)
			if err != nil {
				t.Fatal(err)
			}
			defer ckpt.Close()
			in, err := interp.New(g, refcase.Tensors{C: ckpt}, 128)
			if err != nil {
				t.Fatal(err)
			}
			T := len(c.Tokens)
			got, err := in.Run(c.Tokens, T)
			if err != nil {
				t.Fatal(err)
			}
			d, tol, err := c.Compare(got, 0, T, 1e-4)
			if err != nil || d > tol {
				t.Errorf("prefill: max|diff| = %.3g, tolerance %.3g (%v)", d, tol, err)
			}
			t.Logf("prefill max|diff| = %.3g (tolerance %.3g)", d, tol)

			// Incremental decode: prefill half, then one token at a time.
			in.Reset()
			half := T / 2
			if _, err := in.Run(c.Tokens[:half], 1); err != nil {
				t.Fatal(err)
			}
			for p := half; p < T; p++ {
				row, err := in.Run(c.Tokens[p:p+1], 1)
				if err != nil {
					t.Fatal(err)
				}
				if d, tol, _ := c.Compare(row, p, 1, 1e-4); d > tol {
					t.Errorf("decode at position %d: max|diff| = %.3g > %.3g", p, d, tol)
				}
			}

			// Greedy continuation from the full prompt.
			in.Reset()
			row, err := in.Run(c.Tokens, 1)
			if err != nil {
				t.Fatal(err)
			}
			var greedy []int32
			for len(greedy) < len(c.Greedy) {
				next := refcase.Argmax(row)
				greedy = append(greedy, next)
				if row, err = in.Run([]int32{next}, 1); err != nil {
					t.Fatal(err)
				}
			}
			for i := range greedy {
				if greedy[i] != c.Greedy[i] {
					t.Fatalf("greedy tokens %v, want %v", greedy, c.Greedy)
				}
			}
		})
	}
}
