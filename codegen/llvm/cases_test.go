package llvm

import (
	"fmt"

	"github.com/mtc-dev/mtc/ir"
)

// opCase is a small graph that exercises one op (or a few), with dimensions chosen to be odd
// (not multiples of any vector width) and weights in every dtype.
type opCase struct {
	name  string
	vocab int
	build func(g *gb) *ir.Value
}

type vs = []*ir.Value
type ws = []*ir.Weight

var opCases = []opCase{
	{"embed/f16", 9, func(g *gb) *ir.Value { return g.embed("E", ir.F16, 9, 45) }},
	{"matmul/f32", 11, func(g *gb) *ir.Value {
		x := g.embed("E", ir.F32, 11, 37)
		return g.op(ir.OpMatMul, vs{x}, ws{g.weight("W", ir.F32, 19, 37)}, nil)
	}},
	{"matmul/bf16", 7, func(g *gb) *ir.Value {
		x := g.embed("E", ir.F16, 7, 69)
		return g.op(ir.OpMatMul, vs{x}, ws{g.weight("W", ir.BF16, 33, 69)}, nil)
	}},
	{"matmul/f16", 7, func(g *gb) *ir.Value {
		x := g.embed("E", ir.BF16, 7, 41)
		return g.op(ir.OpMatMul, vs{x}, ws{g.weight("W", ir.F16, 21, 41)}, nil)
	}},
	{"matmul_sqrelu", 8, func(g *gb) *ir.Value {
		x := g.embed("E", ir.F32, 8, 33)
		return g.op(ir.OpMatMulSqReLU, vs{x}, ws{g.weight("W", ir.BF16, 25, 33)}, nil)
	}},
	{"matmul_add", 8, func(g *gb) *ir.Value {
		x := g.embed("E", ir.F32, 8, 29)
		r := g.embed("E2", ir.BF16, 8, 23)
		return g.op(ir.OpMatMulAdd, vs{x, r}, ws{g.weight("W", ir.F16, 23, 29)}, nil)
	}},
	{"matmul_rope/packed", 6, func(g *gb) *ir.Value {
		x := g.embed("E", ir.F32, 6, 20)
		wqkv := g.derive("Wqkv", ir.WeightConcat, ws{g.weight("Wq", ir.BF16, 24, 20), g.weight("Wk", ir.BF16, 16, 20), g.weight("Wv", ir.BF16, 16, 20)}, nil)
		tab := g.derive("rope", ir.WeightRoPETable, nil, ir.Attrs{"rot": 4, "theta": 10000, "scale": 1})
		return g.op(ir.OpMatMulRoPE, vs{x}, ws{wqkv, tab}, ir.Attrs{"heads": 5, "head_dim": 8, "rot": 4})
	}},
	{"matmul_rope/full-rotary", 6, func(g *gb) *ir.Value {
		x := g.embed("E", ir.F32, 6, 35)
		tab := g.derive("rope", ir.WeightRoPETable, nil, ir.Attrs{"rot": 16, "theta": 500, "scale": 2})
		return g.op(ir.OpMatMulRoPE, vs{x}, ws{g.weight("W", ir.F32, 48, 35), tab}, ir.Attrs{"heads": 3, "head_dim": 16, "rot": 16})
	}},
	{"layernorm", 7, func(g *gb) *ir.Value {
		x := g.embed("E", ir.F32, 7, 37)
		return g.op(ir.OpLayerNorm, vs{x}, ws{g.weight("g", ir.F32, 37), g.weight("b", ir.BF16, 37)}, ir.Attrs{"eps": 1e-5})
	}},
	{"layernorm1p", 7, func(g *gb) *ir.Value {
		x := g.embed("E", ir.F32, 7, 100)
		return g.op(ir.OpLayerNorm1P, vs{x}, ws{g.weight("g", ir.F16, 100), g.weight("b", ir.F32, 100)}, ir.Attrs{"eps": 1e-6})
	}},
	{"layernorm/add1", 7, func(g *gb) *ir.Value {
		x := g.embed("E", ir.F32, 7, 16)
		gamma := g.derive("g1", ir.WeightAdd1, ws{g.weight("g", ir.BF16, 16)}, nil)
		return g.op(ir.OpLayerNorm, vs{x}, ws{gamma, g.weight("b", ir.F16, 16)}, ir.Attrs{"eps": 1e-5})
	}},
	{"gqa_attention", 10, func(g *gb) *ir.Value {
		qkv := g.embed("E", ir.F32, 10, (4+2*2)*12)
		return g.op(ir.OpGQAAttention, vs{qkv}, nil, ir.Attrs{"layer": 0, "heads": 4, "kv_heads": 2, "head_dim": 12})
	}},
	{"gqa_attention/mqa", 10, func(g *gb) *ir.Value {
		qkv := g.embed("E", ir.F32, 10, (6+2)*16)
		return g.op(ir.OpGQAAttention, vs{qkv}, nil, ir.Attrs{"layer": 0, "heads": 6, "kv_heads": 1, "head_dim": 16})
	}},
	{"attention", 10, func(g *gb) *ir.Value {
		q := g.embed("Eq", ir.F32, 10, 3*20)
		k := g.embed("Ek", ir.F32, 10, 20)
		v := g.embed("Ev", ir.BF16, 10, 20)
		return g.op(ir.OpAttention, vs{q, k, v}, nil, ir.Attrs{"layer": 0, "heads": 3, "kv_heads": 1, "head_dim": 20})
	}},
	{"rope_cached", 6, func(g *gb) *ir.Value {
		x := g.embed("E", ir.F32, 6, 25)
		tab := g.derive("rope", ir.WeightRoPETable, nil, ir.Attrs{"rot": 6, "theta": 10000, "scale": 1})
		return g.op(ir.OpRoPECached, vs{x}, ws{tab}, ir.Attrs{"heads": 2, "head_dim": 10, "rot": 6})
	}},
	{"rope", 6, func(g *gb) *ir.Value {
		x := g.embed("E", ir.F32, 6, 26)
		return g.op(ir.OpRoPE, vs{x}, nil, ir.Attrs{"heads": 3, "head_dim": 8, "rot": 8, "theta": 500, "scale": 2})
	}},
	{"slice-add-sqrelu-last", 6, func(g *gb) *ir.Value {
		x := g.embed("E", ir.F32, 6, 40)
		a := g.op(ir.OpSlice, vs{x}, nil, ir.Attrs{"begin": 3, "end": 23})
		b := g.op(ir.OpSlice, vs{x}, nil, ir.Attrs{"begin": 20, "end": 40})
		c := g.op(ir.OpSqReLU, vs{g.op(ir.OpAdd, vs{a, b}, nil, nil)}, nil, nil)
		return g.op(ir.OpLast, vs{c}, nil, nil)
	}},
	{"tiny-model", tinyDims.vocab, func(g *gb) *ir.Value { return tinyModel(g, tinyDims) }},
	{"unfused-model", 16, unfusedModel},
}

