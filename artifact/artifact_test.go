package artifact_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mtc-dev/mtc/artifact"
)

func sample() *artifact.Manifest {
	return &artifact.Manifest{
		FormatVersion: artifact.FormatVersion, MTCVersion: "test", Target: artifact.TargetCPU,
		Model: artifact.Model{Name: "m", VocabSize: 8, Hidden: 4, Layers: 1},
		Weights: []artifact.Weight{
			{Name: "a", DType: "bf16", Shape: []int64{8, 4}, Transform: artifact.TransformLoad},
			{Name: "b", DType: "f32", Shape: []int64{4}, Transform: artifact.TransformAdd1, Args: []string{"a"}},
		},
		Slots:              []artifact.Slot{{Width: 4}},
		Kernels:            []artifact.Kernel{{Name: "k", Symbol: "mtc_k_k", Op: "matmul"}},
		Program:            []artifact.Launch{{Kernel: 0, Bufs: []artifact.Ref{{Kind: artifact.RefArena, Offset: 0}, {Kind: artifact.RefWeight, Index: 1}}, Split: artifact.Expr{T: 1}}},
		ArenaBytesPerToken: 64,
		Result:             artifact.Ref{Kind: artifact.RefArena},
	}
}

func files() map[string]artifact.NamedBytes {
	return map[string]artifact.NamedBytes{
		artifact.FileSO:    {Name: "kernels.so", Data: []byte("\x7fELF not really")},
		artifact.FileGraph: {Name: "graph.mir", Data: []byte("mir 1\n")},
	}
}

func TestWriteRead(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "art")
	m := sample()
	if err := artifact.Write(dir, m, files()); err != nil {
		t.Fatal(err)
	}
	got, err := artifact.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(m, got); diff != "" {
		t.Errorf("read back differs (-wrote +read):\n%s", diff)
	}
	// Replacing an artifact leaves no temporary folders behind.
	if err := artifact.Write(dir, sample(), files()); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(filepath.Dir(dir))
	if len(entries) != 1 {
		t.Errorf("folder holds %d entries after a rewrite, want just the artifact", len(entries))
	}
}

func TestWriteRefusesForeignFolder(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "precious.txt"), []byte("x"), 0o644)
	err := artifact.Write(dir, sample(), files())
	if err == nil || !strings.Contains(err.Error(), "refusing to replace") {
		t.Fatalf("got %v, want a refusal to replace a folder that is not an artifact", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "precious.txt")); err != nil {
		t.Fatal("the foreign folder was touched")
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(dir string)
		want   string
	}{
		{"no manifest", func(d string) { os.Remove(filepath.Join(d, "manifest.json")) }, "not an mtc artifact"},
		{"missing so", func(d string) { os.Remove(filepath.Join(d, "kernels.so")) }, "kernels.so listed in the manifest is missing"},
		{"checksum", func(d string) { os.WriteFile(filepath.Join(d, "kernels.so"), []byte("\x7fELF not reallY"), 0o644) }, "SHA-256 does not match"},
		{"size", func(d string) { os.WriteFile(filepath.Join(d, "graph.mir"), []byte("mir"), 0o644) }, "has 3 bytes, the manifest says 6"},
		{"bad json", func(d string) {
			os.WriteFile(filepath.Join(d, "manifest.json"), []byte("{\n  \"format_version\": 1,\n  \"target\": }"), 0o644)
		}, "manifest.json:3:13: invalid manifest"},
		{"unknown field", func(d string) { edit(d, func(m map[string]any) { m["surprise"] = 1 }) }, `unknown field "surprise"`},
		{"version", func(d string) { edit(d, func(m map[string]any) { m["format_version"] = 99 }) }, "format version 99"},
		{"kernel index", func(d string) {
			edit(d, func(m map[string]any) { m["program"].([]any)[0].(map[string]any)["kernel"] = 5 })
		}, "program[0]: kernel index 5 out of range"},
		{"weight arg", func(d string) {
			edit(d, func(m map[string]any) { m["weights"].([]any)[1].(map[string]any)["args"] = []string{"zz"} })
		}, `argument "zz" is not a weight declared before it`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "art")
			if err := artifact.Write(dir, sample(), files()); err != nil {
				t.Fatal(err)
			}
			tt.break_(dir)
			_, err := artifact.Read(dir)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func edit(dir string, f func(map[string]any)) {
	path := filepath.Join(dir, "manifest.json")
	data, _ := os.ReadFile(path)
	var m map[string]any
	json.Unmarshal(data, &m)
	f(m)
	data, _ = json.Marshal(m)
	os.WriteFile(path, data, 0o644)
}

func FuzzDecode(f *testing.F) {
	good, _ := json.Marshal(sample())
	f.Add(good)
	f.Add([]byte(`{"format_version": 1}`))
	f.Add([]byte(`{"format_version": 1, "target": "cpu", "program": [{"kernel": -1}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := artifact.Decode("fuzz.json", data)
		if err != nil {
			return
		}
		if err := m.Validate(); err != nil {
			t.Fatalf("Decode accepted a manifest that Validate rejects: %v", err)
		}
	})
}
