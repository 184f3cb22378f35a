package llvm

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/mtc-dev/mtc/ir"
)

// FuzzGenerate feeds IR text through ir.Parse to Generate: any graph the verifier accepts must
// either generate or fail with an error, never panic, and generate deterministically.
func FuzzGenerate(f *testing.F) {
	paths, err := filepath.Glob("testdata/*.mir")
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		g, err := ir.Parse("fuzz.mir", src)
		if err != nil || tooBig(g) {
			return
		}
		out, err := Generate(g, Options{VectorWidth: 8})
		if err != nil {
			return
		}
		again, err := Generate(g, Options{VectorWidth: 8})
		if err != nil || string(again.LL) != string(out.LL) {
			t.Fatalf("second generation differs or fails (%v)", err)
		}
	})
}

// tooBig reports whether a graph has dimensions or head counts that would make generating its
// kernels slow (constant loops over heads in the generator), which is not what the fuzzer is for.
func tooBig(g *ir.Graph) bool {
	for _, v := range g.Values {
		for _, d := range v.Type.Shape {
			if d > 1<<16 {
				return true
			}
		}
		for _, a := range v.Attrs {
			if a > 1<<16 {
				return true
			}
		}
	}
	return len(g.Values) > 200
}
