package models

import (
	"math"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/mtc-dev/mtc/internal/diag"
)

// DecodeConfigJSON imports a Hugging Face config.json of a NemotronForCausalLM checkpoint.
// model_type must be "nemotron". file names the input in errors and becomes Spec.Source.
//
// Every spelling seen in published Nemotron/Minitron configs is accepted (ARCHITECTURE.md
// §2.3); when several spellings of one value are present they must agree:
//
//	head_dim                 head_dim | kv_channels (required: never hidden_size/num_heads)
//	partial_rotary_factor    partial_rotary_factor | rope_percent | rope_percentage |
//	                         rotary_percentage | rope_parameters.partial_rotary_factor (default 0.5)
//	rope theta               rope_theta | rope_parameters.rope_theta (default 10000)
//	norm eps                 norm_eps | layernorm_epsilon (default 1e-5)
//	linear RoPE scaling      rope_scaling {type|rope_type: linear, factor} |
//	                         rope_parameters {rope_type: linear, factor} (default none)
//	storage dtype            torch_dtype | dtype: bfloat16, float32, float16 (required)
//
// vocab_size, hidden_size, intermediate_size, num_hidden_layers and num_attention_heads are
// required; num_key_value_heads defaults to num_attention_heads, max_position_embeddings to
// 4096, bos/eos_token_id to 2/3, tie_word_embeddings to false, hidden_act to relu2 (the only
// one supported), as in transformers' NemotronConfig. A null value counts as absent.
// attention_bias and mlp_bias must be false when present. Other keys are ignored, as
// transformers ignores them. The model name is _name_or_path when present, else the name of
// the folder holding the file.
//
// mtc extension for pruned, heterogeneous checkpoints: "layer_configs", an array with one object
// per layer whose num_attention_heads, num_key_value_heads and intermediate_size (each
// optional) override the uniform keys for that layer.
func DecodeConfigJSON(file string, data []byte) (*Spec, error) {
	root, err := parseJSON(file, data)
	if err != nil {
		return nil, err
	}
	c := &configDecoder{file: file, spec: &Spec{Source: file, Pos: map[string]diag.Pos{}}, reported: map[*jsonNode]bool{}}
	if root.kind != jsonObject {
		return nil, diag.Errorf(root.pos, "config.json: expected a JSON object, found %s", root.describe())
	}
	c.root = root
	c.decode()
	if err := c.errs.Err(); err != nil {
		return nil, err
	}
	if err := c.spec.Validate(); err != nil {
		return nil, err
	}
	return c.spec, nil
}

// configDecoder reads config.json keys into a Spec.
type configDecoder struct {
	file string
	root *jsonNode
	spec *Spec
	errs diag.List
	// reported holds the nodes already reported as "expected an object", which several
	// dotted paths may run into.
	reported map[*jsonNode]bool
}

// lookup finds a value by dotted path ("rope_parameters.rope_theta"). A null value, or a
// missing one, gives nil. A non-object on the way is an error.
func (c *configDecoder) lookup(path string) *jsonNode {
	n := c.root
	parts := strings.Split(path, ".")
	for i, part := range parts {
		if n.kind != jsonObject {
			if !c.reported[n] {
				c.reported[n] = true
				c.errs.Add(n.pos, "%s: expected an object, found %s", strings.Join(parts[:i], "."), n.describe())
			}
			return nil
		}
		n = n.get(part)
		if n == nil || n.kind == jsonNull {
			return nil
		}
	}
	return n
}

// number reads a number-valued node; integer requires an integer literal.
func (c *configDecoder) number(path string, n *jsonNode, integer bool) (float64, int, bool) {
	if n.kind != jsonNumber {
		want := "a number"
		if integer {
			want = "an integer"
		}
		c.errs.Add(n.pos, "%s: expected %s, found %s", path, want, n.describe())
		return 0, 0, false
	}
	if integer {
		v, err := strconv.ParseInt(n.str, 10, 64)
		if err != nil || int64(int(v)) != v {
			c.errs.Add(n.pos, "%s: expected an integer, found number %s", path, n.str)
			return 0, 0, false
		}
		return float64(v), int(v), true
	}
	v, err := strconv.ParseFloat(n.str, 64)
	if err != nil {
		c.errs.Add(n.pos, "%s: number %s is out of range", path, n.str)
		return 0, 0, false
	}
	return v, 0, true
}

