package driver_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/mtc-dev/mtc/internal/driver"
	"github.com/mtc-dev/mtc/internal/refcase"
)

// requireLLVM skips (or, in CI, fails) when the LLVM 14 tools are missing.
func requireLLVM(t *testing.T) {
	t.Helper()
	for _, tool := range []string{"llc-14", "opt-14"} {
		if _, err := lookPath(tool); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("%s not found: CI must install llvm-14", tool)
			}
			t.Skipf("skipped: %s not found (apt-get install -y llvm-14)", tool)
		}
	}
}

// compileCase compiles a reference case for the CPU into a temporary artifact.
func compileCase(t *testing.T, c *refcase.Case) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), c.Name)
	if _, err := driver.Compile(context.Background(), c.Dir, dir, &driver.CompileOptions{Target: "cpu"}); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestCPUReferenceLogits runs every reference case compiled for this CPU: all-position logits
// of one prefill, each position again by incremental decode, and the greedy continuation, with
// 1 and 2 threads.
func TestCPUReferenceLogits(t *testing.T) {
	requireLLVM(t)
	cases, err := refcase.All()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			art := compileCase(t, c)
			for _, threads := range []int{1, 2} {
				s, err := driver.Open(context.Background(), art, c.Dir, driver.OpenOptions{Threads: threads, Capacity: 256})
				if err != nil {
					t.Fatal(err)
				}
				checkCase(t, c, s.Engine, threads)
				s.Close()
			}
		})
	}
}

func checkCase(t *testing.T, c *refcase.Case, e driver.Engine, threads int) {
	t.Helper()
	T := len(c.Tokens)
	got, err := e.Step(c.Tokens, T)
	if err != nil {
		t.Fatal(err)
	}
	d, tol, err := c.Compare(got, 0, T, 1e-4)
	if err != nil || d > tol {
		t.Errorf("threads %d: prefill max|diff| = %.3g > tolerance %.3g (%v)", threads, d, tol, err)
	}
	t.Logf("threads %d: prefill max|diff| = %.3g (tolerance %.3g)", threads, d, tol)

	// Logits of token t by decode after a prefill of t tokens equal the prefill logits at t.
	e.Reset()
	if _, err := e.Step(c.Tokens[:1], 1); err != nil {
		t.Fatal(err)
	}
	worst := 0.0
	for p := 1; p < T; p++ {
		row, err := e.Step(c.Tokens[p:p+1], 1)
		if err != nil {
			t.Fatal(err)
		}
		d, tol, _ := c.Compare(row, p, 1, 1e-4)
		if d > tol {
			t.Errorf("threads %d: decode at position %d: max|diff| = %.3g > %.3g", threads, p, d, tol)
		}
		worst = max(worst, d)
	}
	t.Logf("threads %d: decode max|diff| = %.3g", threads, worst)

	e.Reset()
	row, err := e.Step(c.Tokens, 1)
	if err != nil {
		t.Fatal(err)
	}
	var greedy []int32
	for len(greedy) < len(c.Greedy) {
		next := refcase.Argmax(row)
		greedy = append(greedy, next)
		if row, err = e.Step([]int32{next}, 1); err != nil {
			t.Fatal(err)
		}
	}
	for i := range greedy {
		if greedy[i] != c.Greedy[i] {
			t.Fatalf("threads %d: greedy %v, want %v", threads, greedy, c.Greedy)
		}
	}
}
