package models

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mtc-dev/mtc/internal/diag"
)

// checkDecoded is what every successfully decoded spec must satisfy: it validates, it survives
// Format and (when expressible) ToConfigJSON, and the derived tables do not panic.
func checkDecoded(t *testing.T, s *Spec) {
	t.Helper()
	if err := s.Validate(); err != nil {
		t.Fatalf("decoded spec does not validate: %v", err)
	}
	text := s.Format()
	back, err := DecodeSpec("formatted.yaml", text)
	if err != nil {
		t.Fatalf("Format output does not decode: %v\n%s", err, text)
	}
	if diff := cmp.Diff(s, back, sameModel); diff != "" {
		t.Fatalf("DecodeSpec(Format(s)) != s (-want +got):\n%s\n%s", diff, text)
	}
	if again := back.Format(); !bytes.Equal(again, text) {
		t.Fatalf("Format is not a fixed point:\n%s\nthen\n%s", text, again)
	}
	if len(s.Dropped) == 0 && s.Norm == NormLayerNorm1P {
		data, err := ToConfigJSON(s)
		if err != nil {
			t.Fatalf("ToConfigJSON: %v", err)
		}
		back, err := DecodeConfigJSON("x/config.json", data)
		if err != nil {
			t.Fatalf("ToConfigJSON output does not import: %v\n%s", err, data)
		}
		if diff := cmp.Diff(s, back, sameModel); diff != "" {
			t.Fatalf("DecodeConfigJSON(ToConfigJSON(s)) != s (-want +got):\n%s", diff)
		}
	}
	_ = s.Stats(s.MaxPositions)
	_ = TensorNames(s)
	_ = UnusedTensorNames(s)
	_ = InspectJSON(s)
	var b bytes.Buffer
	if err := WriteInspect(&b, s, InspectOptions{}); err != nil {
		t.Fatal(err)
	}
}

// checkFailed checks that a decode error is located.
func checkFailed(t *testing.T, err error) {
	t.Helper()
	e, ok := diag.As(err)
	if !ok {
		t.Fatalf("error is not a diag error: %v", err)
	}
	if e.Pos.File == "" {
		t.Fatalf("error names no file: %v", err)
	}
}

func FuzzDecodeSpec(f *testing.F) {
	for _, path := range specFiles(f) {
		f.Add(mustRead(f, path))
	}
	for _, seed := range []string{
		baseSpec,
		baseSpec + "layers:\n  - {index: 1, num_heads: 2, num_kv_heads: 1, ffn_size: 8}\ndrop_layers: [0]\n",
		baseSpec + "layers: []\ndrop_layers:\n",
		baseSpec + "tie_embeddings: true\n",
		"name: &a x\nvocab_size: *a\n",
		"name: [\n",
		"{name: x, vocab_size: 0x10, hidden_size: 1_000}\n",
		"---\n...\n",
		"? [a]\n: b\n",
		"name: !!binary aGVsbG8=\n",
		"<<: {name: x}\n",
		"",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := DecodeSpec("fuzz.yaml", data)
		if err != nil {
			checkFailed(t, err)
			return
		}
		checkDecoded(t, s)
	})
}

func FuzzConfigJSON(f *testing.F) {
	for _, dir := range checkpointDirs(f) {
		f.Add(mustRead(f, filepath.Join(dir, "config.json")))
	}
	f.Add(mustRead(f, "testdata/format/minitron-8b.config.json"))
	for _, seed := range []string{
		baseConfig,
		edit(f, baseConfig, `"head_dim": 16`, `"head_dim": null, "kv_channels": 16, "rope_percent": 0.5`),
		edit(f, baseConfig, `"rope_scaling": null`, `"rope_scaling": {"type": "linear", "factor": 2.0}, "rope_parameters": {"rope_type": "linear", "factor": 2.0, "rope_theta": 10000}`),
		edit(f, baseConfig, `"vocab_size": 512`, `"vocab_size": 512, "layer_configs": [{"num_attention_heads": 2}, {"intermediate_size": 8, "num_key_value_heads": null}]`),
		edit(f, baseConfig, `"model_type": "nemotron"`, `"model_type": "llama"`),
		`{"model_type": "nemotron"}`,
		`{"a": [1, {"b": null}], "c": "\u00e9\ud800"}`,
		"[", "{", `{"x": 1e999}`, "\ufeff{}", "",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := DecodeConfigJSON("fuzz/config.json", data)
		if err != nil {
			checkFailed(t, err)
			return
		}
		checkDecoded(t, s)
	})
}

// FuzzSpecValues builds specs in code from arbitrary values: any spec that validates must
// survive Format (floats included) and ToConfigJSON.
func FuzzSpecValues(f *testing.F) {
	f.Add(512, 64, 16, 4, 2, 256, uint8(2), 0.5, 1e-5, 10000.0, 1.0, false, uint8(0), 0)
	f.Add(300, 48, 20, 3, 1, 96, uint8(3), 0.4, 1e-6, 5e5, 4.0, true, uint8(2), 64)
	f.Add(7, 1, 2, 1, 1, 1, uint8(1), 1.0, 5e-324, 1.7976931348623157e308, 0.1, false, uint8(0), 3)
	f.Fuzz(func(t *testing.T, vocab, hidden, headDim, heads, kv, ffn int, layers uint8, partial, eps, theta, scaling float64, tie bool, dropMask uint8, ffnOverride int) {
		s := &Spec{
			Name: "fuzz", VocabSize: vocab, Hidden: hidden, HeadDim: headDim,
			Heads: heads, KVHeads: kv, FFN: ffn, NumLayers: int(layers),
			Activation: ActivationReLU2, Norm: NormLayerNorm1P, NormEps: eps,
			RopeTheta: theta, PartialRotary: partial, RopeScaling: scaling,
			RotaryDims:    RotaryDimsFor(headDim, partial),
			TieEmbeddings: tie, MaxPositions: 4096, BOS: 0, EOS: 0, DType: DTypeBF16,
		}
		for i := range int(layers) {
			l := s.Default(i)
			if i == 0 && ffnOverride != 0 {
				l.FFN = ffnOverride
			}
			if i < 8 && dropMask&(1<<i) != 0 {
				s.Dropped = append(s.Dropped, l)
			} else {
				s.Layers = append(s.Layers, l)
			}
		}
		if s.Validate() != nil {
			return
		}
		checkDecoded(t, s)
	})
}
