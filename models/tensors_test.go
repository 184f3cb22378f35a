package models

import (
	"encoding/binary"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTensorNamesMinitron8B(t *testing.T) {
	s, err := Builtin("minitron-8b")
	if err != nil {
		t.Fatal(err)
	}
	got := TensorNames(s)
	if len(got) != 324 { // ARCHITECTURE.md §2.1
		t.Errorf("%d tensors, want 324", len(got))
	}
	shapes := map[string][]int64{}
	for _, e := range got {
		shapes[e.Name] = e.Shape
	}
	want := map[string][]int64{
		"model.embed_tokens.weight":                       {256000, 4096},
		"model.layers.0.input_layernorm.bias":             {4096},
		"model.layers.7.self_attn.q_proj.weight":          {6144, 4096},
		"model.layers.7.self_attn.k_proj.weight":          {1024, 4096},
		"model.layers.7.self_attn.v_proj.weight":          {1024, 4096},
		"model.layers.7.self_attn.o_proj.weight":          {4096, 6144},
		"model.layers.31.post_attention_layernorm.weight": {4096},
		"model.layers.31.mlp.up_proj.weight":              {16384, 4096},
		"model.layers.31.mlp.down_proj.weight":            {4096, 16384},
		"model.norm.bias":                                 {4096},
		"lm_head.weight":                                  {256000, 4096},
	}
	for name, shape := range want {
		if diff := cmp.Diff(shape, shapes[name]); diff != "" {
			t.Errorf("%s (-want +got):\n%s", name, diff)
		}
	}
	if got[0].Name != "model.embed_tokens.weight" || got[len(got)-1].Name != "lm_head.weight" {
		t.Errorf("order: first %s, last %s", got[0].Name, got[len(got)-1].Name)
	}
	if u := UnusedTensorNames(s); len(u) != 0 {
		t.Errorf("unused tensors %v, want none", u)
	}
}

func TestTensorNamesHeteroAndTied(t *testing.T) {
	het, err := Load("testdata/hetero.yaml")
	if err != nil {
		t.Fatal(err)
	}
	used, unused := TensorNames(het), UnusedTensorNames(het)
	if len(used) != 1+4*10+2+1 || len(unused) != 2*10 {
		t.Errorf("%d used, %d unused; want 43, 20", len(used), len(unused))
	}
	names := map[string][]int64{}
	for _, e := range used {
		names[e.Name] = e.Shape
	}
	for _, e := range unused {
		if _, dup := names[e.Name]; dup {
			t.Errorf("%s listed as used and unused", e.Name)
		}
		names[e.Name] = e.Shape
	}
	checks := map[string][]int64{
		"model.layers.1.self_attn.q_proj.weight": {64, 64},  // 4 heads of 16
		"model.layers.3.self_attn.k_proj.weight": {16, 64},  // 1 kv head
		"model.layers.3.self_attn.o_proj.weight": {64, 32},  // 2 heads
		"model.layers.4.mlp.down_proj.weight":    {64, 64},  // dropped, ffn 64
		"model.layers.2.mlp.up_proj.weight":      {256, 64}, // dropped, uniform
	}
	for name, shape := range checks {
		if diff := cmp.Diff(shape, names[name]); diff != "" {
			t.Errorf("%s (-want +got):\n%s", name, diff)
		}
	}
	if unused[0].Name != "model.layers.2.input_layernorm.weight" {
		t.Errorf("first unused tensor %s", unused[0].Name)
	}

	mqa, err := Load("testdata/mqa.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range TensorNames(mqa) {
		if e.Name == "lm_head.weight" {
			t.Error("tied spec lists lm_head.weight as needed")
		}
	}
	if u := UnusedTensorNames(mqa); len(u) != 1 || u[0].Name != "lm_head.weight" {
		t.Errorf("tied spec: unused %v, want lm_head.weight", u)
	}
}

// TestTensorNamesMatchCheckpoints compares the expected tensors with the headers of the
// reference checkpoints' model.safetensors files.
func TestTensorNamesMatchCheckpoints(t *testing.T) {
	for _, dir := range checkpointDirs(t) {
		s, err := Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for name, shape := range safetensorsShapes(t, filepath.Join(dir, "model.safetensors")) {
			want = append(want, name+" "+shapeString(shape))
		}
		var got []string
		for _, e := range TensorNames(s) {
			got = append(got, e.Name+" "+shapeString(e.Shape))
		}
		sort.Strings(want)
		sort.Strings(got)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: tensors (-checkpoint +TensorNames):\n%s", dir, diff)
		}
	}
}

// safetensorsShapes reads the tensor shapes from a safetensors header (an 8-byte
// little-endian length, then JSON).
func safetensorsShapes(t *testing.T, path string) map[string][]int64 {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var n uint64
	if err := binary.Read(f, binary.LittleEndian, &n); err != nil || n > 1<<24 {
		t.Fatalf("%s: header length %d: %v", path, n, err)
	}
	hdr := make([]byte, n)
	if _, err := io.ReadFull(f, hdr); err != nil {
		t.Fatal(err)
	}
	var entries map[string]json.RawMessage
	if err := json.Unmarshal(hdr, &entries); err != nil {
		t.Fatal(err)
	}
	out := map[string][]int64{}
	for name, raw := range entries {
		if name == "__metadata__" {
			continue
		}
		var e struct{ Shape []int64 }
		if err := json.Unmarshal(raw, &e); err != nil {
			t.Fatal(err)
		}
		out[name] = e.Shape
	}
	return out
}

func shapeString(shape []int64) string {
	s := "["
	for i, d := range shape {
		if i > 0 {
			s += ","
		}
		s += strconv.FormatInt(d, 10)
	}
	return s + "]"
}
