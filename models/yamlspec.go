package models

import (
	"github.com/mtc-dev/mtc/internal/diag"
	"gopkg.in/yaml.v3"
)

// DecodeSpec decodes an mtc YAML model spec. file names the input in error messages and becomes
// Spec.Source. The keys (snake_case; all required unless marked optional):
//
//	name: minitron-8b
//	vocab_size: 256000
//	hidden_size: 4096
//	num_layers: 32                 # layers in the checkpoint
//	num_heads: 48                  # uniform values of every layer ...
//	num_kv_heads: 8
//	ffn_size: 16384
//	head_dim: 128                  # never derived from hidden_size/num_heads
//	activation: relu2              # the only one supported
//	norm: {type: layernorm1p, eps: 1.0e-5}   # layernorm1p: weight is zero-centred (HF); layernorm: as stored (GGUF)
//	rope: {theta: 10000, partial_rotary_factor: 0.5, scaling_factor: 1.0}    # scaling_factor optional (1)
//	tie_embeddings: false          # optional (false)
//	max_position_embeddings: 4096
//	bos_token_id: 2
//	eos_token_id: 3
//	dtype: bf16                    # checkpoint storage dtype: f32 | bf16 | f16
//	layers:                        # optional: ... unless overridden here (any of the three keys)
//	  - {index: 3, num_heads: 24, num_kv_heads: 8, ffn_size: 8192}
//	drop_layers: [5, 7]            # optional: checkpoint layers skipped at run time
//
// Structural errors (syntax, unknown or duplicate keys, wrong types, missing keys) are reported
// first; once the file decodes, the values are checked together (override and drop indices,
// then Spec.Validate). Either way the error is a diag.List sorted by position.
func DecodeSpec(file string, data []byte) (*Spec, error) {
	root, err := parseYAMLDocument(file, data)
	if err != nil {
		return nil, err
	}
	d := &specDecoder{
		nodeReader: nodeReader{file: file},
		spec: &Spec{
			Source:      file,
			Pos:         map[string]diag.Pos{},
			RopeScaling: 1,
		},
	}
	d.nodeReader.mapping(root, "", "model spec", d.topFields(), d.spec.Pos)
	if err := d.errs.Err(); err != nil {
		return nil, err
	}
	d.resolve()
	if err := d.spec.Validate(); err != nil {
		d.errs = append(d.errs, err.(diag.List)...)
	}
	if err := d.errs.Err(); err != nil {
		return nil, err
	}
	return d.spec, nil
}

// specDecoder holds a spec being decoded and the raw per-layer entries, which are applied once
// num_layers is known.
type specDecoder struct {
	nodeReader
	spec      *Spec
	overrides []override
	drops     []dropEntry
}

// override is one entry of layers: as written.
type override struct {
	node  *yaml.Node // the entry
	index int
	iNode *yaml.Node // its index value
	set   map[string]overrideValue
}

type overrideValue struct {
	v    int
	node *yaml.Node
}

// dropEntry is one element of drop_layers as written.
type dropEntry struct {
	index int
	node  *yaml.Node
}

func (d *specDecoder) topFields() []field {
	s := d.spec
	intField := func(key string, dst *int, hint string) field {
		return field{key: key, required: true, hint: hint, decode: func(r *nodeReader, path string, n *yaml.Node) {
			if v, ok := r.intValue(path, n); ok {
				*dst = v
			}
		}}
	}
	strField := func(key string, dst *string) field {
		return field{key: key, required: true, decode: func(r *nodeReader, path string, n *yaml.Node) {
			if v, ok := r.stringValue(path, n); ok {
				*dst = v
			}
		}}
	}
	return []field{
		strField("name", &s.Name),
		intField("vocab_size", &s.VocabSize, ""),
		intField("hidden_size", &s.Hidden, ""),
		intField("num_layers", &s.NumLayers, ""),
		intField("num_heads", &s.Heads, ""),
		intField("num_kv_heads", &s.KVHeads, ""),
		intField("head_dim", &s.HeadDim, "head_dim is never derived from hidden_size / num_heads"),
		intField("ffn_size", &s.FFN, ""),
		strField("activation", &s.Activation),
		{key: "norm", required: true, decode: d.decodeNorm},
		{key: "rope", required: true, decode: d.decodeRope},
		{key: "tie_embeddings", decode: func(r *nodeReader, path string, n *yaml.Node) {
			if v, ok := r.boolValue(path, n); ok {
				s.TieEmbeddings = v
			}
		}},
		intField("max_position_embeddings", &s.MaxPositions, ""),
		intField("bos_token_id", &s.BOS, ""),
		intField("eos_token_id", &s.EOS, ""),
		strField("dtype", &s.DType),
		{key: "layers", decode: d.decodeOverrides},
		{key: "drop_layers", decode: d.decodeDrops},
	}
}

func (d *specDecoder) decodeNorm(r *nodeReader, path string, n *yaml.Node) {
	s := d.spec
	r.mapping(n, path+".", path, []field{
		{key: "type", required: true, hint: "layernorm1p or layernorm", decode: func(r *nodeReader, path string, n *yaml.Node) {
			v, ok := r.stringValue(path, n)
			if !ok {
				return
			}
			k, ok := ParseNormKind(v)
			if !ok {
				r.errorf(n, "norm type %q is not supported (expected layernorm1p or layernorm)", v)
				return
			}
			s.Norm = k
		}},
		{key: "eps", required: true, decode: floatInto(&s.NormEps)},
	}, s.Pos)
}

