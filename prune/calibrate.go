package prune

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/mtc-dev/mtc/ir"
	"github.com/mtc-dev/mtc/ir/interp"
	"github.com/mtc-dev/mtc/models"
	"github.com/mtc-dev/mtc/weights"
)

// CalibOptions configures Calibrate.
type CalibOptions struct {
	Seq          int    // tokens per window, BOS included (default 256)
	NeuronMetric string // NeuronSqReLU (default) or NeuronUp
	// Progress, when set, is called after each window with the windows done and the total.
	Progress func(done, total int)
}

// Calibrate runs the model s with the checkpoint's weights over tokens (calibration text
// tokenized without BOS) and scores every head, neuron, residual channel and layer (see the
// package doc). tokens is cut into windows of Seq-1 tokens, the last one possibly shorter; each
// runs from an empty KV cache with BOS in front, as in the perplexity protocol.
func Calibrate(ctx context.Context, s *models.Spec, ckpt *weights.Checkpoint, tokens []int32, o CalibOptions) (*Importance, error) {
	seq := o.Seq
	if seq == 0 {
		seq = 256
	}
	if seq < 2 {
		return nil, fmt.Errorf("calibration window of %d tokens is too short: it must hold BOS and at least one token", seq)
	}
	metric := o.NeuronMetric
	if metric == "" {
		metric = NeuronSqReLU
	}
	if metric != NeuronSqReLU && metric != NeuronUp {
		return nil, fmt.Errorf("unknown neuron metric %q (want %s or %s)", metric, NeuronSqReLU, NeuronUp)
	}
	if len(tokens) == 0 {
		return nil, fmt.Errorf("no calibration tokens")
	}
	for i, t := range tokens {
		if t < 0 || int(t) >= s.VocabSize {
			return nil, fmt.Errorf("calibration token %d at index %d is outside the vocabulary [0,%d)", t, i, s.VocabSize)
		}
	}
	g, err := models.Lower(s)
	if err != nil {
		return nil, err
	}
	col, err := newCollector(s, g, metric)
	if err != nil {
		return nil, err
	}
	in, err := interp.New(g, ckptTensors{ckpt}, seq)
	if err != nil {
		return nil, err
	}
	in.Observe = col.observe
	var windows [][]int32
	for i := 0; i < len(tokens); i += seq - 1 {
		windows = append(windows, tokens[i:min(i+seq-1, len(tokens))])
	}
	imp := &Importance{Method: "activation", NeuronMetric: metric}
	input := make([]int32, 0, seq)
	for i, w := range windows {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		input = append(append(input[:0], int32(s.BOS)), w...)
		in.Reset()
		if _, err := in.Run(input, 1); err != nil {
			return nil, fmt.Errorf("calibration window %d: %w", i, err)
		}
		if col.err != nil {
			return nil, fmt.Errorf("calibration window %d: %w", i, col.err)
		}
		col.endSample(len(input))
		imp.Samples++
		imp.Tokens += len(input)
		if o.Progress != nil {
			o.Progress(i+1, len(windows))
		}
	}
	col.finish(imp)
	if err := imp.checkFinite(); err != nil {
		return nil, err
	}
	return imp, nil
}

// ckptTensors gives the interpreter checkpoint tensors as float32.
type ckptTensors struct{ c *weights.Checkpoint }

func (t ckptTensors) Tensor(name string) ([]float32, []int64, error) {
	x, ok := t.c.Tensor(name)
	if !ok {
		return nil, nil, fmt.Errorf("%s: checkpoint has no tensor %q", t.c.Path(), name)
	}
	data, err := x.Float32s()
	return data, x.Shape, err
}

// chanAcc aggregates one activation [T, n] per channel: (batch=L2, seq=mean(|a|)).
type chanAcc struct {
	cur   []float64 // this sample: sum over tokens of |a|
	sumsq []float64 // over samples: sum of (mean |a|)²
}

func newChanAcc(n int) *chanAcc { return &chanAcc{cur: make([]float64, n), sumsq: make([]float64, n)} }

func (a *chanAcc) add(data []float32) error {
	n := len(a.cur)
	if len(data)%n != 0 {
		return fmt.Errorf("activation of %d values is not a whole number of rows of %d", len(data), n)
	}
	for t := 0; t < len(data); t += n {
		for c, x := range data[t : t+n] {
			a.cur[c] += math.Abs(float64(x))
		}
	}
	return nil
}

func (a *chanAcc) endSample(tokens int) {
	for c, s := range a.cur {
		m := s / float64(tokens)
		a.sumsq[c] += m * m
		a.cur[c] = 0
	}
}

