package models

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mtc-dev/mtc/internal/golden"
	"gopkg.in/yaml.v3"
)

// checkRoundTrip checks that s formats to YAML that decodes to an equal spec, and that
// formatting is a fixed point.
func checkRoundTrip(t *testing.T, name string, s *Spec) {
	t.Helper()
	text := s.Format()
	back, err := DecodeSpec(name+".formatted.yaml", text)
	if err != nil {
		t.Fatalf("%s: formatted spec does not decode: %v\n%s", name, err, text)
	}
	if diff := cmp.Diff(s, back, sameModel); diff != "" {
		t.Errorf("%s: DecodeSpec(Format(s)) != s (-want +got):\n%s\n%s", name, diff, text)
	}
	if again := back.Format(); string(again) != string(text) {
		t.Errorf("%s: Format is not a fixed point:\n%s\nthen\n%s", name, text, again)
	}
}

func TestFormatRoundTripFiles(t *testing.T) {
	for _, path := range specFiles(t) {
		s, err := Load(path)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		checkRoundTrip(t, path, s)
	}
}

func TestFormatRoundTripBuilt(t *testing.T) {
	hetero := tinySpec()
	hetero.NumLayers = 4
	hetero.Layers = []Layer{{0, 4, 2, 256}, {2, 2, 1, 96}}
	hetero.Dropped = []Layer{{1, 4, 2, 256}, {3, 4, 4, 64}}

	// A prune may leave the uniform values matching no layer.
	allOverridden := tinySpec()
	allOverridden.Layers = []Layer{{0, 2, 2, 128}, {1, 2, 2, 128}}

	odd := tinySpec()
	odd.Name = "null" // must be quoted to stay a string
	odd.NormEps = 1.0000000000000002e-6
	odd.RopeTheta = 1e6
	odd.PartialRotary = 0.25
	odd.RotaryDims = 4
	odd.RopeScaling = 0.125
	odd.Norm = NormLayerNorm
	odd.TieEmbeddings = true
	odd.DType = "f16"

	for _, name := range []string{"8", "a: b", "  padded", "x # not a comment", "'quoted'", "minitron-8b-pruned"} {
		s := tinySpec()
		s.Name = name
		checkRoundTrip(t, "name "+name, s)
	}
	for name, s := range map[string]*Spec{"hetero": hetero, "all-overridden": allOverridden, "odd": odd} {
		if err := s.Validate(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		checkRoundTrip(t, name, s)
	}
}

// TestFormatGolden pins the canonical layout: key order, flow style for norm, rope and
// overrides, only differing override keys.
func TestFormatGolden(t *testing.T) {
	s, err := Load("testdata/hetero.yaml")
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/format/hetero.yaml", s.Format())
}

func TestMarshalYAML(t *testing.T) {
	s, err := Builtin("minitron-8b")
	if err != nil {
		t.Fatal(err)
	}
	doc := struct {
		Model *Spec `yaml:"model"`
	}{s}
	out, err := yaml.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var back struct {
		Model yaml.Node `yaml:"model"`
	}
	if err := yaml.Unmarshal(out, &back); err != nil {
		t.Fatal(err)
	}
	inner, err := yaml.Marshal(&back.Model)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeSpec("embedded.yaml", inner)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if diff := cmp.Diff(s, got, sameModel); diff != "" {
		t.Errorf("spec embedded with yaml.Marshal (-want +got):\n%s", diff)
	}
}
