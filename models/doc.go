// Package models describes Nemotron-family models (NemotronForCausalLM: Minitron-8B/4B,
// Nemotron-4 15B and pruned descendants) and everything mtc derives from that description
// without looking at weights.
//
// # The two forms of a model
//
// A model is written down either as an mtc YAML spec (see DecodeSpec for the keys) or as a
// Hugging Face config.json (see DecodeConfigJSON). Both decode to the same resolved form, a
// *Spec, which is what the rest of mtc uses: the lowering to IR, the pruner, the loader's tensor
// checks and `mtc inspect`.
//
// Decoding is strict. The YAML is read through yaml.Node so every value keeps its line and
// column; unknown keys, duplicate keys, wrong types and missing required keys are errors, and
// Spec.Validate then checks that the values agree with each other (sizes > 0, num_heads a
// multiple of num_kv_heads in every layer, an even number of rotary dims, ...). Errors are
// diag.Error values located at file:line:column and several are reported at once, sorted by
// position (diag.List). A resolved Spec remembers where each of its values came from in
// Spec.Pos, so that later stages (the IR lowering, the loader) can point back at the spec.
//
// # Decoupled head_dim
//
// head_dim is an independent size: Minitron-8B has hidden 4096 but 48 heads of 128, so
// num_heads*head_dim = 6144 != hidden. No code here ever derives head_dim from
// hidden_size/num_heads, and neither form may omit it (config.json may spell it kv_channels).
// Likewise the rotary width is r = int(head_dim*partial_rotary_factor), never a function of
// hidden_size.
//
// # Heterogeneous and shortened models
//
// Minitron pruning can give layers different head counts and MLP widths, and depth pruning can
// skip whole layers. A Spec therefore keeps uniform defaults (Heads, KVHeads, FFN) plus a
// resolved per-layer list: Layers are the checkpoint layers that run, in order, and Dropped are
// the checkpoint layers that are present in the weights but skipped at run time. Layer.Index is
// always the checkpoint index used in tensor names (model.layers.{Index}.…).
//
// # Derived facts
//
// Stats counts parameters, FLOPs per token and KV-cache bytes (ARCHITECTURE.md §3);
// WriteInspect and InspectJSON present them; TensorNames lists the Hugging Face tensors, with
// shapes, that a checkpoint for the spec must contain (ARCHITECTURE.md §2.1).
package models
