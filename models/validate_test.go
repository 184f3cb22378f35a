package models

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mtc-dev/mtc/internal/diag"
)

// TestValidateBuilt covers the checks that only a spec built in code (the pruner's, say) can
// fail, since the decoders resolve layers themselves.
func TestValidateBuilt(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(s *Spec)
		want   string
	}{
		{"valid", func(s *Spec) {}, ""},
		{"layers out of order", func(s *Spec) { s.Layers[0], s.Layers[1] = s.Layers[1], s.Layers[0] },
			"running layer 0 comes after layer 1; expected increasing indices"},
		{"missing layer", func(s *Spec) { s.Layers = s.Layers[:1] },
			"num_layers = 2 but layers [1] are neither running nor dropped"},
		{"layer both running and dropped", func(s *Spec) { s.Dropped = []Layer{s.Layers[1]} },
			"layer 1 is listed twice"},
		{"layer out of range", func(s *Spec) { s.Layers[1].Index = 2 },
			"running layer index 2 out of range [0, 2)\nnum_layers = 2 but layers [1] are neither running nor dropped"},
		{"nothing runs", func(s *Spec) { s.Dropped, s.Layers = s.Layers, nil },
			"no layer runs: all 2 layers are dropped; at least one must run"},
		{"bad override", func(s *Spec) { s.Layers[1].KVHeads = 3 },
			"layer 1: num_kv_heads = 3 must divide num_heads = 4"},
		{"stale rotary dims", func(s *Spec) { s.PartialRotary = 0.25 },
			"rotary dims = 8, but int(head_dim * partial_rotary_factor) = int(16 * 0.25) = 4"},
		{"zero norm kind", func(s *Spec) { s.Norm = NormInvalid },
			"norm type invalid is not supported (expected layernorm1p or layernorm)"},
		{"name with newline", func(s *Spec) { s.Name = "a\nb" },
			"name \"a\\nb\" contains a control or non-printing character"},
		{"too big", func(s *Spec) { s.VocabSize, s.Hidden = 1<<24, 1<<24 },
			"model has 5.63e+14 parameters, above the limit of 1e+14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tinySpec()
			tt.mutate(s)
			got := ""
			if err := s.Validate(); err != nil {
				got = err.Error()
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Validate (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPosOf(t *testing.T) {
	s := tinySpec()
	s.Source = "m.yaml"
	s.Pos = map[string]diag.Pos{
		"rope":               {File: "m.yaml", Line: 3, Col: 7},
		"num_heads":          {File: "m.yaml", Line: 4, Col: 12},
		"layers[1].ffn_size": {File: "m.yaml", Line: 9, Col: 20},
	}
	tests := []struct {
		got, want diag.Pos
	}{
		{s.PosOf("rope.theta"), diag.Pos{File: "m.yaml", Line: 3, Col: 7}},
		{s.PosOf("num_heads"), diag.Pos{File: "m.yaml", Line: 4, Col: 12}},
		{s.PosOf("dtype"), diag.Pos{File: "m.yaml"}},
		{s.LayerPos(1, "ffn_size"), diag.Pos{File: "m.yaml", Line: 9, Col: 20}},
		{s.LayerPos(0, "num_heads"), diag.Pos{File: "m.yaml", Line: 4, Col: 12}},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("case %d: %v, want %v", i, tt.got, tt.want)
		}
	}
}

func TestClone(t *testing.T) {
	s, err := Load("testdata/hetero.yaml")
	if err != nil {
		t.Fatal(err)
	}
	c := s.Clone()
	if diff := cmp.Diff(s, c); diff != "" {
		t.Fatalf("clone differs:\n%s", diff)
	}
	c.Layers[0].FFN = 1
	c.Dropped[0].Heads = 1
	c.Pos["name"] = diag.Pos{}
	if s.Layers[0].FFN == 1 || s.Dropped[0].Heads == 1 || s.Pos["name"] == (diag.Pos{}) {
		t.Error("clone shares memory with the original")
	}
}

func TestNormKind(t *testing.T) {
	for _, k := range []NormKind{NormLayerNorm1P, NormLayerNorm} {
		back, ok := ParseNormKind(k.String())
		if !ok || back != k {
			t.Errorf("ParseNormKind(%q) = %v, %v", k.String(), back, ok)
		}
	}
	if _, ok := ParseNormKind("invalid"); ok {
		t.Error(`ParseNormKind("invalid") succeeded`)
	}
	if got := NormKind(9).String(); got != "NormKind(9)" {
		t.Errorf("NormKind(9).String() = %q", got)
	}
}
