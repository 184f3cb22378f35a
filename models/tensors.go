package models

import "strconv"

// ExpectedTensor is a checkpoint tensor a spec needs: its Hugging Face name and its shape in
// PyTorch order ([out_features, in_features] for a linear weight).
type ExpectedTensor struct {
	Name  string
	Shape []int64
}

// TensorNames lists the tensors a checkpoint must hold to run s, in checkpoint order
// (ARCHITECTURE.md §2.1): model.embed_tokens.weight, then for each running layer its two
// LayerNorms (weight and bias), q/k/v/o projections and up/down MLP projections, then
// model.norm and, unless embeddings are tied, lm_head.weight. Layer tensors carry the checkpoint
// index of their layer.
func TensorNames(s *Spec) []ExpectedTensor {
	V, h := int64(s.VocabSize), int64(s.Hidden)
	out := []ExpectedTensor{{"model.embed_tokens.weight", []int64{V, h}}}
	for _, l := range s.Layers {
		out = append(out, layerTensors(s, l)...)
	}
	out = append(out,
		ExpectedTensor{"model.norm.weight", []int64{h}},
		ExpectedTensor{"model.norm.bias", []int64{h}},
	)
	if !s.TieEmbeddings {
		out = append(out, ExpectedTensor{"lm_head.weight", []int64{V, h}})
	}
	return out
}

// UnusedTensorNames lists tensors a checkpoint for s may hold that s does not use: every tensor
// of a dropped layer and, with tied embeddings, lm_head.weight (some writers save the tied
// copy). A loader accepts these and skips them; any tensor in neither list is unexpected.
func UnusedTensorNames(s *Spec) []ExpectedTensor {
	var out []ExpectedTensor
	for _, l := range s.Dropped {
		out = append(out, layerTensors(s, l)...)
	}
	if s.TieEmbeddings {
		out = append(out, ExpectedTensor{"lm_head.weight", []int64{int64(s.VocabSize), int64(s.Hidden)}})
	}
	return out
}

// layerTensors lists the ten tensors of checkpoint layer l.
func layerTensors(s *Spec, l Layer) []ExpectedTensor {
	h, d := int64(s.Hidden), int64(s.HeadDim)
	q, kv, f := int64(l.Heads)*d, int64(l.KVHeads)*d, int64(l.FFN)
	p := "model.layers." + strconv.Itoa(l.Index) + "."
	return []ExpectedTensor{
		{p + "input_layernorm.weight", []int64{h}},
		{p + "input_layernorm.bias", []int64{h}},
		{p + "self_attn.q_proj.weight", []int64{q, h}},
		{p + "self_attn.k_proj.weight", []int64{kv, h}},
		{p + "self_attn.v_proj.weight", []int64{kv, h}},
		{p + "self_attn.o_proj.weight", []int64{h, q}},
		{p + "post_attention_layernorm.weight", []int64{h}},
		{p + "post_attention_layernorm.bias", []int64{h}},
		{p + "mlp.up_proj.weight", []int64{f, h}},
		{p + "mlp.down_proj.weight", []int64{h, f}},
	}
}
