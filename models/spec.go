package models

import (
	"fmt"
	"math"
	"strings"

	"github.com/mtc-dev/mtc/internal/diag"
)

// Spec is a resolved model description: every size known, every per-layer override applied,
// every dropped layer removed from Layers. Specs are compared with cmp while ignoring Source and
// Pos (where a value was written does not change the model).
type Spec struct {
	Name string // model name, e.g. "minitron-8b"

	VocabSize int // V: rows of model.embed_tokens.weight and lm_head.weight
	Hidden    int // h: residual width (hidden_size)
	HeadDim   int // d: width of one attention head; independent of Hidden/Heads

	// Heads, KVHeads and FFN are the uniform values (num_heads, num_kv_heads, ffn_size) that a
	// layer has unless it is overridden; the values each layer actually has are in Layers.
	Heads   int
	KVHeads int
	FFN     int

	NumLayers int     // layers in the checkpoint, running or dropped
	Layers    []Layer // the checkpoint layers that run, in order of Index
	Dropped   []Layer // the checkpoint layers skipped at run time, in order of Index

	Activation string   // MLP activation; only "relu2" (relu(x)^2) is supported
	Norm       NormKind // how a LayerNorm's stored weight is applied
	NormEps    float64  // LayerNorm epsilon

	RopeTheta     float64 // RoPE base
	PartialRotary float64 // fraction of head_dim that is rotated, in (0, 1]
	RopeScaling   float64 // linear RoPE scaling: position p is rotated as p/RopeScaling; 1 = none
	RotaryDims    int     // r = int(HeadDim*PartialRotary): rotated dims of each head, even

	TieEmbeddings bool // lm_head reuses model.embed_tokens.weight (no lm_head.weight)

	MaxPositions int // max_position_embeddings: trained context length
	BOS, EOS     int // special token ids

	DType string // storage dtype of the checkpoint: "f32", "bf16" or "f16"

	// Source is the file the spec came from ("" for a spec built in code).
	Source string
	// Pos maps key paths to the place their value was written: "num_kv_heads", "rope.theta",
	// "norm.eps", "layers[3].ffn_size". The number in brackets is always a checkpoint layer
	// index, whatever the source: "layers[3].ffn_size" is the override of layer 3's ffn_size (the
	// layers entry with index 3 in YAML, layer_configs[3] in config.json) and "drop_layers[5]"
	// is where layer 5 was dropped. Keys use the YAML spelling even for a config.json. A key is
	// absent when its value was defaulted. Use PosOf and LayerPos rather than reading it directly.
	Pos map[string]diag.Pos
}

// Layer is one transformer block of the checkpoint.
type Layer struct {
	Index   int // checkpoint layer index, the i in model.layers.i.*
	Heads   int // query heads (nh)
	KVHeads int // key/value heads (nkv); Heads is a multiple of it
	FFN     int // MLP width (f)
}

// NormKind says how a LayerNorm's stored weight (gamma) is applied. Both kinds have a bias.
type NormKind int

const (
	// NormInvalid is the zero NormKind; a valid Spec never has it.
	NormInvalid NormKind = iota
	// NormLayerNorm1P is Hugging Face/NeMo's LayerNorm1P: the stored weight is a zero-centred
	// gamma and the norm multiplies by (1 + weight).
	NormLayerNorm1P
	// NormLayerNorm is a plain LayerNorm that multiplies by the weight as stored (GGUF files,
	// whose converter already added the 1).
	NormLayerNorm
)

var normNames = [...]string{NormInvalid: "invalid", NormLayerNorm1P: "layernorm1p", NormLayerNorm: "layernorm"}

// String returns the spelling used in specs: "layernorm1p" or "layernorm".
func (k NormKind) String() string {
	if k < 0 || int(k) >= len(normNames) {
		return fmt.Sprintf("NormKind(%d)", int(k))
	}
	return normNames[k]
}

// ParseNormKind maps a spec spelling ("layernorm1p", "layernorm") to its NormKind.
func ParseNormKind(s string) (NormKind, bool) {
	for k, name := range normNames {
		if k != int(NormInvalid) && name == s {
			return NormKind(k), true
		}
	}
	return NormInvalid, false
}

