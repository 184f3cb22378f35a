package models

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestBuiltin(t *testing.T) {
	want := []string{"minitron-4b", "minitron-8b", "nemotron-4-15b"}
	if diff := cmp.Diff(want, BuiltinNames()); diff != "" {
		t.Errorf("BuiltinNames (-want +got):\n%s", diff)
	}
	for _, name := range want {
		s, err := Builtin(name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if s.Name != name || s.Source != name+".yaml" {
			t.Errorf("Builtin(%q): name %q, source %q", name, s.Name, s.Source)
		}
		// The embedded copy is the file in the package folder.
		onDisk, err := Load(name + ".yaml")
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(onDisk, s, sameModel); diff != "" {
			t.Errorf("%s: embedded vs file (-file +embedded):\n%s", name, diff)
		}
	}
	for _, bad := range []string{"llama-7b", "testdata/hetero", "../models/minitron-8b", ""} {
		_, err := Builtin(bad)
		if err == nil || !strings.Contains(err.Error(), "built-in models: minitron-4b, minitron-8b, nemotron-4-15b") {
			t.Errorf("Builtin(%q) error = %v", bad, err)
		}
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, data string) string {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	yamlOnly := filepath.Dir(write("yaml-only/model.yaml", baseSpec))
	jsonOnly := filepath.Dir(write("json-only/config.json", baseConfig))
	both := filepath.Dir(write("both/config.json", baseConfig))
	write("both/model.yaml", edit(t, baseSpec, "name: tiny", "name: from-yaml"))
	ymlFile := write("spec.yml", baseSpec)
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		path     string
		wantName string
		wantErr  string
	}{
		{yamlOnly, "tiny", ""},
		{jsonOnly, "json-only", ""},
		{both, "from-yaml", ""},
		{ymlFile, "tiny", ""},
		{filepath.Join(jsonOnly, "config.json"), "json-only", ""},
		{empty, "", "holds neither model.yaml nor config.json"},
		{filepath.Join(dir, "missing.yaml"), "", "no such file"},
		{write("spec.txt", baseSpec), "", "expected a .yaml/.yml spec or a config.json"},
		{write("bad.yaml", "name: [\n"), "", filepath.Join(dir, "bad.yaml") + ":2: invalid YAML"},
	}
	for _, tt := range tests {
		s, err := Load(tt.path)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Load(%s) error = %v, want %q", tt.path, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("Load(%s): %v", tt.path, err)
			continue
		}
		if s.Name != tt.wantName {
			t.Errorf("Load(%s): name %q, want %q", tt.path, s.Name, tt.wantName)
		}
		if !strings.HasPrefix(s.Source, tt.path) {
			t.Errorf("Load(%s): source %q", tt.path, s.Source)
		}
	}
}