// spelling is one of the keys that may hold a value.
type spelling struct {
	path string
	node *jsonNode
}

// present returns the spellings of a value that the file has (non-null).
func (c *configDecoder) present(paths ...string) []spelling {
	var out []spelling
	for _, p := range paths {
		if n := c.lookup(p); n != nil {
			out = append(out, spelling{p, n})
		}
	}
	return out
}

// intKey reads an integer that may be spelled several ways; they must agree. It records the
// position under specKey and reports whether a value was found.
func (c *configDecoder) intKey(dst *int, specKey string, paths ...string) bool {
	found := false
	var first spelling
	for _, sp := range c.present(paths...) {
		_, v, ok := c.number(sp.path, sp.node, true)
		if !ok {
			found = true // reported; do not also report it missing
			continue
		}
		if found && first.node != nil && v != *dst {
			c.errs.Add(sp.node.pos, "%s = %d disagrees with %s = %d", sp.path, v, first.path, *dst)
			continue
		}
		if first.node == nil {
			first = sp
			*dst = v
			c.spec.Pos[specKey] = sp.node.pos
		}
		found = true
	}
	return found
}

// floatKey is intKey for numbers.
func (c *configDecoder) floatKey(dst *float64, specKey string, paths ...string) bool {
	found := false
	var first spelling
	for _, sp := range c.present(paths...) {
		v, _, ok := c.number(sp.path, sp.node, false)
		if !ok {
			found = true
			continue
		}
		if first.node != nil && v != *dst {
			c.errs.Add(sp.node.pos, "%s = %v disagrees with %s = %v", sp.path, v, first.path, *dst)
			continue
		}
		if first.node == nil {
			first = sp
			*dst = v
			c.spec.Pos[specKey] = sp.node.pos
		}
		found = true
	}
	return found
}

// stringKey reads a string that may be spelled several ways; they must agree.
func (c *configDecoder) stringKey(dst *string, specKey string, paths ...string) bool {
	found := false
	var first spelling
	for _, sp := range c.present(paths...) {
		found = true
		if sp.node.kind != jsonString {
			c.errs.Add(sp.node.pos, "%s: expected a string, found %s", sp.path, sp.node.describe())
			continue
		}
		if first.node != nil && sp.node.str != *dst {
			c.errs.Add(sp.node.pos, "%s = %q disagrees with %s = %q", sp.path, sp.node.str, first.path, *dst)
			continue
		}
		if first.node == nil {
			first = sp
			*dst = sp.node.str
			if specKey != "" {
				c.spec.Pos[specKey] = sp.node.pos
			}
		}
	}
	return found
}

// boolKey reads an optional boolean.
func (c *configDecoder) boolKey(dst *bool, specKey, path string) {
	n := c.lookup(path)
	if n == nil {
		return
	}
	if n.kind != jsonBool {
		c.errs.Add(n.pos, "%s: expected true or false, found %s", path, n.describe())
		return
	}
	*dst = n.b
	if specKey != "" {
		c.spec.Pos[specKey] = n.pos
	}
}

func (c *configDecoder) missing(key, hint string) {
	msg := "missing required key " + strconv.Quote(key)
	if hint != "" {
		msg += " (" + hint + ")"
	}
	c.errs.Add(c.root.pos, "%s", msg)
}

var torchDTypes = map[string]string{"bfloat16": DTypeBF16, "float32": DTypeF32, "float16": DTypeF16}

