package models_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mtc-dev/mtc/ir"
	"github.com/mtc-dev/mtc/models"
)

// TestLowerRoundTrip lowers every shipped spec and every test spec, and checks that the IR text
// prints, parses back and prints identically, and that every value carries a position in the
// spec's file.
func TestLowerRoundTrip(t *testing.T) {
	var specs []*models.Spec
	for _, name := range models.BuiltinNames() {
		s, err := models.Builtin(name)
		if err != nil {
			t.Fatal(err)
		}
		specs = append(specs, s)
	}
	paths, _ := filepath.Glob("testdata/*.yaml")
	for _, p := range paths {
		s, err := models.Load(p)
		if err != nil {
			continue // error cases live beside the valid specs
		}
		specs = append(specs, s)
	}
	if len(specs) < 4 {
		t.Fatalf("only %d specs found", len(specs))
	}
	for _, s := range specs {
		t.Run(s.Name, func(t *testing.T) {
			g, err := models.Lower(s)
			if err != nil {
				t.Fatal(err)
			}
			text := ir.Print(g)
			g2, err := ir.Parse(s.Name+".mir", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(text, ir.Print(g2)); diff != "" {
				t.Errorf("print(parse(print(lower(spec)))) differs:\n%s", diff)
			}
			attn := 0
			for _, v := range g.Values {
				if v.Op == ir.OpAttention {
					attn++
				}
				if s.Source != "" && !strings.HasSuffix(v.Pos.File, filepath.Base(s.Source)) && v.Pos.File != s.Source {
					t.Errorf("%s at %v: position is not in the spec's file %s", v.Op, v.Pos, s.Source)
					break
				}
			}
			if attn != len(s.Layers) {
				t.Errorf("%d attention ops for %d running layers", attn, len(s.Layers))
			}
		})
	}
}
