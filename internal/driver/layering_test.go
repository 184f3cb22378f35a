package driver_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestLayering checks the import rules of docs/DESIGN.md that keep the runtime free of the
// compiler: a binary that only runs artifacts carries no IR, passes or code generator.
func TestLayering(t *testing.T) {
	forbidden := map[string][]string{
		"runtime":      {"ir", "passes", "codegen", "models"},
		"runtime/cuda": {"ir", "passes", "codegen", "models"},
		"ir":           {"models", "passes", "codegen", "runtime", "weights"},
		"passes":       {"models", "codegen", "runtime", "weights"},
		"artifact":     {"ir", "passes", "codegen", "runtime", "models"},
		"weights":      {"ir", "passes", "codegen", "runtime", "models"},
	}
	const mod = "github.com/mtc-dev/mtc/"
	for pkg, bad := range forbidden {
		out, err := exec.Command("go", "list", "-deps", mod+pkg).CombinedOutput()
		if err != nil {
			if strings.Contains(string(out), "cannot find package") || strings.Contains(string(out), "is not in std") || strings.Contains(string(out), "no required module provides") {
				continue // package not present in this build
			}
			t.Fatalf("go list %s: %v\n%s", pkg, err, out)
		}
		for _, dep := range strings.Fields(string(out)) {
			if !strings.HasPrefix(dep, mod) {
				continue
			}
			d := strings.TrimPrefix(dep, mod)
			for _, b := range bad {
				if d == b || strings.HasPrefix(d, b+"/") {
					t.Errorf("%s imports %s (directly or indirectly), which docs/DESIGN.md forbids", pkg, d)
				}
			}
		}
	}
}
