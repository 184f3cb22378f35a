package models

import (
	"bytes"
	"math"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Format writes s as a canonical YAML spec: the keys in the order DecodeSpec documents, norm and
// rope as flow mappings, a layers: entry only for a checkpoint layer that differs from the
// uniform values (with only the keys that differ), and drop_layers only when layers are dropped.
// DecodeSpec(Format(s)) gives back a spec equal to s (ignoring Source and Pos) for any valid s,
// and formatting that again gives the same bytes.
func (s *Spec) Format() []byte {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	// Encoding a tree of plain scalar nodes cannot fail.
	if err := enc.Encode(s.yamlNode()); err != nil {
		panic("models: encoding a spec: " + err.Error())
	}
	if err := enc.Close(); err != nil {
		panic("models: encoding a spec: " + err.Error())
	}
	return b.Bytes()
}

// MarshalYAML makes a *Spec encode as its canonical YAML form (see Format), for embedding a spec
// in another YAML document.
func (s *Spec) MarshalYAML() (any, error) { return s.yamlNode(), nil }

func (s *Spec) yamlNode() *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode}
	add := func(parent *yaml.Node, key string, v *yaml.Node) {
		parent.Content = append(parent.Content, strNode(key), v)
	}
	add(m, "name", strNode(s.Name))
	add(m, "vocab_size", intNode(s.VocabSize))
	add(m, "hidden_size", intNode(s.Hidden))
	add(m, "num_layers", intNode(s.NumLayers))
	add(m, "num_heads", intNode(s.Heads))
	add(m, "num_kv_heads", intNode(s.KVHeads))
	add(m, "head_dim", intNode(s.HeadDim))
	add(m, "ffn_size", intNode(s.FFN))
	add(m, "activation", strNode(s.Activation))

	norm := &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle}
	add(norm, "type", strNode(s.Norm.String()))
	add(norm, "eps", floatNode(s.NormEps))
	add(m, "norm", norm)

	rope := &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle}
	add(rope, "theta", floatNode(s.RopeTheta))
	add(rope, "partial_rotary_factor", floatNode(s.PartialRotary))
	add(rope, "scaling_factor", floatNode(s.RopeScaling))
	add(m, "rope", rope)

	add(m, "tie_embeddings", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(s.TieEmbeddings)})
	add(m, "max_position_embeddings", intNode(s.MaxPositions))
	add(m, "bos_token_id", intNode(s.BOS))
	add(m, "eos_token_id", intNode(s.EOS))
	add(m, "dtype", strNode(s.DType))

	layers := &yaml.Node{Kind: yaml.SequenceNode}
	for _, l := range s.AllLayers() {
		if !s.Overridden(l) {
			continue
		}
		e := &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle}
		add(e, "index", intNode(l.Index))
		if l.Heads != s.Heads {
			add(e, "num_heads", intNode(l.Heads))
		}
		if l.KVHeads != s.KVHeads {
			add(e, "num_kv_heads", intNode(l.KVHeads))
		}
		if l.FFN != s.FFN {
			add(e, "ffn_size", intNode(l.FFN))
		}
		layers.Content = append(layers.Content, e)
	}
	if len(layers.Content) > 0 {
		add(m, "layers", layers)
	}
	if len(s.Dropped) > 0 {
		drops := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, l := range s.Dropped {
			drops.Content = append(drops.Content, intNode(l.Index))
		}
		add(m, "drop_layers", drops)
	}
	return m
}

func strNode(v string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v}
}

func intNode(v int) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(v)}
}

func floatNode(v float64) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!float", Value: formatFloat(v)}
}

// formatFloat writes the shortest text that reads back as v, always recognisable as a float
// in YAML (10000 -> "10000.0", 1e-05 -> "1e-05").
func formatFloat(v float64) string {
	switch {
	case math.IsNaN(v):
		return ".nan"
	case math.IsInf(v, 1):
		return ".inf"
	case math.IsInf(v, -1):
		return "-.inf"
	}
	t := strconv.FormatFloat(v, 'g', -1, 64)
	if !strings.ContainsAny(t, ".e") {
		t += ".0"
	}
	return t
}
