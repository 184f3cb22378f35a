package models

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mtc-dev/mtc/internal/diag"
)

func TestDecodeSpecBase(t *testing.T) {
	got, err := DecodeSpec("base.yaml", []byte(baseSpec))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(tinySpec(), got, sameModel); diff != "" {
		t.Errorf("DecodeSpec(baseSpec) (-want +got):\n%s", diff)
	}
	if got.Source != "base.yaml" {
		t.Errorf("Source = %q, want base.yaml", got.Source)
	}
}

func TestDecodeSpecHetero(t *testing.T) {
	got, err := Load("testdata/hetero.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := &Spec{
		Name: "tiny-hetero", VocabSize: 512, Hidden: 64, HeadDim: 16,
		Heads: 6, KVHeads: 2, FFN: 256, NumLayers: 6,
		Layers: []Layer{
			{Index: 0, Heads: 6, KVHeads: 2, FFN: 256},
			{Index: 1, Heads: 4, KVHeads: 2, FFN: 128},
			{Index: 3, Heads: 2, KVHeads: 1, FFN: 256},
			{Index: 5, Heads: 6, KVHeads: 2, FFN: 256},
		},
		Dropped: []Layer{
			{Index: 2, Heads: 6, KVHeads: 2, FFN: 256},
			{Index: 4, Heads: 6, KVHeads: 2, FFN: 64},
		},
		Activation: "relu2", Norm: NormLayerNorm1P, NormEps: 1e-5,
		RopeTheta: 10000, PartialRotary: 0.5, RopeScaling: 1, RotaryDims: 8,
		MaxPositions: 1024, BOS: 2, EOS: 3, DType: "f32",
	}
	if diff := cmp.Diff(want, got, sameModel); diff != "" {
		t.Errorf("hetero.yaml (-want +got):\n%s", diff)
	}

	// Positions: values of top-level keys, nested keys, overrides and drops, keyed by the
	// checkpoint layer index; defaulted values fall back to the uniform key or the file.
	f := "testdata/hetero.yaml"
	pos := []struct {
		name string
		got  diag.Pos
		want diag.Pos
	}{
		{"num_kv_heads", got.PosOf("num_kv_heads"), diag.Pos{File: f, Line: 7, Col: 15}},
		{"norm.eps", got.PosOf("norm.eps"), diag.Pos{File: f, Line: 11, Col: 32}},
		{"rope.scaling_factor (defaulted)", got.PosOf("rope.scaling_factor"), diag.Pos{File: f, Line: 12, Col: 7}},
		{"tie_embeddings (defaulted)", got.PosOf("tie_embeddings"), diag.Pos{File: f}},
		{"layers[1]", got.PosOf("layers[1]"), diag.Pos{File: f, Line: 18, Col: 5}},
		{"layer 1 num_heads", got.LayerPos(1, "num_heads"), diag.Pos{File: f, Line: 18, Col: 27}},
		{"layer 1 num_kv_heads (uniform)", got.LayerPos(1, "num_kv_heads"), diag.Pos{File: f, Line: 7, Col: 15}},
		{"layer 3 num_kv_heads", got.LayerPos(3, "num_kv_heads"), diag.Pos{File: f, Line: 19, Col: 44}},
		{"drop of layer 4", got.PosOf("drop_layers[4]"), diag.Pos{File: f, Line: 21, Col: 18}},
	}
	for _, p := range pos {
		if p.got != p.want {
			t.Errorf("%s: position %v, want %v", p.name, p.got, p.want)
		}
	}
}

func TestDecodeSpecFiles(t *testing.T) {
	for _, path := range specFiles(t) {
		s, err := Load(path)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		if err := s.Validate(); err != nil {
			t.Errorf("%s: decoded spec does not validate: %v", path, err)
		}
	}
}

