package models

import (
	"encoding/json"
	"fmt"
)

// ToConfigJSON writes s as a Hugging Face config.json (NemotronForCausalLM, model_type
// nemotron, keys sorted and indented as transformers writes them) that DecodeConfigJSON reads
// back to a spec equal to s. A heterogeneous spec adds mtc's "layer_configs" (one object per
// layer). A spec with dropped layers, or with a plain (GGUF-style) LayerNorm, cannot be
// expressed and is an error, as is an invalid spec.
func ToConfigJSON(s *Spec) ([]byte, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	if len(s.Dropped) > 0 {
		idx := make([]int, len(s.Dropped))
		for i, l := range s.Dropped {
			idx[i] = l.Index
		}
		return nil, fmt.Errorf("%s: config.json cannot express dropped layers %v; write a YAML spec instead", s.Name, idx)
	}
	if s.Norm != NormLayerNorm1P {
		return nil, fmt.Errorf("%s: config.json cannot express norm type %s (Nemotron's LayerNorm is layernorm1p); write a YAML spec instead", s.Name, s.Norm)
	}
	torch := map[string]string{DTypeBF16: "bfloat16", DTypeF32: "float32", DTypeF16: "float16"}[s.DType]
	var ropeScaling any // null
	if s.RopeScaling != 1 {
		ropeScaling = map[string]any{
			"type":      "linear",
			"rope_type": "linear",
			"factor":    json.Number(pyFloat(s.RopeScaling)),
		}
	}
	cfg := map[string]any{
		"_name_or_path":           s.Name,
		"architectures":           []string{"NemotronForCausalLM"},
		"attention_bias":          false,
		"bos_token_id":            s.BOS,
		"eos_token_id":            s.EOS,
		"head_dim":                s.HeadDim,
		"hidden_act":              s.Activation,
		"hidden_size":             s.Hidden,
		"intermediate_size":       s.FFN,
		"max_position_embeddings": s.MaxPositions,
		"mlp_bias":                false,
		"model_type":              "nemotron",
		"norm_eps":                json.Number(pyFloat(s.NormEps)),
		"num_attention_heads":     s.Heads,
		"num_hidden_layers":       s.NumLayers,
		"num_key_value_heads":     s.KVHeads,
		"partial_rotary_factor":   json.Number(pyFloat(s.PartialRotary)),
		"rope_scaling":            ropeScaling,
		"rope_theta":              json.Number(pyFloat(s.RopeTheta)),
		"tie_word_embeddings":     s.TieEmbeddings,
		"torch_dtype":             torch,
		"vocab_size":              s.VocabSize,
	}
	if !s.Homogeneous() {
		lcs := make([]map[string]int, len(s.Layers))
		for i, l := range s.Layers {
			lcs[i] = map[string]int{
				"num_attention_heads": l.Heads,
				"num_key_value_heads": l.KVHeads,
				"intermediate_size":   l.FFN,
			}
		}
		cfg["layer_configs"] = lcs
	}
	out, err := json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("%s: writing config.json: %w", s.Name, err)
	}
	return append(out, '\n'), nil
}
