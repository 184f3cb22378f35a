package models

import (
	"embed"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Shipped specs: every *.yaml next to this file (not testdata).
//
//go:embed *.yaml
var builtinFS embed.FS

// Load reads a model description from path: a YAML spec (.yaml or .yml), a Hugging Face
// config.json (any .json file), or a folder holding model.yaml or config.json. When a folder
// has both, model.yaml wins: it is mtc's own form and can say more (dropped layers, GGUF-style
// norms).
func Load(path string) (*Spec, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("loading model spec: %w", err)
	}
	if fi.IsDir() {
		for _, name := range []string{"model.yaml", "config.json"} {
			p := filepath.Join(path, name)
			if _, err := os.Stat(p); err == nil {
				return Load(p)
			}
		}
		return nil, fmt.Errorf("loading model spec: %s holds neither model.yaml nor config.json", path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("loading model spec: %w", err)
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".yaml", ".yml":
		return DecodeSpec(path, data)
	case ".json":
		return DecodeConfigJSON(path, data)
	}
	return nil, fmt.Errorf("loading model spec: %s: expected a .yaml/.yml spec or a config.json", path)
}

// BuiltinNames returns the names of the specs shipped with mtc, sorted
// ("minitron-4b", "minitron-8b", "nemotron-4-15b").
func BuiltinNames() []string {
	entries, err := builtinFS.ReadDir(".")
	if err != nil {
		panic("models: reading embedded specs: " + err.Error()) // the embed is part of the binary
	}
	var names []string
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".yaml"))
	}
	sort.Strings(names)
	return names
}

// Builtin returns the shipped spec called name (see BuiltinNames). Its Source is the embedded
// file's name, e.g. "minitron-8b.yaml".
func Builtin(name string) (*Spec, error) {
	file := name + ".yaml"
	data, err := builtinFS.ReadFile(file)
	if err != nil || strings.ContainsAny(name, "/\\") {
		return nil, fmt.Errorf("unknown model %q (built-in models: %s)", name, strings.Join(BuiltinNames(), ", "))
	}
	return DecodeSpec(file, data)
}