func (c *configDecoder) decode() {
	s := c.spec
	// Without the right model_type the other keys would only add noise.
	var modelType string
	if !c.stringKey(&modelType, "", "model_type") {
		c.missing("model_type", `expected "nemotron"`)
		return
	}
	if len(c.errs) > 0 {
		return
	}
	if modelType != "nemotron" {
		c.errs.Add(c.lookup("model_type").pos, "model_type %q is not supported: expected \"nemotron\" (NemotronForCausalLM)", modelType)
		return
	}
	c.checkArchitectures()

	// _name_or_path is bookkeeping (often a local path); use it only when it is a usable name.
	if !c.stringKey(&s.Name, "name", "_name_or_path") || s.Name == "" || checkName(s.Name) != "" {
		s.Name = nameFromPath(c.file)
		delete(s.Pos, "name")
	}
	required := []struct {
		dst     *int
		specKey string
		path    string
	}{
		{&s.VocabSize, "vocab_size", "vocab_size"},
		{&s.Hidden, "hidden_size", "hidden_size"},
		{&s.FFN, "ffn_size", "intermediate_size"},
		{&s.NumLayers, "num_layers", "num_hidden_layers"},
		{&s.Heads, "num_heads", "num_attention_heads"},
	}
	for _, r := range required {
		if !c.intKey(r.dst, r.specKey, r.path) {
			c.missing(r.path, "")
		}
	}
	if !c.intKey(&s.KVHeads, "num_kv_heads", "num_key_value_heads") {
		s.KVHeads = s.Heads
	}
	if !c.intKey(&s.HeadDim, "head_dim", "head_dim", "kv_channels") {
		c.missing("head_dim", "or kv_channels; head_dim is never derived from hidden_size / num_attention_heads")
	}

	s.Activation = ActivationReLU2
	c.stringKey(&s.Activation, "activation", "hidden_act")
	s.Norm = NormLayerNorm1P
	s.NormEps = 1e-5
	c.floatKey(&s.NormEps, "norm.eps", "norm_eps", "layernorm_epsilon")
	s.RopeTheta = 10000
	c.floatKey(&s.RopeTheta, "rope.theta", "rope_theta", "rope_parameters.rope_theta")
	s.PartialRotary = 0.5
	c.floatKey(&s.PartialRotary, "rope.partial_rotary_factor", "partial_rotary_factor", "rope_percent",
		"rope_percentage", "rotary_percentage", "rope_parameters.partial_rotary_factor")
	s.RopeScaling = 1
	c.ropeScaling()
	s.RotaryDims = RotaryDimsFor(s.HeadDim, s.PartialRotary)

	c.boolKey(&s.TieEmbeddings, "tie_embeddings", "tie_word_embeddings")
	s.MaxPositions = 4096
	c.intKey(&s.MaxPositions, "max_position_embeddings", "max_position_embeddings")
	s.BOS, s.EOS = 2, 3
	c.intKey(&s.BOS, "bos_token_id", "bos_token_id")
	c.intKey(&s.EOS, "eos_token_id", "eos_token_id")

	var torchDType string
	if !c.stringKey(&torchDType, "dtype", "torch_dtype", "dtype") {
		c.missing("torch_dtype", "the storage dtype of the weights: bfloat16, float32 or float16")
	} else if dt, ok := torchDTypes[torchDType]; ok {
		s.DType = dt
	} else if sp := c.present("torch_dtype", "dtype"); len(sp) > 0 {
		c.errs.Add(sp[0].node.pos, "%s %q is not supported (expected bfloat16, float32 or float16)", sp[0].path, torchDType)
	}

	for _, key := range []string{"attention_bias", "mlp_bias"} {
		var b bool
		c.boolKey(&b, "", key)
		if b {
			c.errs.Add(c.lookup(key).pos, "%s = true is not supported: Nemotron's linear layers have no bias", key)
		}
	}
	c.layerConfigs()
}

// checkArchitectures accepts a missing architectures key, or a list naming NemotronForCausalLM.
func (c *configDecoder) checkArchitectures() {
	n := c.lookup("architectures")
	if n == nil {
		return
	}
	if n.kind != jsonArray {
		c.errs.Add(n.pos, "architectures: expected an array of class names, found %s", n.describe())
		return
	}
	for _, it := range n.items {
		if it.kind == jsonString && it.str == "NemotronForCausalLM" {
			return
		}
	}
	c.errs.Add(n.pos, "architectures does not list NemotronForCausalLM")
}