func TestDecodeSpecMQA(t *testing.T) {
	s, err := Load("testdata/mqa.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := Layer{Index: 1, Heads: 3, KVHeads: 1, FFN: 96}
	if len(s.Layers) != 2 || s.Layers[1] != want {
		t.Errorf("layers = %+v, want 2 layers, the last %+v", s.Layers, want)
	}
	if s.Norm != NormLayerNorm || !s.TieEmbeddings || s.RopeScaling != 4 || s.RotaryDims != 8 {
		t.Errorf("norm %v, tied %v, scaling %v, rotary dims %d; want layernorm, true, 4, 8",
			s.Norm, s.TieEmbeddings, s.RopeScaling, s.RotaryDims)
	}
}

func TestDecodeSpecErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string
	}{
		{"empty file", "", "bad.yaml: empty spec: expected a YAML mapping of model keys"},
		{"comments only", "# nothing\n", "bad.yaml: empty spec: expected a YAML mapping of model keys"},
		{"not a mapping", "- name: x\n", "bad.yaml:1:1: model spec: expected a mapping, found a list"},
		{"malformed flow list", edit(t, baseSpec, "ffn_size: 256", "ffn_size: [256"),
			"bad.yaml:8: invalid YAML: did not find expected ',' or ']'"},
		{"bad indentation", edit(t, baseSpec, "num_heads: 4\n", "num_heads: 4\n  x: 1\n"),
			"bad.yaml:6: invalid YAML: mapping values are not allowed in this context"},
		{"control character", edit(t, baseSpec, "name: tiny", "name: ti\x01ny"),
			"bad.yaml:1:9: invalid YAML: control character U+0001; expected UTF-8 text"},
		{"invalid UTF-8", edit(t, baseSpec, "name: tiny", "name: ti\xffny"),
			"bad.yaml:1:9: invalid YAML: invalid UTF-8 byte 0xff; expected UTF-8 text"},
		{"two documents", baseSpec + "---\nname: other\n",
			"bad.yaml:16:1: a second YAML document starts here; expected exactly one"},
		{"unknown key", edit(t, baseSpec, "num_heads: 4", "num_head: 4"),
			"bad.yaml:1:1: missing required key \"num_heads\"\n" +
				"bad.yaml:5:1: unknown key \"num_head\" (did you mean \"num_heads\"?)"},
		{"unknown key far from any", baseSpec + "colour: blue\n",
			"bad.yaml:16:1: unknown key \"colour\" (expected one of: activation, bos_token_id, drop_layers, dtype, eos_token_id, ffn_size, head_dim, hidden_size, layers, max_position_embeddings, name, norm, num_heads, num_kv_heads, num_layers, rope, tie_embeddings, vocab_size)"},
		{"unknown nested key", edit(t, baseSpec, "partial_rotary_factor: 0.5}", "partial_rotary_factor: 0.5, thta: 1}"),
			"bad.yaml:11:50: unknown key \"thta\" in rope (did you mean \"theta\"?)"},
		{"duplicate key", baseSpec + "num_heads: 8\n",
			"bad.yaml:16:1: duplicate key \"num_heads\" (first at line 5, column 1)"},
		{"string for integer", edit(t, baseSpec, "num_heads: 4", "num_heads: four"),
			"bad.yaml:5:12: num_heads: expected an integer, found string \"four\""},
		{"float for integer", edit(t, baseSpec, "head_dim: 16", "head_dim: 16.5"),
			"bad.yaml:7:11: head_dim: expected an integer, found number 16.5"},
		{"quoted integer", edit(t, baseSpec, "vocab_size: 512", `vocab_size: "512"`),
			"bad.yaml:2:13: vocab_size: expected an integer, found string \"512\""},
		{"integer overflow", edit(t, baseSpec, "vocab_size: 512", "vocab_size: 99999999999999999999"),
			"bad.yaml:2:13: vocab_size: expected an integer, found number 99999999999999999999"},
		{"list for number", edit(t, baseSpec, "eps: 1.0e-5", "eps: [1]"),
			"bad.yaml:10:32: norm.eps: expected a number, found a list"},
		{"mapping for string", edit(t, baseSpec, "dtype: f32", "dtype: {a: 1}"),
			"bad.yaml:15:8: dtype: expected a string, found a mapping"},
		{"null value", edit(t, baseSpec, "dtype: f32", "dtype:"),
			"bad.yaml:15:7: dtype: expected a string, found null"},
		{"string for bool", baseSpec + "tie_embeddings: yes\n",
			"bad.yaml:16:17: tie_embeddings: expected true or false, found string \"yes\""},
		{"norm not a mapping", edit(t, baseSpec, "norm: {type: layernorm1p, eps: 1.0e-5}", "norm: layernorm1p"),
			"bad.yaml:10:7: norm: expected a mapping, found string \"layernorm1p\""},
		{"alias", edit(t, edit(t, baseSpec, "num_heads: 4", "num_heads: &h 4"), "num_kv_heads: 2", "num_kv_heads: *h"),
			"bad.yaml:6:15: num_kv_heads: YAML aliases are not supported in model specs; write the value out"},
		{"missing head_dim", edit(t, baseSpec, "head_dim: 16\n", ""),
			"bad.yaml:1:1: missing required key \"head_dim\" (head_dim is never derived from hidden_size / num_heads)"},
		{"missing nested key", edit(t, baseSpec, ", partial_rotary_factor: 0.5", ""),
			"bad.yaml:11:7: missing required key \"partial_rotary_factor\" in rope (the rotated fraction of head_dim, 0.5 for Nemotron)"},
		{"several errors sorted", edit(t, edit(t, baseSpec, "dtype: f32", "dtype: 3.x\nnum_layer: 1"), "num_heads: 4", "num_heads: x"),
			"bad.yaml:5:12: num_heads: expected an integer, found string \"x\"\n" +
				"bad.yaml:16:1: unknown key \"num_layer\" (did you mean \"num_layers\"?)"},
		{"kv heads do not divide heads", edit(t, baseSpec, "num_kv_heads: 2", "num_kv_heads: 3"),
			"bad.yaml:6:15: num_kv_heads = 3 must divide num_heads = 4"},
		{"kv heads do not divide heads in a layer", baseSpec + "layers:\n  - {index: 1, num_heads: 6, num_kv_heads: 4}\n",
			"bad.yaml:17:44: layer 1: num_kv_heads = 4 must divide num_heads = 6"},
		{"odd rotary dims", edit(t, baseSpec, "partial_rotary_factor: 0.5", "partial_rotary_factor: 0.3125"),
			"bad.yaml:11:45: rotary dims int(head_dim * partial_rotary_factor) = int(16 * 0.3125) = 5 must be even"},
		{"zero rotary dims", edit(t, baseSpec, "partial_rotary_factor: 0.5", "partial_rotary_factor: 0.05"),
			"bad.yaml:11:45: rotary dims int(head_dim * partial_rotary_factor) = int(16 * 0.05) = 0 must be > 0"},
		{"partial factor above 1", edit(t, baseSpec, "partial_rotary_factor: 0.5", "partial_rotary_factor: 1.5"),
			"bad.yaml:11:45: partial_rotary_factor = 1.5 must be in (0, 1]"},
		{"partial factor 0", edit(t, baseSpec, "partial_rotary_factor: 0.5", "partial_rotary_factor: 0"),
			"bad.yaml:11:45: partial_rotary_factor = 0 must be in (0, 1]"},
		{"partial factor NaN", edit(t, baseSpec, "partial_rotary_factor: 0.5", "partial_rotary_factor: .nan"),
			"bad.yaml:11:45: partial_rotary_factor = NaN must be in (0, 1]"},
		{"zero sizes", edit(t, edit(t, baseSpec, "hidden_size: 64", "hidden_size: 0"), "ffn_size: 256", "ffn_size: 0"),
			"bad.yaml:3:14: hidden_size = 0 must be > 0\n" +
				"bad.yaml:8:11: ffn_size = 0 must be > 0"},
		{"negative heads", edit(t, baseSpec, "num_heads: 4", "num_heads: -4"),
			"bad.yaml:5:12: num_heads = -4 must be > 0"},
		{"zero layers", edit(t, baseSpec, "num_layers: 2", "num_layers: 0"),
			"bad.yaml:4:13: num_layers = 0 must be > 0"},
		{"too many layers", edit(t, baseSpec, "num_layers: 2", "num_layers: 100000"),
			"bad.yaml:4:13: num_layers = 100000 is above the limit of 4096"},
		{"huge size", edit(t, baseSpec, "vocab_size: 512", "vocab_size: 1000000000"),
			"bad.yaml:2:13: vocab_size = 1000000000 is above the limit of 16777216"},
		{"zero eps and negative theta", edit(t, edit(t, baseSpec, "eps: 1.0e-5", "eps: 0"), "theta: 10000", "theta: -1"),
			"bad.yaml:10:32: norm eps = 0 must be a finite number > 0\n" +
				"bad.yaml:11:15: rope theta = -1 must be a finite number > 0"},
		{"infinite scaling", edit(t, baseSpec, "partial_rotary_factor: 0.5}", "partial_rotary_factor: 0.5, scaling_factor: .inf}"),
			"bad.yaml:11:66: rope scaling_factor = +Inf must be a finite number > 0"},
		{"bos outside vocab", edit(t, baseSpec, "bos_token_id: 2", "bos_token_id: 512"),
			"bad.yaml:13:15: bos_token_id = 512 must be < vocab_size = 512"},
		{"negative eos", edit(t, baseSpec, "eos_token_id: 3", "eos_token_id: -1"),
			"bad.yaml:14:15: eos_token_id = -1 must be >= 0"},
		{"unsupported activation", edit(t, baseSpec, "activation: relu2", "activation: gelu"),
			"bad.yaml:9:13: activation \"gelu\" is not supported (supported: relu2)"},
		{"unsupported norm", edit(t, baseSpec, "type: layernorm1p", "type: rmsnorm"),
			"bad.yaml:10:14: norm type \"rmsnorm\" is not supported (expected layernorm1p or layernorm)"},
		{"unsupported dtype", edit(t, baseSpec, "dtype: f32", "dtype: int8"),
			"bad.yaml:15:8: dtype \"int8\" is not supported (expected f32, bf16 or f16)"},
		{"empty name", edit(t, baseSpec, "name: tiny", `name: ""`),
			"bad.yaml:1:7: name is empty; expected a model name"},
		{"layers not a list", baseSpec + "layers: {index: 1}\n",
			"bad.yaml:16:9: layers: expected a list of per-layer overrides like {index: 3, num_heads: 24}, found a mapping"},
		{"override without index", baseSpec + "layers:\n  - {ffn_size: 8}\n",
			"bad.yaml:17:5: missing required key \"index\" in layers (the checkpoint layer it overrides)"},
		{"unknown override key", baseSpec + "layers:\n  - {index: 0, heads: 8}\n",
			"bad.yaml:17:16: unknown key \"heads\" in layers (expected one of: ffn_size, index, num_heads, num_kv_heads)"},
		{"override out of range", baseSpec + "layers:\n  - {index: 2, ffn_size: 8}\n",
			"bad.yaml:17:13: layers: index 2 out of range [0, 2)"},
		{"override twice", baseSpec + "layers:\n  - {index: 1, ffn_size: 8}\n  - {index: 1, ffn_size: 16}\n",
			"bad.yaml:18:13: layers: second override of layer 1 (first at line 17, column 13)"},
		{"zero ffn in an override", baseSpec + "layers:\n  - {index: 1, ffn_size: 0}\n",
			"bad.yaml:17:26: layer 1: ffn_size = 0 must be > 0"},
		{"drop out of range", baseSpec + "drop_layers: [0, 7]\n",
			"bad.yaml:16:18: drop_layers: layer 7 out of range [0, 2)"},
		{"drop twice", baseSpec + "drop_layers: [1, 1]\n",
			"bad.yaml:16:18: drop_layers: layer 1 is dropped twice (first at line 16, column 15)"},
		{"drop all layers", baseSpec + "drop_layers: [0, 1]\n",
			"bad.yaml:16:14: no layer runs: all 2 layers are dropped; at least one must run"},
		{"drop list of strings", baseSpec + "drop_layers: [a]\n",
			"bad.yaml:16:15: drop_layers: expected an integer, found string \"a\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := DecodeSpec("bad.yaml", []byte(tt.src))
			if err == nil {
				t.Fatalf("DecodeSpec succeeded (%+v); want error\n%s", s, tt.want)
			}
			if diff := cmp.Diff(tt.want, err.Error()); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
			if _, ok := diag.As(err); !ok {
				t.Errorf("error %T is not located (diag)", err)
			}
		})
	}
}