// unfusedModel is one layer as models.Lower writes it, before any pass: separate projections,
// rope with computed angles, attention over separate q, k, v, and explicit adds and sqrelu.
func unfusedModel(g *gb) *ir.Value {
	const h, heads, kvh, hd, ffn = 16, 2, 1, 8, 24
	x := g.embed("model.embed_tokens.weight", ir.BF16, 16, h)
	a := g.op(ir.OpLayerNorm1P, vs{x}, ws{g.weight("ln.weight", ir.BF16, h), g.weight("ln.bias", ir.BF16, h)}, ir.Attrs{"eps": 1e-5})
	q := g.op(ir.OpMatMul, vs{a}, ws{g.weight("q", ir.BF16, heads*hd, h)}, nil)
	k := g.op(ir.OpMatMul, vs{a}, ws{g.weight("k", ir.BF16, kvh*hd, h)}, nil)
	v := g.op(ir.OpMatMul, vs{a}, ws{g.weight("v", ir.BF16, kvh*hd, h)}, nil)
	q = g.op(ir.OpRoPE, vs{q}, nil, ir.Attrs{"heads": heads, "head_dim": hd, "rot": 4, "theta": 10000, "scale": 1})
	k = g.op(ir.OpRoPE, vs{k}, nil, ir.Attrs{"heads": kvh, "head_dim": hd, "rot": 4, "theta": 10000, "scale": 1})
	o := g.op(ir.OpAttention, vs{q, k, v}, nil, ir.Attrs{"layer": 0, "heads": heads, "kv_heads": kvh, "head_dim": hd})
	x = g.op(ir.OpAdd, vs{x, g.op(ir.OpMatMul, vs{o}, ws{g.weight("o", ir.BF16, h, heads*hd)}, nil)}, nil, nil)
	m := g.op(ir.OpSqReLU, vs{g.op(ir.OpMatMul, vs{x}, ws{g.weight("up", ir.BF16, ffn, h)}, nil)}, nil, nil)
	x = g.op(ir.OpAdd, vs{x, g.op(ir.OpMatMul, vs{m}, ws{g.weight("down", ir.BF16, h, ffn)}, nil)}, nil, nil)
	y := g.op(ir.OpLast, vs{x}, nil, nil)
	return g.op(ir.OpMatMul, vs{y}, ws{g.weight("lm_head.weight", ir.BF16, 16, h)}, nil)
}