// l2 returns the per-channel L2 norm over samples.
func (a *chanAcc) l2() []float64 {
	out := make([]float64, len(a.sumsq))
	for c, s := range a.sumsq {
		out[c] = math.Sqrt(s)
	}
	return out
}

// What a value of the lowered graph is to the collector.
type roleKind int

const (
	roleAttn     roleKind = iota // attention output (o_proj input)
	roleNeuron                   // the MLP activation scored
	roleNorm                     // an input or post-attention LayerNorm output
	roleBlockIn                  // the residual stream entering the layer
	roleBlockOut                 // the residual stream leaving the layer
)

type role struct {
	kind roleKind
	slot int // running layer, index into Spec.Layers
	norm int // 0: input_layernorm, 1: post_attention_layernorm
}

// collector is the interpreter's Observe hook: it routes each recognised value to its
// accumulator.
type collector struct {
	s       *models.Spec
	roles   map[*ir.Value][]role
	attn    []*chanAcc
	neuron  []*chanAcc
	norms   [][2]*chanAcc
	blockIn [][]float32 // the layer's input, kept until its output arrives
	cosSum  []float64   // per layer: sum over tokens of cos(x_in, x_out)
	cosN    []int64
	err     error
}

// newCollector finds, in the lowered graph g, the values the importance metrics read. Layers
// are recognised by the checkpoint names of their weights, which models.Lower gives every
// layer (model.layers.{i}.*).
func newCollector(s *models.Spec, g *ir.Graph, metric string) (*collector, error) {
	n := len(s.Layers)
	c := &collector{s: s, roles: map[*ir.Value][]role{}, attn: make([]*chanAcc, n), neuron: make([]*chanAcc, n),
		norms: make([][2]*chanAcc, n), blockIn: make([][]float32, n), cosSum: make([]float64, n), cosN: make([]int64, n)}
	slotOf := map[int]int{}
	for slot, l := range s.Layers {
		slotOf[l.Index] = slot
	}
	// weightOf returns the slot and the name within the layer of v's first weight.
	weightOf := func(v *ir.Value) (int, string, bool) {
		if len(v.Weights) == 0 {
			return 0, "", false
		}
		rest, ok := strings.CutPrefix(v.Weights[0].Name, "model.layers.")
		if !ok {
			return 0, "", false
		}
		num, name, ok := strings.Cut(rest, ".")
		idx, err := strconv.Atoi(num)
		slot, running := slotOf[idx]
		if !ok || err != nil || !running {
			return 0, "", false
		}
		return slot, name, true
	}
	found := make([]map[roleKind]int, n)
	for i := range found {
		found[i] = map[roleKind]int{}
	}
	mark := func(v *ir.Value, r role) {
		c.roles[v] = append(c.roles[v], r)
		found[r.slot][r.kind]++
	}
	up, down := map[*ir.Value]int{}, map[*ir.Value]int{}
	for _, v := range g.Values {
		if v.Op == ir.OpAdd {
			for _, a := range v.Args {
				if ds, ok := down[a]; ok {
					mark(v, role{kind: roleBlockOut, slot: ds})
				}
			}
		}
		slot, name, ok := weightOf(v)
		if !ok {
			continue
		}
		switch {
		case (v.Op == ir.OpLayerNorm1P || v.Op == ir.OpLayerNorm) && name == "input_layernorm.weight":
			mark(v, role{kind: roleNorm, slot: slot, norm: 0})
			mark(v.Args[0], role{kind: roleBlockIn, slot: slot})
		case (v.Op == ir.OpLayerNorm1P || v.Op == ir.OpLayerNorm) && name == "post_attention_layernorm.weight":
			mark(v, role{kind: roleNorm, slot: slot, norm: 1})
		case v.Op == ir.OpMatMul && name == "self_attn.o_proj.weight":
			mark(v.Args[0], role{kind: roleAttn, slot: slot})
		case v.Op == ir.OpMatMul && name == "mlp.up_proj.weight":
			up[v] = slot
			if metric == NeuronUp {
				mark(v, role{kind: roleNeuron, slot: slot})
			}
		case v.Op == ir.OpMatMul && name == "mlp.down_proj.weight":
			if metric == NeuronSqReLU {
				if a := v.Args[0]; a.Op == ir.OpSqReLU && len(a.Args) == 1 {
					if us, ok := up[a.Args[0]]; ok && us == slot {
						mark(a, role{kind: roleNeuron, slot: slot})
					}
				}
			}
			down[v] = slot
		}
	}
	for slot, l := range s.Layers {
		for _, k := range []struct {
			kind roleKind
			want int
			what string
		}{{roleAttn, 1, "attention output"}, {roleNeuron, 1, "MLP activation (" + metric + ")"}, {roleNorm, 2, "LayerNorm outputs"},
			{roleBlockIn, 1, "block input"}, {roleBlockOut, 1, "block output"}} {
			if got := found[slot][k.kind]; got != k.want {
				return nil, fmt.Errorf("internal error: the lowered graph of %s has %d %s for layer %d, want %d", s.Name, got, k.what, l.Index, k.want)
			}
		}
		c.attn[slot] = newChanAcc(l.Heads * s.HeadDim)
		c.neuron[slot] = newChanAcc(l.FFN)
		c.norms[slot] = [2]*chanAcc{newChanAcc(s.Hidden), newChanAcc(s.Hidden)}
	}
	return c, nil
}

