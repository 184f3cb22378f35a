package models

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mtc-dev/mtc/internal/diag"
	"github.com/mtc-dev/mtc/internal/golden"
)

// baseConfig is baseSpec as a config.json. Line numbers: 2 architectures, 3 bos, 4 eos,
// 5 head_dim, 6 hidden_act, 7 hidden_size, 8 intermediate_size, 9 max_position_embeddings,
// 10 model_type, 11 norm_eps, 12 num_attention_heads, 13 num_hidden_layers,
// 14 num_key_value_heads, 15 partial_rotary_factor, 16 rope_scaling, 17 rope_theta,
// 18 tie_word_embeddings, 19 torch_dtype, 20 vocab_size.
const baseConfig = `{
  "architectures": ["NemotronForCausalLM"],
  "bos_token_id": 2,
  "eos_token_id": 3,
  "head_dim": 16,
  "hidden_act": "relu2",
  "hidden_size": 64,
  "intermediate_size": 256,
  "max_position_embeddings": 4096,
  "model_type": "nemotron",
  "norm_eps": 1e-05,
  "num_attention_heads": 4,
  "num_hidden_layers": 2,
  "num_key_value_heads": 2,
  "partial_rotary_factor": 0.5,
  "rope_scaling": null,
  "rope_theta": 10000.0,
  "tie_word_embeddings": false,
  "torch_dtype": "float32",
  "vocab_size": 512
}
`

// TestConfigTwins checks that each reference checkpoint's config.json imports to the same spec
// as its YAML twin in testdata, directly and through Load of the folder.
func TestConfigTwins(t *testing.T) {
	for _, dir := range checkpointDirs(t) {
		name := filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			want, err := Load(filepath.Join("testdata", name+".yaml"))
			if err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(dir, "config.json")
			got, err := DecodeConfigJSON(file, mustRead(t, file))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got, sameModel); diff != "" {
				t.Errorf("config.json vs YAML twin (-yaml +json):\n%s", diff)
			}
			viaDir, err := Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, viaDir, sameModel); diff != "" {
				t.Errorf("Load(folder) vs YAML twin (-yaml +json):\n%s", diff)
			}
			if p, w := got.PosOf("num_kv_heads"), (diag.Pos{File: file, Line: 20, Col: 26}); p != w {
				t.Errorf("num_key_value_heads at %v, want %v", p, w)
			}
		})
	}
}

