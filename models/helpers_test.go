package models

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// sameModel compares specs as models: where they were written (Source, Pos) does not count.
var sameModel = cmp.Options{
	cmpopts.IgnoreFields(Spec{}, "Source", "Pos"),
	cmpopts.EquateEmpty(),
}

// baseSpec is a valid tiny spec; error tests edit one line of it. Line numbers:
// 1 name, 2 vocab_size, 3 hidden_size, 4 num_layers, 5 num_heads, 6 num_kv_heads, 7 head_dim,
// 8 ffn_size, 9 activation, 10 norm, 11 rope, 12 max_position_embeddings, 13 bos, 14 eos,
// 15 dtype.
const baseSpec = `name: tiny
vocab_size: 512
hidden_size: 64
num_layers: 2
num_heads: 4
num_kv_heads: 2
head_dim: 16
ffn_size: 256
activation: relu2
norm: {type: layernorm1p, eps: 1.0e-5}
rope: {theta: 10000, partial_rotary_factor: 0.5}
max_position_embeddings: 4096
bos_token_id: 2
eos_token_id: 3
dtype: f32
`

// edit returns base with the single occurrence of old replaced by new.
func edit(t testing.TB, base, old, new string) string {
	t.Helper()
	if n := strings.Count(base, old); n != 1 {
		t.Fatalf("edit: %q occurs %d times", old, n)
	}
	return strings.Replace(base, old, new, 1)
}

// tinySpec is baseSpec resolved by hand.
func tinySpec() *Spec {
	return &Spec{
		Name: "tiny", VocabSize: 512, Hidden: 64, HeadDim: 16,
		Heads: 4, KVHeads: 2, FFN: 256, NumLayers: 2,
		Layers:     []Layer{{0, 4, 2, 256}, {1, 4, 2, 256}},
		Activation: "relu2", Norm: NormLayerNorm1P, NormEps: 1e-5,
		RopeTheta: 10000, PartialRotary: 0.5, RopeScaling: 1, RotaryDims: 8,
		MaxPositions: 4096, BOS: 2, EOS: 3, DType: "f32",
	}
}

// specFiles returns the YAML specs shipped and in testdata.
func specFiles(t testing.TB) []string {
	t.Helper()
	shipped, err := filepath.Glob("*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	test, err := filepath.Glob("testdata/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	files := append(shipped, test...)
	if len(files) < 9 {
		t.Fatalf("found only %d spec files: %v", len(files), files)
	}
	return files
}

// checkpointDirs returns the reference checkpoints in the repository's testdata.
func checkpointDirs(t testing.TB) []string {
	t.Helper()
	dirs, err := filepath.Glob("../testdata/nemotron/*/config.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) != 4 {
		t.Fatalf("expected the 4 reference checkpoints, found %v", dirs)
	}
	for i, d := range dirs {
		dirs[i] = filepath.Dir(d)
	}
	return dirs
}

func mustRead(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
