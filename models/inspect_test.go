package models

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/mtc-dev/mtc/internal/golden"
)

func TestWriteInspectGolden(t *testing.T) {
	tests := []struct {
		name, path string
		opts       InspectOptions
	}{
		{"minitron-8b", "minitron-8b.yaml", InspectOptions{}},
		{"hetero", "testdata/hetero.yaml", InspectOptions{Context: 100, KVDType: "f32"}},
		{"mqa", "testdata/mqa.yaml", InspectOptions{KVDType: "f16"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Load(tt.path)
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := WriteInspect(&b, s, tt.opts); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, "testdata/inspect/"+tt.name+".txt", b.Bytes())
		})
	}
}

func TestWriteInspectCollapses(t *testing.T) {
	s := tinySpec()
	s.NumLayers = 8
	s.Layers = nil
	for i := range 8 {
		l := s.Default(i)
		if i == 5 {
			l.FFN = 128
		}
		s.Layers = append(s.Layers, l)
	}
	var b bytes.Buffer
	if err := WriteInspect(&b, s, InspectOptions{}); err != nil {
		t.Fatal(err)
	}
	table := b.String()[strings.Index(b.String(), "layers  "):]
	var labels []string
	for _, line := range strings.Split(strings.TrimSpace(table), "\n")[1:] {
		labels = append(labels, strings.Fields(line)[0])
	}
	if got, want := strings.Join(labels, " "), "0-4 5 6-7"; got != want {
		t.Errorf("row labels %q, want %q\n%s", got, want, table)
	}
}

func TestWriteInspectBadKVDType(t *testing.T) {
	var b bytes.Buffer
	if err := WriteInspect(&b, tinySpec(), InspectOptions{KVDType: "q4"}); err == nil {
		t.Error("WriteInspect accepted KV dtype q4")
	}
}

func TestInspectJSON(t *testing.T) {
	s, err := Builtin("minitron-8b")
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(InspectJSON(s), &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{
		"params_total":         8_271_699_968,
		"params_non_embedding": 6_174_547_968,
		"params_matmul":        7_222_591_488,
		"flops_per_token":      14_445_182_976,
		"kv_bytes_per_token":   131_072,
		"weight_bytes_bf16":    16_543_399_936,
		"weight_bytes_f32":     33_086_799_872,
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %v, want %v", k, got[k], v)
		}
	}
	layers, _ := got["layers"].([]any)
	if len(layers) != 32 {
		t.Fatalf("layers: %d entries, want 32", len(layers))
	}
	l0 := layers[0].(map[string]any)
	if l0["params"] != 192_954_368.0 || l0["kv_bytes_per_token"] != 4096.0 || l0["num_heads"] != 48.0 {
		t.Errorf("layer 0 = %v", l0)
	}

	het, err := Load("testdata/hetero.yaml")
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/inspect/hetero.json", InspectJSON(het))
}