// Supported values of Spec.Activation and Spec.DType.
const (
	ActivationReLU2 = "relu2" // relu(x)^2, HF ReLUSquaredActivation

	DTypeF32  = "f32"
	DTypeBF16 = "bf16"
	DTypeF16  = "f16"
)

// DTypeSize returns the bytes per element of a spec dtype ("f32", "bf16", "f16").
func DTypeSize(dtype string) (int, error) {
	switch dtype {
	case DTypeF32:
		return 4, nil
	case DTypeBF16, DTypeF16:
		return 2, nil
	}
	return 0, fmt.Errorf("unknown dtype %q (expected f32, bf16 or f16)", dtype)
}

// RotaryDimsFor returns int(headDim*partial), the number of rotated dims of a head, computed as
// Hugging Face does (float product, truncated).
func RotaryDimsFor(headDim int, partial float64) int {
	r := float64(headDim) * partial
	if math.IsNaN(r) || r < 0 || r > math.MaxInt32 {
		return 0
	}
	return int(r)
}

// PosOf returns where the value at key was written. When the key itself was not written (a
// defaulted value), it falls back to the enclosing key ("rope.theta" -> "rope") and finally to
// the whole file.
func (s *Spec) PosOf(key string) diag.Pos {
	for k := key; k != ""; {
		if p, ok := s.Pos[k]; ok {
			return p
		}
		i := strings.LastIndexAny(k, ".[")
		if i < 0 {
			break
		}
		k = k[:i]
	}
	return diag.Pos{File: s.Source}
}

// LayerPos returns where checkpoint layer index got its value for field ("num_heads",
// "num_kv_heads" or "ffn_size"): its override when it has one, else the uniform key.
func (s *Spec) LayerPos(index int, field string) diag.Pos {
	if p, ok := s.Pos[layerKey(index, field)]; ok {
		return p
	}
	return s.PosOf(field)
}

// layerKey is the Pos key of a per-layer field: "layers[3].ffn_size", or "layers[3]" for the
// whole entry when field is "".
func layerKey(index int, field string) string {
	if field == "" {
		return fmt.Sprintf("layers[%d]", index)
	}
	return fmt.Sprintf("layers[%d].%s", index, field)
}

// dropKey is the Pos key of the drop of checkpoint layer index.
func dropKey(index int) string { return fmt.Sprintf("drop_layers[%d]", index) }

// Default returns the layer index as the uniform values describe it.
func (s *Spec) Default(index int) Layer {
	return Layer{Index: index, Heads: s.Heads, KVHeads: s.KVHeads, FFN: s.FFN}
}

// Overridden reports whether l differs from the uniform values.
func (s *Spec) Overridden(l Layer) bool { return l != s.Default(l.Index) }

// Clone returns a deep copy of s.
func (s *Spec) Clone() *Spec {
	c := *s
	c.Layers = append([]Layer(nil), s.Layers...)
	c.Dropped = append([]Layer(nil), s.Dropped...)
	if s.Pos != nil {
		c.Pos = make(map[string]diag.Pos, len(s.Pos))
		for k, v := range s.Pos {
			c.Pos[k] = v
		}
	}
	return &c
}

// AllLayers returns the checkpoint's layers, running and dropped, in order of Index.
func (s *Spec) AllLayers() []Layer {
	out := make([]Layer, 0, len(s.Layers)+len(s.Dropped))
	i, j := 0, 0
	for i < len(s.Layers) || j < len(s.Dropped) {
		if j == len(s.Dropped) || (i < len(s.Layers) && s.Layers[i].Index < s.Dropped[j].Index) {
			out = append(out, s.Layers[i])
			i++
		} else {
			out = append(out, s.Dropped[j])
			j++
		}
	}
	return out
}

// Homogeneous reports whether every checkpoint layer has the uniform values.
func (s *Spec) Homogeneous() bool {
	for _, l := range s.AllLayers() {
		if s.Overridden(l) {
			return false
		}
	}
	return true
}