func TestConfigSpellings(t *testing.T) {
	type rep struct{ old, new string }
	tests := []struct {
		name  string
		edits []rep
		want  func(s *Spec)
	}{
		{"baseline", nil, func(s *Spec) {}},
		{"kv_channels", []rep{{`"head_dim": 16`, `"kv_channels": 16`}}, func(s *Spec) {}},
		{"null head_dim, kv_channels", []rep{{`"head_dim": 16`, `"head_dim": null, "kv_channels": 16`}}, func(s *Spec) {}},
		{"head_dim and kv_channels agree", []rep{{`"head_dim": 16`, `"head_dim": 16, "kv_channels": 16`}}, func(s *Spec) {}},
		{"rope_percent", []rep{{`"partial_rotary_factor": 0.5`, `"rope_percent": 0.25`}}, func(s *Spec) {
			s.PartialRotary, s.RotaryDims = 0.25, 4
		}},
		{"rope_percentage", []rep{{`"partial_rotary_factor": 0.5`, `"rope_percentage": 0.25`}}, func(s *Spec) {
			s.PartialRotary, s.RotaryDims = 0.25, 4
		}},
		{"rotary_percentage", []rep{{`"partial_rotary_factor": 0.5`, `"rotary_percentage": 1.0`}}, func(s *Spec) {
			s.PartialRotary, s.RotaryDims = 1, 16
		}},
		{"partial factor absent: NemotronConfig default 0.5", []rep{{"\"partial_rotary_factor\": 0.5,\n", ""}}, func(s *Spec) {}},
		{"rope_parameters (transformers 5)", []rep{
			{"\"partial_rotary_factor\": 0.5,\n", ""},
			{`"rope_theta": 10000.0,`, `"rope_parameters": {"rope_type": "default", "rope_theta": 500000.0, "partial_rotary_factor": 0.25},`},
		}, func(s *Spec) {
			s.RopeTheta, s.PartialRotary, s.RotaryDims = 500000, 0.25, 4
		}},
		{"rope_parameters agreeing with top-level keys", []rep{
			{`"rope_theta": 10000.0,`, `"rope_theta": 10000.0, "rope_parameters": {"rope_theta": 10000, "partial_rotary_factor": 0.5},`},
		}, func(s *Spec) {}},
		{"rope_parameters linear", []rep{
			{`"rope_theta": 10000.0,`, `"rope_parameters": {"rope_type": "linear", "factor": 4.0, "rope_theta": 10000.0},`},
		}, func(s *Spec) { s.RopeScaling = 4 }},
		{"rope_scaling type linear", []rep{{`"rope_scaling": null`, `"rope_scaling": {"type": "linear", "factor": 2.0}`}},
			func(s *Spec) { s.RopeScaling = 2 }},
		{"rope_scaling rope_type linear", []rep{{`"rope_scaling": null`, `"rope_scaling": {"rope_type": "linear", "factor": 2}`}},
			func(s *Spec) { s.RopeScaling = 2 }},
		{"rope_scaling default", []rep{{`"rope_scaling": null`, `"rope_scaling": {"rope_type": "default"}`}}, func(s *Spec) {}},
		{"layernorm_epsilon", []rep{{`"norm_eps": 1e-05`, `"layernorm_epsilon": 1e-06`}}, func(s *Spec) { s.NormEps = 1e-6 }},
		{"no rope_theta, norm_eps: defaults", []rep{{"\"rope_theta\": 10000.0,\n", ""}, {"\"norm_eps\": 1e-05,\n", ""}}, func(s *Spec) {}},
		{"tied embeddings", []rep{{`"tie_word_embeddings": false`, `"tie_word_embeddings": true`}}, func(s *Spec) { s.TieEmbeddings = true }},
		{"bfloat16", []rep{{`"float32"`, `"bfloat16"`}}, func(s *Spec) { s.DType = "bf16" }},
		{"float16", []rep{{`"float32"`, `"float16"`}}, func(s *Spec) { s.DType = "f16" }},
		{"dtype (transformers 4.56+)", []rep{{`"torch_dtype": "float32"`, `"dtype": "bfloat16"`}}, func(s *Spec) { s.DType = "bf16" }},
		{"no num_key_value_heads: MHA", []rep{{"\"num_key_value_heads\": 2,\n", ""}}, func(s *Spec) {
			s.KVHeads = 4
			s.Layers = []Layer{{0, 4, 4, 256}, {1, 4, 4, 256}}
		}},
		{"_name_or_path", []rep{{"{\n", "{\n  \"_name_or_path\": \"nvidia/Minitron-8B-Base\",\n"}}, func(s *Spec) {
			s.Name = "nvidia/Minitron-8B-Base"
		}},
		{"unknown and HF bookkeeping keys ignored", []rep{{"{\n", "{\n  \"use_cache\": true, \"initializer_range\": 0.0134, \"transformers_version\": \"4.44.0\",\n"}}, func(s *Spec) {}},
		{"no architectures, no biases", []rep{{`"architectures": ["NemotronForCausalLM"]`, `"attention_bias": false, "mlp_bias": false`}}, func(s *Spec) {}},
		{"defaults for bos, eos, max positions", []rep{
			{"\"bos_token_id\": 2,\n", ""}, {"\"eos_token_id\": 3,\n", ""}, {"\"max_position_embeddings\": 4096,\n", ""},
		}, func(s *Spec) {}},
		{"layer_configs", []rep{{`"vocab_size": 512`, `"vocab_size": 512, "layer_configs": [{}, {"num_attention_heads": 2, "num_key_value_heads": 1, "intermediate_size": 64}]`}},
			func(s *Spec) { s.Layers[1] = Layer{1, 2, 1, 64} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := baseConfig
			for _, r := range tt.edits {
				src = edit(t, src, r.old, r.new)
			}
			got, err := DecodeConfigJSON("tiny/config.json", []byte(src))
			if err != nil {
				t.Fatalf("%v\n%s", err, src)
			}
			want := tinySpec()
			tt.want(want)
			if diff := cmp.Diff(want, got, sameModel); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestConfigErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string
	}{
		{"empty", "", "bad/config.json:1:1: invalid JSON: unexpected end of file"},
		{"trailing comma", edit(t, baseConfig, `"vocab_size": 512`, `"vocab_size": 512,`),
			"bad/config.json:21:1: invalid JSON: invalid character '}' looking for beginning of object key string"},
		{"truncated", baseConfig[:40], "bad/config.json:2:39: invalid JSON: unexpected end of file"},
		{"data after the object", baseConfig + "{}", "bad/config.json:22:1: invalid JSON: unexpected data after the top-level value"},
		{"not an object", "[1, 2]", "bad/config.json:1:1: config.json: expected a JSON object, found an array"},
		{"duplicate key", edit(t, baseConfig, `"head_dim": 16,`, `"head_dim": 16, "head_dim": 32,`),
			"bad/config.json:5:19: duplicate key \"head_dim\" (first at line 5, column 3)"},
		{"another model_type", edit(t, baseConfig, `"model_type": "nemotron"`, `"model_type": "llama"`),
			"bad/config.json:10:17: model_type \"llama\" is not supported: expected \"nemotron\" (NemotronForCausalLM)"},
		{"model_type not a string", edit(t, baseConfig, `"model_type": "nemotron"`, `"model_type": 1`),
			"bad/config.json:10:17: model_type: expected a string, found number 1"},
		{"no model_type", edit(t, baseConfig, "\"model_type\": \"nemotron\",\n", ""),
			"bad/config.json:1:1: missing required key \"model_type\" (expected \"nemotron\")"},
		{"missing head_dim", edit(t, baseConfig, "\"head_dim\": 16,\n", ""),
			"bad/config.json:1:1: missing required key \"head_dim\" (or kv_channels; head_dim is never derived from hidden_size / num_attention_heads)"},
		{"null head_dim", edit(t, baseConfig, `"head_dim": 16`, `"head_dim": null`),
			"bad/config.json:1:1: missing required key \"head_dim\" (or kv_channels; head_dim is never derived from hidden_size / num_attention_heads)"},
		{"head_dim and kv_channels disagree", edit(t, baseConfig, `"head_dim": 16,`, `"head_dim": 16, "kv_channels": 32,`),
			"bad/config.json:5:34: kv_channels = 32 disagrees with head_dim = 16"},
		{"partial factor spellings disagree", edit(t, baseConfig, `"partial_rotary_factor": 0.5,`, `"partial_rotary_factor": 0.5, "rope_percent": 0.25,`),
			"bad/config.json:15:49: rope_percent = 0.25 disagrees with partial_rotary_factor = 0.5"},
		{"missing sizes", edit(t, edit(t, baseConfig, "\"hidden_size\": 64,\n", ""), "\"vocab_size\": 512", "\"use_cache\": true"),
			"bad/config.json:1:1: missing required key \"vocab_size\"\n" +
				"bad/config.json:1:1: missing required key \"hidden_size\""},
		{"string for integer", edit(t, baseConfig, `"hidden_size": 64`, `"hidden_size": "64"`),
			"bad/config.json:7:18: hidden_size: expected an integer, found string \"64\""},
		{"float for integer", edit(t, baseConfig, `"num_attention_heads": 4`, `"num_attention_heads": 4.0`),
			"bad/config.json:12:26: num_attention_heads: expected an integer, found number 4.0"},
		{"string for number", edit(t, baseConfig, `"rope_theta": 10000.0`, `"rope_theta": "1e4"`),
			"bad/config.json:17:17: rope_theta: expected a number, found string \"1e4\""},
		{"rope_parameters not an object", edit(t, baseConfig, `"rope_theta": 10000.0`, `"rope_parameters": 3`),
			"bad/config.json:17:22: rope_parameters: expected an object, found number 3"},
		{"yarn scaling", edit(t, baseConfig, `"rope_scaling": null`, `"rope_scaling": {"type": "yarn", "factor": 4.0}`),
			"bad/config.json:16:19: rope_scaling: RoPE scaling type \"yarn\" is not supported (supported: linear)"},
		{"linear scaling without factor", edit(t, baseConfig, `"rope_scaling": null`, `"rope_scaling": {"type": "linear"}`),
			"bad/config.json:16:19: rope_scaling: linear scaling needs a \"factor\""},
		{"unknown torch_dtype", edit(t, baseConfig, `"float32"`, `"int8"`),
			"bad/config.json:19:18: torch_dtype \"int8\" is not supported (expected bfloat16, float32 or float16)"},
		{"gelu", edit(t, baseConfig, `"relu2"`, `"gelu"`),
			"bad/config.json:6:17: activation \"gelu\" is not supported (supported: relu2)"},
		{"attention bias", edit(t, baseConfig, `"vocab_size": 512`, `"vocab_size": 512, "attention_bias": true`),
			"bad/config.json:20:40: attention_bias = true is not supported: Nemotron's linear layers have no bias"},
		{"other architecture", edit(t, baseConfig, `"NemotronForCausalLM"`, `"LlamaForCausalLM"`),
			"bad/config.json:2:20: architectures does not list NemotronForCausalLM"},
		{"kv heads do not divide heads", edit(t, baseConfig, `"num_key_value_heads": 2`, `"num_key_value_heads": 3`),
			"bad/config.json:14:26: num_kv_heads = 3 must divide num_heads = 4"},
		{"odd rotary dims", edit(t, baseConfig, `"partial_rotary_factor": 0.5`, `"partial_rotary_factor": 0.3125`),
			"bad/config.json:15:28: rotary dims int(head_dim * partial_rotary_factor) = int(16 * 0.3125) = 5 must be even"},
		{"layer_configs wrong length", edit(t, baseConfig, `"vocab_size": 512`, `"vocab_size": 512, "layer_configs": [{}]`),
			"bad/config.json:20:39: layer_configs has 1 entries; expected one per layer (num_hidden_layers = 2)"},
		{"layer_configs unknown key", edit(t, baseConfig, `"vocab_size": 512`, `"vocab_size": 512, "layer_configs": [{}, {"heads": 2}]`),
			"bad/config.json:20:45: unknown key \"heads\" in layer_configs[1] (expected num_attention_heads, num_key_value_heads or intermediate_size)"},
		{"layer_configs bad layer", edit(t, baseConfig, `"vocab_size": 512`, `"vocab_size": 512, "layer_configs": [{}, {"num_attention_heads": 3}]`),
			"bad/config.json:20:68: layer 1: num_kv_heads = 2 must divide num_heads = 3"},
		{"deep nesting", "{\"a\": " + strings.Repeat("[", 100) + strings.Repeat("]", 100) + "}",
			"bad/config.json:1:38: invalid JSON: nested deeper than 32 levels"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := DecodeConfigJSON("bad/config.json", []byte(tt.src))
			if err == nil {
				t.Fatalf("DecodeConfigJSON succeeded (%+v); want error\n%s", s, tt.want)
			}
			if diff := cmp.Diff(tt.want, err.Error()); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
		})
	}
}

func TestToConfigJSONRoundTrip(t *testing.T) {
	hetero := tinySpec()
	hetero.Layers = []Layer{{0, 4, 2, 256}, {1, 2, 1, 128}}
	scaled := tinySpec()
	scaled.RopeScaling = 8
	scaled.TieEmbeddings = true
	specs := map[string]*Spec{"hetero": hetero, "scaled": scaled}
	for _, path := range specFiles(t) {
		s, err := Load(path)
		if err != nil {
			t.Fatal(err)
		}
		specs[path] = s
	}
	for name, s := range specs {
		data, err := ToConfigJSON(s)
		switch {
		case len(s.Dropped) > 0:
			if err == nil || !strings.Contains(err.Error(), "cannot express dropped layers") {
				t.Errorf("%s: ToConfigJSON error = %v, want one about dropped layers", name, err)
			}
			continue
		case s.Norm != NormLayerNorm1P:
			if err == nil || !strings.Contains(err.Error(), "cannot express norm type layernorm") {
				t.Errorf("%s: ToConfigJSON error = %v, want one about the norm", name, err)
			}
			continue
		case err != nil:
			t.Errorf("%s: %v", name, err)
			continue
		}
		back, err := DecodeConfigJSON("x/config.json", data)
		if err != nil {
			t.Errorf("%s: written config.json does not import: %v\n%s", name, err, data)
			continue
		}
		if diff := cmp.Diff(s, back, sameModel); diff != "" {
			t.Errorf("%s: DecodeConfigJSON(ToConfigJSON(s)) != s (-want +got):\n%s", name, diff)
		}
		if hasLC := strings.Contains(string(data), "layer_configs"); hasLC != !s.Homogeneous() {
			t.Errorf("%s: layer_configs written = %v, want only for heterogeneous specs", name, hasLC)
		}
	}
}

// TestToConfigJSONMatchesReference checks each key mtc writes against the reference
// checkpoints' own config.json files (written by transformers).
func TestToConfigJSONMatchesReference(t *testing.T) {
	for _, dir := range checkpointDirs(t) {
		file := filepath.Join(dir, "config.json")
		var ref map[string]any
		if err := json.Unmarshal(mustRead(t, file), &ref); err != nil {
			t.Fatal(err)
		}
		s, err := Load(file)
		if err != nil {
			t.Fatal(err)
		}
		data, err := ToConfigJSON(s)
		if err != nil {
			t.Fatal(err)
		}
		var got map[string]any
		if err := json.Unmarshal(data, &got); err != nil {
			t.Fatal(err)
		}
		for k, v := range got {
			if k == "_name_or_path" {
				continue
			}
			if diff := cmp.Diff(ref[k], v); diff != "" {
				t.Errorf("%s: key %s (-reference +mtc):\n%s", file, k, diff)
			}
		}
	}
}

func TestToConfigJSONGolden(t *testing.T) {
	s, err := Builtin("minitron-8b")
	if err != nil {
		t.Fatal(err)
	}
	data, err := ToConfigJSON(s)
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/format/minitron-8b.config.json", data)
}

func TestToConfigJSONInvalid(t *testing.T) {
	s := tinySpec()
	s.KVHeads = 3
	if _, err := ToConfigJSON(s); err == nil || !strings.Contains(err.Error(), "num_kv_heads = 3 must divide num_heads = 4") {
		t.Errorf("ToConfigJSON(invalid) error = %v", err)
	}
}
