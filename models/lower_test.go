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

// TestLowerTaps checks that the taps importance scoring reads survive the pass pipeline's
// rewrites (this package cannot import passes, so it checks the lowered graph; passes tests
// check that taps move with replacements).
func TestLowerTaps(t *testing.T) {
	s, err := models.Load("testdata/hetero.yaml")
	if err != nil {
		t.Fatal(err)
	}
	g, err := models.LowerWith(s, models.LowerOptions{Taps: true})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, v := range g.Taps() {
		got[v.Tap] = true
	}
	L := len(s.Layers)
	want := L*5 + 1
	if len(got) != want {
		t.Errorf("%d taps, want %d (5 per layer and the final residual)", len(got), want)
	}
	for _, kind := range []string{models.TapResidual, models.TapAttn, models.TapNorm1, models.TapNorm2, models.TapMLP} {
		if !got[models.TapName(kind, 0)] {
			t.Errorf("no tap %s", models.TapName(kind, 0))
		}
	}
	if !got[models.TapName(models.TapResidual, L)] {
		t.Errorf("no final residual tap")
	}
	text := ir.Print(g)
	if _, err := ir.Parse("taps.mir", []byte(text)); err != nil {
		t.Fatalf("tapped graph does not round-trip: %v", err)
	}
}
