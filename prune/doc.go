// Package prune implements Minitron structured pruning (Sreenivas et al., "LLM Pruning and
// Distillation in Practice: The Minitron Approach", arXiv 2407.14679; Muralidharan et al.,
// "Compact Language Models via Pruning and Knowledge Distillation", NeurIPS 2024), as
// ARCHITECTURE.md §5 describes it.
//
// # Importance (calibrate.go, importance.go)
//
// The base model runs forward only, through the reference interpreter (ir/interp) on the
// unoptimised graph that models.Lower builds, over calibration windows shaped like the
// perplexity protocol: each window of Seq tokens is run from an empty cache as BOS + w[0:Seq-1].
// The interpreter's Observe hook sees every value; the pruner recognises, per layer, by the
// checkpoint names of the weights that produce or consume them:
//
//   - the attention output, the input of o_proj [T, nh*d]: head importance;
//   - the MLP activation: by default the squared-ReLU output, the input of down_proj [T, f],
//     which is what NVIDIA ModelOpt hooks (NeuronSqReLU); or the up_proj output, the
//     pre-activation of the paper's formula (NeuronUp);
//   - the outputs of input_layernorm and post_attention_layernorm [T, h]: embedding channels;
//   - the residual stream entering and leaving the layer: block importance.
//
// Aggregation is the paper's best (batch=L2, seq=mean): for each sample (window) and channel,
// the mean of |activation| over the window's tokens; then the L2 norm of those means over the
// samples (a running sum of squares, square-rooted at the end). A head's score is the L2 norm
// of its head_dim channel scores (as ModelOpt does); a KV group's score is the L2 norm of its
// query heads' scores; a residual channel's score is the sum over every input and
// post-attention LayerNorm of the channel's score at that norm. Block importance is
// BI = 1 - mean over all calibration tokens of cos(x_in, x_out).
//
// # Plans (target.go, plan.go)
//
// A Target gives the shape to reach; MakePlan ranks and keeps, in every case as slices of the
// original index order so that the pruned model is a sub-network of the base model:
//
//   - query heads per layer, within their KV group: every kept group keeps the same number of
//     query heads (the most important of the group), so GQA's "query head i reads KV head
//     i/g" stays true; K and V are untouched unless the number of KV heads shrinks, in which
//     case whole groups (query heads, key and value) go, the least important first;
//   - MLP neurons per layer;
//   - residual (embedding) channels: one index set for the whole residual stream;
//   - whole layers, the lowest block importance first (or the layers named).
//
// The random baseline draws the same shapes from a seeded generator (RandomImportance).
//
// # Slicing (apply.go) and output (output.go, report.go)
//
// Apply slices the checkpoint's bytes, so the pruned tensors keep the source dtype exactly:
// q_proj rows and o_proj columns per head, k_proj/v_proj rows per KV head, up_proj rows and
// down_proj columns per neuron, and for the residual channels the columns of embed_tokens,
// q/k/v/up and lm_head, the rows of o_proj and down_proj and every LayerNorm weight and bias.
// Kept layers are renumbered 0..n-1. WriteFolder writes a Hugging Face-layout folder:
// config.json (with "layer_configs" when layers differ), model.safetensors, tokenizer.model,
// model.yaml and prune-report.json (the scores of every axis and what was removed).
//
// Pruning the residual width changes the LayerNorm statistics, so that axis alone does not
// give an exact sub-function of the base model; every other axis does (removed heads and
// neurons act as if their output were zero, removed layers as if skipped). Retraining
// (distillation) is outside this package.
package prune
