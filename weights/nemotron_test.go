package weights

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The reference checkpoints live at the repository root: ../testdata/nemotron/<case>/.
const nemotronDir = "../testdata/nemotron"

// hfConfig holds the config.json keys that fix the tensor shapes.
type hfConfig struct {
	Hidden     int64  `json:"hidden_size"`
	Layers     int    `json:"num_hidden_layers"`
	Heads      int64  `json:"num_attention_heads"`
	KVHeads    int64  `json:"num_key_value_heads"`
	HeadDim    int64  `json:"head_dim"`
	FFN        int64  `json:"intermediate_size"`
	Vocab      int64  `json:"vocab_size"`
	TorchDType string `json:"torch_dtype"`
}

// nemotronExpect lists every tensor of a Nemotron checkpoint with its shape, following
// ARCHITECTURE.md's table (nn.Linear weights are [out, in]).
func nemotronExpect(t *testing.T, cfg hfConfig) []Expect {
	t.Helper()
	var dt DType
	switch cfg.TorchDType {
	case "bfloat16":
		dt = BF16
	case "float32":
		dt = F32
	default:
		t.Fatalf("torch_dtype %q", cfg.TorchDType)
	}
	h, d := cfg.Hidden, cfg.HeadDim
	if d == 0 {
		d = h / cfg.Heads
	}
	x := func(name string, shape ...int64) Expect { return Expect{Name: name, Shape: shape, DTypes: []DType{dt}} }
	want := []Expect{x("model.embed_tokens.weight", cfg.Vocab, h), x("model.norm.weight", h), x("model.norm.bias", h), x("lm_head.weight", cfg.Vocab, h)}
	for i := range cfg.Layers {
		p := "model.layers." + itoa(i) + "."
		want = append(want,
			x(p+"input_layernorm.weight", h), x(p+"input_layernorm.bias", h),
			x(p+"self_attn.q_proj.weight", cfg.Heads*d, h),
			x(p+"self_attn.k_proj.weight", cfg.KVHeads*d, h),
			x(p+"self_attn.v_proj.weight", cfg.KVHeads*d, h),
			x(p+"self_attn.o_proj.weight", h, cfg.Heads*d),
			x(p+"post_attention_layernorm.weight", h), x(p+"post_attention_layernorm.bias", h),
			x(p+"mlp.up_proj.weight", cfg.FFN, h),
			x(p+"mlp.down_proj.weight", h, cfg.FFN),
		)
	}
	return want
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

func TestNemotronCheckpoints(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(nemotronDir, "*", "model.safetensors"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no reference checkpoints under %s (%v)", nemotronDir, err)
	}
	for _, path := range dirs {
		dir := filepath.Dir(path)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(dir, "config.json"))
			if err != nil {
				t.Fatal(err)
			}
			var cfg hfConfig
			if err := json.Unmarshal(src, &cfg); err != nil {
				t.Fatal(err)
			}
			for _, p := range []string{path, dir} { // the file itself, and the folder
				c := mustOpen(t, p)
				if err := Check(c, nemotronExpect(t, cfg)); err != nil {
					t.Errorf("Check(%s):\n%v", p, err)
				}
				if diff := cmp.Diff(map[string]string{"format": "pt"}, c.Metadata()); diff != "" {
					t.Errorf("metadata (-want +got):\n%s", diff)
				}
			}
			c := mustOpen(t, path)
			for _, name := range c.Names() {
				x := mustTensor(t, c, name)
				v, err := x.Float32s()
				if err != nil {
					t.Fatal(err)
				}
				if int64(len(v)) != x.Numel() {
					t.Fatalf("%s: %d values, want %d", name, len(v), x.Numel())
				}
				for i, f := range v {
					if math.IsNaN(float64(f)) || math.IsInf(float64(f), 0) || math.Abs(float64(f)) > 100 {
						t.Fatalf("%s[%d] = %v, want a small finite weight", name, i, f)
					}
				}
			}
		})
	}
}

func TestKJVSmallEmbedding(t *testing.T) {
	c := mustOpen(t, filepath.Join(nemotronDir, "kjv-small"))
	x := mustTensor(t, c, "model.embed_tokens.weight")
	if x.DType != BF16 || !cmp.Equal(x.Shape, []int64{2048, 256}) {
		t.Errorf("embed_tokens is %v %v, want BF16 [2048 256]", x.DType, x.Shape)
	}
	if len(x.Data) != 2048*256*2 {
		t.Errorf("embed_tokens has %d bytes, want %d", len(x.Data), 2048*256*2)
	}
	// Offset is the absolute file position: the bytes there are the tensor's.
	f, err := os.ReadFile(x.File)
	if err != nil {
		t.Fatal(err)
	}
	if got := f[x.Offset : x.Offset+int64(len(x.Data))]; !bytes.Equal(got, x.Data) {
		t.Errorf("Data differs from the file bytes at Offset %d", x.Offset)
	}
}

func TestNemotronReferences(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(nemotronDir, "*", "reference.safetensors"))
	if len(paths) == 0 {
		t.Fatal("no reference.safetensors files")
	}
	for _, path := range paths {
		t.Run(filepath.Base(filepath.Dir(path)), func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(filepath.Dir(path), "config.json"))
			if err != nil {
				t.Fatal(err)
			}
			var cfg hfConfig
			if err := json.Unmarshal(src, &cfg); err != nil {
				t.Fatal(err)
			}
			c := mustOpen(t, path)
			tokens := mustTensor(t, c, "tokens")
			if tokens.DType != I32 || len(tokens.Shape) != 1 {
				t.Fatalf("tokens is %v %v, want I32 [T]", tokens.DType, tokens.Shape)
			}
			n := tokens.Shape[0]
			want := []Expect{
				{Name: "tokens", Shape: []int64{n}, DTypes: []DType{I32}},
				{Name: "logits", Shape: []int64{n, cfg.Vocab}, DTypes: []DType{F32}},
				{Name: "greedy", Shape: []int64{16}, DTypes: []DType{I32}},
			}
			if err := Check(c, want); err != nil {
				t.Fatal(err)
			}
			ids, err := tokens.Int32s()
			if err != nil {
				t.Fatal(err)
			}
			if ids[0] != 2 {
				t.Errorf("tokens[0] = %d, want BOS 2", ids[0])
			}
			for i, id := range ids {
				if id < 0 || int64(id) >= cfg.Vocab {
					t.Errorf("tokens[%d] = %d, outside the vocabulary [0, %d)", i, id, cfg.Vocab)
				}
			}
		})
	}
}
