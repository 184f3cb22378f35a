package models

import (
	"fmt"

	"github.com/mtc-dev/mtc/internal/diag"
	"github.com/mtc-dev/mtc/ir"
)

// Lower turns a spec into the IR of one step of the forward pass: "run T tokens starting at
// position P, with logits for the last R rows". Weights are named as in Hugging Face checkpoints
// (model.layers.{i}.self_attn.q_proj.weight, ...), using each running layer's checkpoint index,
// and every value carries the position of the spec key it came from.
//
// The lowered form is the plain pass of ARCHITECTURE.md §1.2, one op per step: LayerNorm1P,
// separate q/k/v projections, RoPE with its angles computed in the op, attention, residual adds
// and the squared-ReLU MLP. The pass pipeline (package passes) folds, fuses and plans it.
func Lower(s *Spec) (*ir.Graph, error) { return LowerWith(s, LowerOptions{}) }

// LowerOptions configures LowerWith.
type LowerOptions struct {
	// Taps names the activations that importance scoring reads (see TapName), so that the
	// runtime can return them after a step.
	Taps bool
}

// Tap names, with slot the position of a layer among the running layers (0-based).
const (
	TapResidual = "resid"   // resid.<slot>: the residual stream entering running layer slot (slot = len(Layers): the final one)
	TapAttn     = "attn"    // attn.<slot>: the attention output, the input of o_proj [T, heads*head_dim]
	TapNorm1    = "ln_attn" // ln_attn.<slot>: the output of input_layernorm [T, hidden]
	TapNorm2    = "ln_mlp"  // ln_mlp.<slot>: the output of post_attention_layernorm [T, hidden]
	TapMLP      = "mlp"     // mlp.<slot>: relu(up)², the input of down_proj [T, ffn]
)

// TapName is the name of a tap of kind at a running layer slot.
func TapName(kind string, slot int) string { return fmt.Sprintf("%s.%d", kind, slot) }

// LowerWith is Lower with options.
func LowerWith(s *Spec, o LowerOptions) (*ir.Graph, error) {
	l := &lowerer{s: s, b: ir.NewBuilder(s.Name), taps: o.Taps}
	g, err := l.lower()
	if err != nil {
		return nil, fmt.Errorf("lowering %s: %w", s.Name, err)
	}
	if err := ir.Verify(g); err != nil {
		return nil, fmt.Errorf("internal error: lowering %s gave invalid IR: %w", s.Name, err)
	}
	return g, nil
}

type lowerer struct {
	s    *Spec
	b    *ir.Builder
	err  error
	taps bool
}

// tap names v as a tapped output when taps were asked for.
func (l *lowerer) tap(v *ir.Value, kind string, slot int) {
	if l.taps && v != nil {
		v.Tap = TapName(kind, slot)
	}
}

// pos returns a located position for key (the whole file's first line when the key was defaulted).
func (l *lowerer) pos(p diag.Pos) diag.Pos {
	if !p.IsValid() {
		file := p.File
		if file == "" {
			file = l.s.Source
		}
		if file == "" {
			file = l.s.Name + ".yaml"
		}
		return diag.Pos{File: file, Line: 1, Col: 1}
	}
	return p
}

func (l *lowerer) load(name string, dtype ir.DType, pos diag.Pos, shape ...int) *ir.Weight {
	if l.err != nil {
		return nil
	}
	dims := make(ir.Shape, len(shape))
	for i, d := range shape {
		dims[i] = ir.Dim(d)
	}
	if w := l.b.Graph().Weight(name); w != nil {
		return w
	}
	w, err := l.b.Load(name, ir.Type{DType: dtype, Shape: dims}, l.pos(pos))
	l.err = err
	return w
}

func (l *lowerer) op(op ir.Op, args []*ir.Value, weights []*ir.Weight, attrs ir.Attrs, pos diag.Pos) *ir.Value {
	if l.err != nil {
		return nil
	}
	v, err := l.b.Add(op, args, weights, attrs, l.pos(pos))
	l.err = err
	return v
}

func vals(v ...*ir.Value) []*ir.Value     { return v }
func wts(w ...*ir.Weight) []*ir.Weight    { return w }
func specDType(d string) (ir.DType, bool) { return ir.ParseDType(d) }

