package ptx

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"

	"github.com/mtc-dev/mtc/codegen/toolchain"
	"github.com/mtc-dev/mtc/ir"
	"github.com/mtc-dev/mtc/models"
	"github.com/mtc-dev/mtc/passes"
)

var (
	tcOnce sync.Once
	tc     *toolchain.Toolchain
	tcErr  error
)

// testToolchain returns LLVM 14. Without it the test fails under CI (CI=true) and is skipped
// elsewhere.
func testToolchain(t *testing.T) *toolchain.Toolchain {
	t.Helper()
	tcOnce.Do(func() { tc, tcErr = toolchain.Find(context.Background(), toolchain.Options{}) })
	if tcErr != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("LLVM 14 is required under CI: %v", tcErr)
		}
		t.Skipf("skipped: LLVM 14 (llc-14, opt-14) not found: %v", tcErr)
	}
	return tc
}

// specGraph lowers a model (spec file, checkpoint folder or shipped name) and runs the passes.
func specGraph(t testing.TB, model string) *ir.Graph {
	t.Helper()
	s, err := models.Builtin(model)
	if err != nil {
		s, err = models.Load(model)
	}
	if err != nil {
		t.Fatal(err)
	}
	g, err := models.Lower(s)
	if err != nil {
		t.Fatal(err)
	}
	if err := passes.Run(g, &passes.Options{}); err != nil {
		t.Fatal(err)
	}
	return g
}

// parseGraph reads a .mir file of testdata.
func parseGraph(t testing.TB, name string) *ir.Graph {
	t.Helper()
	path := filepath.Join("testdata", name)
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	g, err := ir.Parse(name, src)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// testModels lists the models whose PTX the tests compile: every reference checkpoint of
// testdata/nemotron, the odd-shaped specs of models/testdata and the shipped minitron-8b.
func testModels(t testing.TB) []string {
	t.Helper()
	root := filepath.Join("..", "..", "testdata", "nemotron")
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if e.IsDir() {
			out = append(out, filepath.Join(root, e.Name()))
		}
	}
	sort.Strings(out)
	if len(out) < 4 {
		t.Fatalf("found %d reference checkpoints in %s, want 4", len(out), root)
	}
	out = append(out, filepath.Join("..", "..", "models", "testdata", "mqa.yaml"),
		filepath.Join("..", "..", "models", "testdata", "hetero.yaml"), "minitron-8b")
	return out
}