func (d *specDecoder) decodeRope(r *nodeReader, path string, n *yaml.Node) {
	s := d.spec
	r.mapping(n, path+".", path, []field{
		{key: "theta", required: true, decode: floatInto(&s.RopeTheta)},
		{key: "partial_rotary_factor", required: true, hint: "the rotated fraction of head_dim, 0.5 for Nemotron", decode: floatInto(&s.PartialRotary)},
		{key: "scaling_factor", decode: floatInto(&s.RopeScaling)},
	}, s.Pos)
}

func floatInto(dst *float64) func(r *nodeReader, path string, n *yaml.Node) {
	return func(r *nodeReader, path string, n *yaml.Node) {
		if v, ok := r.floatValue(path, n); ok {
			*dst = v
		}
	}
}

// isNull reports whether n is an explicit or empty null (an optional list left empty).
func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" }

func (d *specDecoder) decodeOverrides(r *nodeReader, path string, n *yaml.Node) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.SequenceNode {
		r.errorf(n, "layers: expected a list of per-layer overrides like {index: 3, num_heads: 24}, found %s", describe(n))
		return
	}
	for _, e := range n.Content {
		o := override{node: e, index: -1, set: map[string]overrideValue{}}
		intKey := func(key string) field {
			return field{key: key, decode: func(r *nodeReader, path string, n *yaml.Node) {
				if v, ok := r.intValue("layers: "+key, n); ok {
					o.set[key] = overrideValue{v, n}
				}
			}}
		}
		if e.Kind == yaml.AliasNode {
			r.errorf(e, "layers: YAML aliases are not supported in model specs; write the entry out")
			continue
		}
		r.mapping(e, "layers.", "layers entry", []field{
			{key: "index", required: true, hint: "the checkpoint layer it overrides", decode: func(r *nodeReader, path string, n *yaml.Node) {
				if v, ok := r.intValue("layers: index", n); ok {
					o.index, o.iNode = v, n
				}
			}},
			intKey("num_heads"), intKey("num_kv_heads"), intKey("ffn_size"),
		}, nil)
		d.overrides = append(d.overrides, o)
	}
}

func (d *specDecoder) decodeDrops(r *nodeReader, path string, n *yaml.Node) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.SequenceNode {
		r.errorf(n, "drop_layers: expected a list of layer indices, found %s", describe(n))
		return
	}
	for _, e := range n.Content {
		if v, ok := r.intValue("drop_layers", e); ok {
			d.drops = append(d.drops, dropEntry{v, e})
		}
	}
}

// resolve applies the overrides and drops to num_layers uniform layers. Out-of-range and
// repeated indices are reported and skipped, so that Validate sees a consistent layer set.
func (d *specDecoder) resolve() {
	s := d.spec
	s.RotaryDims = RotaryDimsFor(s.HeadDim, s.PartialRotary)
	if s.NumLayers <= 0 || s.NumLayers > maxLayers {
		return // Validate reports it
	}
	all := make([]Layer, s.NumLayers)
	for i := range all {
		all[i] = s.Default(i)
	}
	where := map[int]*yaml.Node{}
	for _, o := range d.overrides {
		switch {
		case o.index < 0 || o.index >= s.NumLayers:
			d.errorf(o.iNode, "layers: index %d out of range [0, %d)", o.index, s.NumLayers)
			continue
		case where[o.index] != nil:
			p := where[o.index]
			d.errorf(o.iNode, "layers: second override of layer %d (first at line %d, column %d)", o.index, p.Line, p.Column)
			continue
		}
		where[o.index] = o.iNode
		s.Pos[layerKey(o.index, "")] = d.pos(o.node)
		l := &all[o.index]
		for key, v := range o.set {
			switch key {
			case "num_heads":
				l.Heads = v.v
			case "num_kv_heads":
				l.KVHeads = v.v
			case "ffn_size":
				l.FFN = v.v
			}
			s.Pos[layerKey(o.index, key)] = d.pos(v.node)
		}
	}
	dropped := make([]bool, s.NumLayers)
	dropAt := map[int]*yaml.Node{}
	for _, e := range d.drops {
		switch {
		case e.index < 0 || e.index >= s.NumLayers:
			d.errorf(e.node, "drop_layers: layer %d out of range [0, %d)", e.index, s.NumLayers)
			continue
		case dropAt[e.index] != nil:
			p := dropAt[e.index]
			d.errorf(e.node, "drop_layers: layer %d is dropped twice (first at line %d, column %d)", e.index, p.Line, p.Column)
			continue
		}
		dropAt[e.index] = e.node
		dropped[e.index] = true
		s.Pos[dropKey(e.index)] = d.pos(e.node)
	}
	for i, l := range all {
		if dropped[i] {
			s.Dropped = append(s.Dropped, l)
		} else {
			s.Layers = append(s.Layers, l)
		}
	}
}