// ropeScaling reads linear RoPE scaling from rope_scaling (transformers 4.x) or rope_parameters
// (transformers 5); both may be present and must agree.
func (c *configDecoder) ropeScaling() {
	s := c.spec
	var first string
	for _, path := range []string{"rope_scaling", "rope_parameters"} {
		n := c.lookup(path)
		if n == nil {
			continue
		}
		if n.kind != jsonObject {
			if !c.reported[n] {
				c.reported[n] = true
				c.errs.Add(n.pos, "%s: expected an object or null, found %s", path, n.describe())
			}
			continue
		}
		var typ string
		if !c.stringKey(&typ, "", path+".rope_type", path+".type") {
			if path == "rope_parameters" {
				continue // only theta / partial factor
			}
			c.errs.Add(n.pos, "%s: missing \"type\" (expected \"linear\")", path)
			continue
		}
		switch typ {
		case "default":
			continue
		case "linear":
		default:
			c.errs.Add(n.pos, "%s: RoPE scaling type %q is not supported (supported: linear)", path, typ)
			continue
		}
		f := c.lookup(path + ".factor")
		if f == nil {
			c.errs.Add(n.pos, "%s: linear scaling needs a \"factor\"", path)
			continue
		}
		v, _, ok := c.number(path+".factor", f, false)
		if !ok {
			continue
		}
		if first != "" && v != s.RopeScaling {
			c.errs.Add(f.pos, "%s.factor = %v disagrees with %s.factor = %v", path, v, first, s.RopeScaling)
			continue
		}
		first = path
		s.RopeScaling = v
		s.Pos["rope.scaling_factor"] = f.pos
	}
}

// layerConfigs applies mtc's per-layer extension and builds Spec.Layers.
func (c *configDecoder) layerConfigs() {
	s := c.spec
	if len(c.errs) > 0 || s.NumLayers <= 0 || s.NumLayers > maxLayers {
		return // Validate or the errors so far report it
	}
	s.Layers = make([]Layer, s.NumLayers)
	for i := range s.Layers {
		s.Layers[i] = s.Default(i)
	}
	n := c.lookup("layer_configs")
	if n == nil {
		return
	}
	if n.kind != jsonArray {
		c.errs.Add(n.pos, "layer_configs: expected an array with one object per layer, found %s", n.describe())
		return
	}
	if len(n.items) != s.NumLayers {
		c.errs.Add(n.pos, "layer_configs has %d entries; expected one per layer (num_hidden_layers = %d)", len(n.items), s.NumLayers)
		return
	}
	fields := []struct{ json, spec string }{
		{"num_attention_heads", "num_heads"},
		{"num_key_value_heads", "num_kv_heads"},
		{"intermediate_size", "ffn_size"},
	}
	for i, e := range n.items {
		path := "layer_configs[" + strconv.Itoa(i) + "]"
		if e.kind != jsonObject {
			c.errs.Add(e.pos, "%s: expected an object, found %s", path, e.describe())
			continue
		}
		s.Pos[layerKey(i, "")] = e.pos
		for _, k := range e.keys {
			idx := -1
			for j, f := range fields {
				if f.json == k.name {
					idx = j
				}
			}
			if idx < 0 {
				c.errs.Add(k.pos, "unknown key %q in %s (expected num_attention_heads, num_key_value_heads or intermediate_size)", k.name, path)
				continue
			}
			if k.val.kind == jsonNull {
				continue
			}
			_, v, ok := c.number(path+"."+k.name, k.val, true)
			if !ok {
				continue
			}
			l := &s.Layers[i]
			switch idx {
			case 0:
				l.Heads = v
			case 1:
				l.KVHeads = v
			case 2:
				l.FFN = v
			}
			s.Pos[layerKey(i, fields[idx].spec)] = k.val.pos
		}
	}
}

// nameFromPath names a model after the folder holding its config.json.
func nameFromPath(file string) string {
	dir := filepath.Base(filepath.Dir(file))
	if dir == "." || dir == string(filepath.Separator) || dir == "" {
		return "model"
	}
	return dir
}

// pyFloat formats v as Python's repr does (10000.0, 0.5, 1e-05), which is how transformers
// writes floats into config.json.
func pyFloat(v float64) string {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return strconv.FormatFloat(v, 'g', -1, 64) // not valid JSON; Validate rejects such specs
	}
	if e := strconv.FormatFloat(v, 'e', -1, 64); v != 0 {
		exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
		if exp < -4 || exp >= 16 {
			return e
		}
	}
	t := strconv.FormatFloat(v, 'f', -1, 64)
	if !strings.Contains(t, ".") {
		t += ".0"
	}
	return t
}
