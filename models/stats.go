package models

import "math"

// Stats are the size and cost figures of a spec's running model (ARCHITECTURE.md §3). Dropped
// layers are not counted: their weights are never loaded. FLOPs count a multiply-add as 2.
type Stats struct {
	Context int // T: positions attended per token in FLOPsPerToken

	Params             int64 // all weights: embeddings, layers, final norm, lm_head (E counted once when tied)
	EmbeddingParams    int64 // model.embed_tokens.weight plus lm_head.weight when not tied
	NonEmbeddingParams int64 // Params - EmbeddingParams
	MatmulParams       int64 // N_mm: weights of every matmul, lm_head included (also when tied)

	// FLOPsPerToken is the work of one decoded token attending to Context positions:
	// 2*N_mm + AttnFLOPsPerPosition*Context.
	FLOPsPerToken int64
	// FLOPsPerTokenT0 is FLOPsPerToken at T = 0: the matmuls alone, 2*N_mm.
	FLOPsPerTokenT0 int64
	// AttnFLOPsPerPosition is the attention score and value work per token per attended
	// position, the sum over layers of 4*nh*d.
	AttnFLOPsPerPosition int64
	// LMHeadFLOPsPerToken is 2*V*h, the logits of one row.
	LMHeadFLOPsPerToken int64

	// KVElemsPerToken is the KV-cache elements one position takes, the sum over layers of
	// 2*nkv*d; multiply by the KV dtype's size (KVBytesPerToken).
	KVElemsPerToken int64

	WeightBytesBF16 int64 // Params * 2
	WeightBytesF32  int64 // Params * 4

	Layers []LayerStats // one row per running layer, in order
}

// LayerStats are the figures of one running layer.
type LayerStats struct {
	Layer                 // index and sizes
	Params          int64 // q, k, v, o, up, down and both LayerNorms (weight and bias)
	MatmulParams    int64 // Params without the LayerNorms
	FLOPsPerToken   int64 // 2*MatmulParams + 4*nh*d*Context
	KVElemsPerToken int64 // 2*nkv*d
}

// KVBytesPerToken is KVElemsPerToken for a KV cache of elemBytes-byte elements (2 for bf16).
func (st Stats) KVBytesPerToken(elemBytes int) int64 { return st.KVElemsPerToken * int64(elemBytes) }

// KVBytesPerToken is KVElemsPerToken for a KV cache of elemBytes-byte elements (2 for bf16).
func (ls LayerStats) KVBytesPerToken(elemBytes int) int64 {
	return ls.KVElemsPerToken * int64(elemBytes)
}

// Stats computes the figures of s's running layers with T = ctx attended positions. s must be
// valid (Validate), whose limits keep every count inside int64; only the context-dependent
// FLOPs can overflow, for absurd ctx, and then saturate at math.MaxInt64.
func (s *Spec) Stats(ctx int) Stats {
	h, d := int64(s.Hidden), int64(s.HeadDim)
	V, T := int64(s.VocabSize), int64(ctx)
	st := Stats{Context: ctx}
	for _, l := range s.Layers {
		nh, nkv, f := int64(l.Heads), int64(l.KVHeads), int64(l.FFN)
		mm := h*nh*d + 2*h*nkv*d + nh*d*h + 2*h*f // q, k+v, o, up+down
		attn := 4 * nh * d
		ls := LayerStats{
			Layer:           l,
			Params:          mm + 4*h,
			MatmulParams:    mm,
			FLOPsPerToken:   satAdd(2*mm, satMul(attn, T)),
			KVElemsPerToken: 2 * nkv * d,
		}
		st.Layers = append(st.Layers, ls)
		st.Params += ls.Params
		st.MatmulParams += mm
		st.AttnFLOPsPerPosition += attn
		st.KVElemsPerToken += ls.KVElemsPerToken
	}
	st.EmbeddingParams = V * h
	if !s.TieEmbeddings {
		st.EmbeddingParams += V * h
	}
	st.NonEmbeddingParams = st.Params + 2*h // layers + final norm
	st.Params = st.NonEmbeddingParams + st.EmbeddingParams
	st.MatmulParams += V * h // lm_head, a matmul even when it reuses E
	st.LMHeadFLOPsPerToken = 2 * V * h
	st.FLOPsPerTokenT0 = 2 * st.MatmulParams
	st.FLOPsPerToken = satAdd(st.FLOPsPerTokenT0, satMul(st.AttnFLOPsPerPosition, T))
	st.WeightBytesBF16 = 2 * st.Params
	st.WeightBytesF32 = 4 * st.Params
	return st
}

// satMul is a*b for a, b >= 0, saturating at math.MaxInt64.
func satMul(a, b int64) int64 {
	if a == 0 || b <= 0 {
		return 0
	}
	if a > math.MaxInt64/b {
		return math.MaxInt64
	}
	return a * b
}

// satAdd is a+b for a, b >= 0, saturating at math.MaxInt64.
func satAdd(a, b int64) int64 {
	if a > math.MaxInt64-b {
		return math.MaxInt64
	}
	return a + b
}
