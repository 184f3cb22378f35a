package weights

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"
)

// writeSharded writes a sharded safetensors checkpoint into dir: shards maps a file name to
// its tensors (one U8 element each, valued by name length), and weightMap is the index's map.
func writeSharded(t *testing.T, dir string, shards map[string][]string, weightMap map[string]string) string {
	t.Helper()
	for file, names := range shards {
		var ts []WriteTensor
		for _, n := range names {
			ts = append(ts, WriteTensor{Name: n, DType: U8, Shape: []int64{1}, Data: []byte{byte(len(n))}})
		}
		if err := Write(filepath.Join(dir, file), ts, map[string]string{"format": "pt"}); err != nil {
			t.Fatal(err)
		}
	}
	idx, _ := json.MarshalIndent(map[string]any{"metadata": map[string]any{"total_size": 3}, "weight_map": weightMap}, "", "  ")
	path := filepath.Join(dir, "model.safetensors.index.json")
	if err := os.WriteFile(path, idx, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestShardedSafetensors(t *testing.T) {
	dir := t.TempDir()
	writeSharded(t, dir,
		map[string][]string{"model-00001-of-00002.safetensors": {"a", "bb"}, "model-00002-of-00002.safetensors": {"ccc"}},
		map[string]string{"a": "model-00001-of-00002.safetensors", "bb": "model-00001-of-00002.safetensors", "ccc": "model-00002-of-00002.safetensors"})
	c := mustOpen(t, dir) // the folder finds the index
	if diff := cmp.Diff([]string{"a", "bb", "ccc"}, c.Names()); diff != "" {
		t.Errorf("Names (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]string{"format": "pt", "total_size": "3"}, c.Metadata()); diff != "" {
		t.Errorf("Metadata (-want +got):\n%s", diff)
	}
	for _, name := range c.Names() {
		x := mustTensor(t, c, name)
		if x.Data[0] != byte(len(name)) {
			t.Errorf("%s = %d, want %d", name, x.Data[0], len(name))
		}
	}
	if got := filepath.Base(mustTensor(t, c, "ccc").File); got != "model-00002-of-00002.safetensors" {
		t.Errorf("ccc is in %s, want the second shard", got)
	}
}

func TestShardedErrors(t *testing.T) {
	const s1, s2 = "s1.safetensors", "s2.safetensors"
	tests := []struct {
		name      string
		shards    map[string][]string
		weightMap map[string]string
		want      []string
	}{
		{"tensor missing from its shard", map[string][]string{s1: {"a"}}, map[string]string{"a": s1, "b": s1},
			[]string{`weight_map: tensor "b" maps to shard "s1.safetensors", which has no such tensor`}},
		{"tensor in another shard", map[string][]string{s1: {"a"}, s2: {"b"}}, map[string]string{"a": s1, "b": s1, "x": s2},
			[]string{`tensor "b" maps to shard "s1.safetensors", but it is in`, `tensor "x" maps to shard "s2.safetensors", which has no such tensor`}},
		{"unlisted tensor", map[string][]string{s1: {"a", "z"}}, map[string]string{"a": s1},
			[]string{`tensor "z" in shard`, "is not listed in weight_map"}},
		{"duplicate across shards", map[string][]string{s1: {"a"}, s2: {"a"}}, map[string]string{"a": s1, "b": s2},
			[]string{`tensor "a"`, "is also in", "expected each name once"}},
		{"missing shard file", map[string][]string{s1: {"a"}}, map[string]string{"a": s1, "b": "gone.safetensors"},
			[]string{`weight_map names shard "gone.safetensors"`, "no such file"}},
		{"shard outside the folder", map[string][]string{s1: {"a"}}, map[string]string{"a": "../s1.safetensors"},
			[]string{`maps to "../s1.safetensors", expected a file name inside the index's folder`}},
		{"empty weight_map", map[string][]string{}, map[string]string{}, []string{`missing or empty "weight_map"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeSharded(t, t.TempDir(), tt.shards, tt.weightMap)
			c, err := Open(path)
			if err == nil {
				c.Close()
			}
			wantErr(t, err, tt.want...)
		})
	}
}

func TestIndexJSONErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"syntax", "{\n  \"weight_map\": {\n    \"a\": \"s.safetensors\",\n  }\n}", []string{"model.safetensors.index.json:4:3: invalid JSON"}},
		{"wrong type", "{\"weight_map\": {\"a\": 3}}", []string{"model.safetensors.index.json:1:22: field \"weight_map\": expected string, found JSON number"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeTemp(t, "model.safetensors.index.json", []byte(tt.src))
			_, err := Open(path)
			wantErr(t, err, tt.want...)
		})
	}
}

func TestShardedTorch(t *testing.T) {
	for _, p := range []string{"testdata/torch/sharded", "testdata/torch/sharded/pytorch_model.bin.index.json"} {
		c := mustOpen(t, p)
		if diff := cmp.Diff([]string{"a.weight", "b.weight"}, c.Names()); diff != "" {
			t.Errorf("%s: Names (-want +got):\n%s", p, diff)
		}
		a, _ := mustTensor(t, c, "a.weight").Float32s()
		b, _ := mustTensor(t, c, "b.weight").Float32s()
		if diff := cmp.Diff([][]float32{{1, 2, 3, 4}, {-1, -2}}, [][]float32{a, b}); diff != "" {
			t.Errorf("%s: values (-want +got):\n%s", p, diff)
		}
	}
}

func TestOpenFolder(t *testing.T) {
	dir := t.TempDir()
	_, err := Open(dir)
	wantErr(t, err, dir+": no checkpoint in folder: expected one of model.safetensors, model.safetensors.index.json, pytorch_model.bin, pytorch_model.bin.index.json")

	// A torch file alone is found; model.safetensors is preferred once it exists.
	raw, err := os.ReadFile(torchFixture)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "pytorch_model.bin"), raw, 0o644); err != nil {
		t.Fatal(err)
	}
	if c := mustOpen(t, dir); c.Len() != 9 {
		t.Errorf("pytorch_model.bin: %d tensors, want 9", c.Len())
	}
	if err := Write(filepath.Join(dir, "model.safetensors"), []WriteTensor{{Name: "only", DType: U8, Shape: []int64{1}, Data: []byte{1}}}, nil); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"only"}, mustOpen(t, dir).Names()); diff != "" {
		t.Errorf("model.safetensors not preferred (-want +got):\n%s", diff)
	}
	_, err = Open(filepath.Join(dir, "nope"))
	wantErr(t, err, "nope", "no such file")
}

func TestOpenSniffsKind(t *testing.T) {
	raw, err := os.ReadFile(torchFixture)
	if err != nil {
		t.Fatal(err)
	}
	if c := mustOpen(t, writeTemp(t, "weights.data", raw)); c.Len() != 9 {
		t.Errorf("zip without extension: %d tensors, want 9", c.Len())
	}
	st := rawSafetensors(`{"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}`, []byte{4})
	if c := mustOpen(t, writeTemp(t, "weights.data", st)); c.Len() != 1 {
		t.Errorf("safetensors without extension: %d tensors, want 1", c.Len())
	}
}

func TestCloseInvalidates(t *testing.T) {
	c, err := Open(torchFixture)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Tensor("scale"); ok || c.Len() != 0 {
		t.Error("tensors still reachable after Close")
	}
	if err := c.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

// TestDataIsMapped checks that Open copies nothing: every tensor's Data lies inside the file's
// mapping.
func TestDataIsMapped(t *testing.T) {
	for _, path := range []string{torchFixture, filepath.Join(nemotronDir, "tiny-bf16", "model.safetensors")} {
		c := mustOpen(t, path)
		if len(c.maps) != 1 {
			t.Fatalf("%s: %d mappings, want 1", path, len(c.maps))
		}
		m := c.maps[0].data
		lo, hi := uintptr(unsafe.Pointer(&m[0])), uintptr(unsafe.Pointer(&m[0]))+uintptr(len(m))
		for _, name := range c.Names() {
			x := mustTensor(t, c, name)
			if len(x.Data) == 0 {
				continue
			}
			p := uintptr(unsafe.Pointer(&x.Data[0]))
			if p < lo || p+uintptr(len(x.Data)) > hi || p-lo != uintptr(x.Offset) {
				t.Errorf("%s: tensor %q is not the mapped bytes at offset %d", path, name, x.Offset)
			}
		}
	}
}