// modelDims are the sizes of a Nemotron-style test model.
type modelDims struct {
	layers, vocab, h, heads, kvh, hd, rot, ffn int
}

var tinyDims = modelDims{layers: 2, vocab: 31, h: 24, heads: 4, kvh: 2, hd: 8, rot: 4, ffn: 40}

// tinyModel builds a fused Nemotron-style graph as the pass pipeline leaves it: LayerNorm1P
// folded into layernorm with add1 weights, packed QKV with RoPE, GQA attention, residual
// matmuls, squared-ReLU MLP, the last R rows and the LM head.
func tinyModel(g *gb, d modelDims) *ir.Value {
	x := g.embed("model.embed_tokens.weight", ir.BF16, d.vocab, d.h)
	tab := g.derive("rope", ir.WeightRoPETable, nil, ir.Attrs{"rot": float64(d.rot), "theta": 10000, "scale": 1})
	ln := func(x *ir.Value, name string) *ir.Value {
		gamma := g.derive(name+".g1", ir.WeightAdd1, ws{g.weight(name+".weight", ir.BF16, d.h)}, nil)
		return g.op(ir.OpLayerNorm, vs{x}, ws{gamma, g.weight(name+".bias", ir.BF16, d.h)}, ir.Attrs{"eps": 1e-5})
	}
	for l := 0; l < d.layers; l++ {
		p := fmt.Sprintf("model.layers.%d.", l)
		a := ln(x, p+"input_layernorm")
		w := g.derive(p+"qkv", ir.WeightConcat, ws{
			g.weight(p+"self_attn.q_proj.weight", ir.BF16, d.heads*d.hd, d.h),
			g.weight(p+"self_attn.k_proj.weight", ir.BF16, d.kvh*d.hd, d.h),
			g.weight(p+"self_attn.v_proj.weight", ir.BF16, d.kvh*d.hd, d.h),
		}, nil)
		rope := ir.Attrs{"heads": float64(d.heads + d.kvh), "head_dim": float64(d.hd), "rot": float64(d.rot)}
		qkv := g.op(ir.OpMatMulRoPE, vs{a}, ws{w, tab}, rope)
		attn := ir.Attrs{"layer": float64(l), "heads": float64(d.heads), "kv_heads": float64(d.kvh), "head_dim": float64(d.hd)}
		o := g.op(ir.OpGQAAttention, vs{qkv}, nil, attn)
		x = g.op(ir.OpMatMulAdd, vs{o, x}, ws{g.weight(p+"self_attn.o_proj.weight", ir.BF16, d.h, d.heads*d.hd)}, nil)
		m := ln(x, p+"post_attention_layernorm")
		up := g.op(ir.OpMatMulSqReLU, vs{m}, ws{g.weight(p+"mlp.up_proj.weight", ir.BF16, d.ffn, d.h)}, nil)
		x = g.op(ir.OpMatMulAdd, vs{up, x}, ws{g.weight(p+"mlp.down_proj.weight", ir.BF16, d.h, d.ffn)}, nil)
	}
	y := g.op(ir.OpLast, vs{ln(x, "model.norm")}, nil, nil)
	return g.op(ir.OpMatMul, vs{y}, ws{g.weight("lm_head.weight", ir.BF16, d.vocab, d.h)}, nil)
}