func (l *lowerer) norm(x *ir.Value, prefix string, dt ir.DType) *ir.Value {
	s := l.s
	p := s.PosOf("norm")
	g := l.load(prefix+".weight", dt, p, s.Hidden)
	b := l.load(prefix+".bias", dt, p, s.Hidden)
	op := ir.OpLayerNorm1P
	if s.Norm == NormLayerNorm {
		op = ir.OpLayerNorm
	}
	return l.op(op, vals(x), wts(g, b), ir.Attrs{"eps": s.NormEps}, p)
}

func (l *lowerer) lower() (*ir.Graph, error) {
	s := l.s
	dt, ok := specDType(s.DType)
	if !ok {
		return nil, diag.Errorf(l.pos(s.PosOf("dtype")), "unsupported dtype %q", s.DType)
	}
	if s.Activation != ActivationReLU2 {
		return nil, diag.Errorf(l.pos(s.PosOf("activation")), "unsupported activation %q (want relu2)", s.Activation)
	}
	h, d, r := s.Hidden, s.HeadDim, s.RotaryDims
	embed := l.load("model.embed_tokens.weight", dt, s.PosOf("vocab_size"), s.VocabSize, h)
	tok := l.op(ir.OpTokens, nil, nil, nil, s.PosOf("vocab_size"))
	x := l.op(ir.OpEmbed, vals(tok), wts(embed), nil, s.PosOf("vocab_size"))
	for slot, layer := range s.Layers {
		pre := fmt.Sprintf("model.layers.%d.", layer.Index)
		hp := s.LayerPos(layer.Index, "num_heads")
		kvp := s.LayerPos(layer.Index, "num_kv_heads")
		fp := s.LayerPos(layer.Index, "ffn_size")
		nh, nkv, f := layer.Heads, layer.KVHeads, layer.FFN

		l.tap(x, TapResidual, slot)
		a := l.norm(x, pre+"input_layernorm", dt)
		l.tap(a, TapNorm1, slot)
		q := l.op(ir.OpMatMul, vals(a), wts(l.load(pre+"self_attn.q_proj.weight", dt, hp, nh*d, h)), nil, hp)
		k := l.op(ir.OpMatMul, vals(a), wts(l.load(pre+"self_attn.k_proj.weight", dt, kvp, nkv*d, h)), nil, kvp)
		v := l.op(ir.OpMatMul, vals(a), wts(l.load(pre+"self_attn.v_proj.weight", dt, kvp, nkv*d, h)), nil, kvp)
		rope := func(heads int) ir.Attrs {
			return ir.Attrs{"heads": float64(heads), "head_dim": float64(d), "rot": float64(r), "theta": s.RopeTheta, "scale": s.RopeScaling}
		}
		q = l.op(ir.OpRoPE, vals(q), nil, rope(nh), s.PosOf("rope"))
		k = l.op(ir.OpRoPE, vals(k), nil, rope(nkv), s.PosOf("rope"))
		attn := ir.Attrs{"layer": float64(slot), "heads": float64(nh), "kv_heads": float64(nkv), "head_dim": float64(d)}
		o := l.op(ir.OpAttention, vals(q, k, v), nil, attn, hp)
		l.tap(o, TapAttn, slot)
		o = l.op(ir.OpMatMul, vals(o), wts(l.load(pre+"self_attn.o_proj.weight", dt, hp, h, nh*d)), nil, hp)
		x = l.op(ir.OpAdd, vals(x, o), nil, nil, hp)

		m := l.norm(x, pre+"post_attention_layernorm", dt)
		l.tap(m, TapNorm2, slot)
		m = l.op(ir.OpMatMul, vals(m), wts(l.load(pre+"mlp.up_proj.weight", dt, fp, f, h)), nil, fp)
		m = l.op(ir.OpSqReLU, vals(m), nil, nil, s.PosOf("activation"))
		l.tap(m, TapMLP, slot)
		m = l.op(ir.OpMatMul, vals(m), wts(l.load(pre+"mlp.down_proj.weight", dt, fp, h, f)), nil, fp)
		x = l.op(ir.OpAdd, vals(x, m), nil, nil, fp)
	}
	l.tap(x, TapResidual, len(s.Layers))
	x = l.op(ir.OpLast, vals(x), nil, nil, s.PosOf("vocab_size"))
	y := l.norm(x, "model.norm", dt)
	head := embed
	if !s.TieEmbeddings {
		head = l.load("lm_head.weight", dt, s.PosOf("tie_embeddings"), s.VocabSize, h)
	}
	logits := l.op(ir.OpMatMul, vals(y), wts(head), nil, s.PosOf("vocab_size"))
	if l.err != nil {
		return nil, l.err
	}
	l.b.Return(logits)
	return l.b.Graph(), nil
}