func (c *collector) observe(v *ir.Value, data []float32) {
	if c.err != nil {
		return
	}
	for _, r := range c.roles[v] {
		var err error
		switch r.kind {
		case roleAttn:
			err = c.attn[r.slot].add(data)
		case roleNeuron:
			err = c.neuron[r.slot].add(data)
		case roleNorm:
			err = c.norms[r.slot][r.norm].add(data)
		case roleBlockIn:
			c.blockIn[r.slot] = append(c.blockIn[r.slot][:0], data...)
		case roleBlockOut:
			err = c.blockCos(r.slot, data)
		}
		if err != nil {
			c.err = fmt.Errorf("layer %d: %w", c.s.Layers[r.slot].Index, err)
			return
		}
	}
}

// blockCos adds cos(x_in, x_out) of every token of the layer in slot.
func (c *collector) blockCos(slot int, out []float32) error {
	in, h := c.blockIn[slot], c.s.Hidden
	if len(in) != len(out) || len(out)%h != 0 {
		return fmt.Errorf("block input has %d values and output %d, want equal whole rows of %d", len(in), len(out), h)
	}
	for t := 0; t < len(out); t += h {
		c.cosSum[slot] += cosine(in[t:t+h], out[t:t+h])
		c.cosN[slot]++
	}
	return nil
}

// cosine is the cosine similarity of a and b in float64; 1 when both are zero, 0 when one is.
func cosine(a, b []float32) float64 {
	var ab, aa, bb float64
	for i := range a {
		x, y := float64(a[i]), float64(b[i])
		ab += x * y
		aa += x * x
		bb += y * y
	}
	switch {
	case aa == 0 && bb == 0:
		return 1
	case aa == 0 || bb == 0:
		return 0
	}
	return ab / math.Sqrt(aa*bb)
}

func (c *collector) endSample(tokens int) {
	for slot := range c.attn {
		c.attn[slot].endSample(tokens)
		c.neuron[slot].endSample(tokens)
		c.norms[slot][0].endSample(tokens)
		c.norms[slot][1].endSample(tokens)
	}
}

// finish turns the accumulators into scores.
func (c *collector) finish(imp *Importance) {
	s := c.s
	imp.Embedding = make([]float64, s.Hidden)
	for slot, l := range s.Layers {
		ch := c.attn[slot].sumsq
		heads := make([]float64, l.Heads)
		for h := range heads {
			var sum float64
			for _, x := range ch[h*s.HeadDim : (h+1)*s.HeadDim] {
				sum += x // L2 over the head's channels of the per-channel L2 over samples
			}
			heads[h] = math.Sqrt(sum)
		}
		for _, a := range c.norms[slot] {
			for i, x := range a.l2() {
				imp.Embedding[i] += x
			}
		}
		imp.Layers = append(imp.Layers, LayerImportance{
			Index:    l.Index,
			Block:    1 - c.cosSum[slot]/float64(max(c.cosN[slot], 1)),
			Heads:    heads,
			KVGroups: groupScores(heads, l.KVHeads),
			Neurons:  c.neuron[slot].l2(),
		})
	}
}

// checkFinite reports the first score that is NaN or infinite (an activation overflowed).
func (imp *Importance) checkFinite() error {
	bad := func(xs []float64) bool {
		for _, x := range xs {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return true
			}
		}
		return false
	}
	if bad(imp.Embedding) {
		return fmt.Errorf("calibration: LayerNorm outputs are not finite")
	}
	for _, l := range imp.Layers {
		switch {
		case bad([]float64{l.Block}):
			return fmt.Errorf("calibration: layer %d: block importance is not finite", l.Index)
		case bad(l.Heads):
			return fmt.Errorf("calibration: layer %d: attention outputs are not finite", l.Index)
		case bad(l.Neurons):
			return fmt.Errorf("calibration: layer %d: MLP activations are not finite", l.Index)
		}
	}
	return nil
}
