package prune

import (
	"fmt"
	"slices"

	"github.com/mtc-dev/mtc/models"
	"github.com/mtc-dev/mtc/weights"
)

// Apply cuts the pruned model out of src and its checkpoint as plan says. It returns the
// pruned spec, named name (its layers renumbered 0..n-1, uniform sizes set to the most common
// per-layer values) and its tensors in checkpoint order, each in its source dtype: the
// tensors' bytes are sliced, never converted.
func Apply(src *models.Spec, ckpt *weights.Checkpoint, plan *Plan, name string) (*models.Spec, []weights.WriteTensor, error) {
	if err := plan.check(src); err != nil {
		return nil, nil, err
	}
	if err := checkWeights(src, ckpt); err != nil {
		return nil, nil, err
	}
	out := PrunedSpec(src, plan, name)
	if err := out.Validate(); err != nil {
		return nil, nil, fmt.Errorf("internal error: pruned spec is invalid: %w", err)
	}
	d := src.HeadDim
	ch := plan.Hidden
	var ts []weights.WriteTensor
	var err error
	add := func(dst, from string, rows, cols []int) {
		if err != nil {
			return
		}
		var t weights.WriteTensor
		if t, err = sliceTensor(ckpt, from, rows, cols); err == nil {
			t.Name = dst
			ts = append(ts, t)
		}
	}
	add("model.embed_tokens.weight", "model.embed_tokens.weight", nil, ch)
	for k, lp := range plan.Layers {
		src := fmt.Sprintf("model.layers.%d.", lp.Index)
		dst := fmt.Sprintf("model.layers.%d.", k)
		heads, kv := blocks(lp.Heads, d), blocks(lp.KVHeads, d)
		for _, norm := range []string{"input_layernorm", "post_attention_layernorm"} {
			add(dst+norm+".weight", src+norm+".weight", ch, nil)
			add(dst+norm+".bias", src+norm+".bias", ch, nil)
		}
		add(dst+"self_attn.q_proj.weight", src+"self_attn.q_proj.weight", heads, ch)
		add(dst+"self_attn.k_proj.weight", src+"self_attn.k_proj.weight", kv, ch)
		add(dst+"self_attn.v_proj.weight", src+"self_attn.v_proj.weight", kv, ch)
		add(dst+"self_attn.o_proj.weight", src+"self_attn.o_proj.weight", ch, heads)
		add(dst+"mlp.up_proj.weight", src+"mlp.up_proj.weight", lp.Neurons, ch)
		add(dst+"mlp.down_proj.weight", src+"mlp.down_proj.weight", ch, lp.Neurons)
	}
	add("model.norm.weight", "model.norm.weight", ch, nil)
	add("model.norm.bias", "model.norm.bias", ch, nil)
	if !src.TieEmbeddings {
		add("lm_head.weight", "lm_head.weight", nil, ch)
	}
	if err != nil {
		return nil, nil, err
	}
	// Checkpoint order, as models.TensorNames lists it (it is also the order above).
	order := map[string]int{}
	for i, e := range models.TensorNames(out) {
		order[e.Name] = i
	}
	slices.SortStableFunc(ts, func(a, b weights.WriteTensor) int { return order[a.Name] - order[b.Name] })
	return out, ts, nil
}

// PrunedSpec returns the spec of the model plan cuts from src: the kept layers renumbered
// 0..n-1, the uniform sizes set to the most common per-layer values, no source positions.
func PrunedSpec(src *models.Spec, plan *Plan, name string) *models.Spec {
	out := src.Clone()
	out.Name = name
	out.Source, out.Pos = "", nil
	out.Hidden = len(plan.Hidden)
	out.NumLayers = len(plan.Layers)
	out.Layers, out.Dropped = nil, nil
	var heads, kv, ffn []int
	for k, lp := range plan.Layers {
		l := models.Layer{Index: k, Heads: len(lp.Heads), KVHeads: len(lp.KVHeads), FFN: len(lp.Neurons)}
		out.Layers = append(out.Layers, l)
		heads, kv, ffn = append(heads, l.Heads), append(kv, l.KVHeads), append(ffn, l.FFN)
	}
	out.Heads, out.KVHeads, out.FFN = mode(heads), mode(kv), mode(ffn)
	return out
}

// mode returns the most common value (the first one seen on ties).
func mode(xs []int) int {
	count := map[int]int{}
	best := 0
	for i, x := range xs {
		count[x]++
		if i == 0 || count[x] > count[best] {
			best = x
		}
	}
	return best
}

// blocks expands unit indices into the rows of units of width d: unit i covers [i*d, (i+1)*d).
func blocks(units []int, d int) []int {
	out := make([]int, 0, len(units)*d)
	for _, u := range units {
		for j := 0; j < d; j++ {
			out = append(out, u*d+j)
		}
	}
	return out
}

// sliceTensor copies the rows and columns of a 2-D tensor (or the elements of a 1-D one, given
// as rows) that are kept; nil keeps all.
func sliceTensor(ckpt *weights.Checkpoint, name string, rows, cols []int) (weights.WriteTensor, error) {
	t, ok := ckpt.Tensor(name)
	if !ok {
		return weights.WriteTensor{}, fmt.Errorf("%s: checkpoint has no tensor %q", ckpt.Path(), name)
	}
	es := t.DType.Size()
	switch len(t.Shape) {
	case 1:
		n := int(t.Shape[0])
		if rows == nil {
			rows = upTo(n)
		}
		data := make([]byte, 0, len(rows)*es)
		for _, r := range rows {
			data = append(data, t.Data[r*es:(r+1)*es]...)
		}
		return weights.WriteTensor{Name: name, DType: t.DType, Shape: []int64{int64(len(rows))}, Data: data}, nil
	case 2:
		nr, nc := int(t.Shape[0]), int(t.Shape[1])
		if rows == nil {
			rows = upTo(nr)
		}
		data := make([]byte, 0, len(rows)*es*max(len(cols), 1))
		for _, r := range rows {
			row := t.Data[r*nc*es : (r+1)*nc*es]
			if cols == nil {
				data = append(data, row...)
				continue
			}
			for _, c := range cols {
				data = append(data, row[c*es:(c+1)*es]...)
			}
		}
		w := len(cols)
		if cols == nil {
			w = nc
		}
		return weights.WriteTensor{Name: name, DType: t.DType, Shape: []int64{int64(len(rows)), int64(w)}, Data: data}, nil
	}
	return weights.WriteTensor{}, fmt.Errorf("%s: tensor %q has shape %v, expected 1 or 2 dimensions", ckpt.Path(), name, t.Shape)
}

// checkWeights checks that ckpt holds every tensor s runs with the right shape and a float
// dtype (extra tensors, such as those of dropped layers, are fine).
func checkWeights(s *models.Spec, ckpt *weights.Checkpoint) error {
	var want []weights.Expect
	for _, t := range models.TensorNames(s) {
		want = append(want, weights.Expect{Name: t.Name, Shape: t.Shape})
	}
	if err := weights.IgnoreExtra(weights.Check(ckpt, want)); err != nil {
		return fmt.Errorf("weights %s do not fit model %s:\n%w", ckpt.Path(), s.Name, err)
	}
	return nil
}

// check verifies that p is a plan for src: every index in range, ascending and unique; every
// kept query head in a kept group, and the same number of query heads kept in every group.
func (p *Plan) check(src *models.Spec) error {
	bad := func(what string, idx []int, n int) error {
		if len(idx) == 0 {
			return fmt.Errorf("plan keeps no %s; at least one must stay", what)
		}
		for i, x := range idx {
			if x < 0 || x >= n || (i > 0 && x <= idx[i-1]) {
				return fmt.Errorf("plan's %s %v must be ascending, unique and in [0,%d)", what, idx, n)
			}
		}
		return nil
	}
	if err := bad("residual channels", p.Hidden, src.Hidden); err != nil {
		return err
	}
	if len(p.Layers) == 0 {
		return fmt.Errorf("plan keeps no layer; at least one must run")
	}
	pos := map[int]int{}
	for i, l := range src.Layers {
		pos[l.Index] = i
	}
	prev := -1
	for _, lp := range p.Layers {
		i, ok := pos[lp.Index]
		if !ok || i <= prev {
			return fmt.Errorf("plan's layer %d is not a running layer of %s after layer %d", lp.Index, src.Name, prev)
		}
		prev = i
		s := src.Layers[i]
		for _, e := range []struct {
			what string
			idx  []int
			n    int
		}{
			{fmt.Sprintf("query heads of layer %d", s.Index), lp.Heads, s.Heads},
			{fmt.Sprintf("KV heads of layer %d", s.Index), lp.KVHeads, s.KVHeads},
			{fmt.Sprintf("neurons of layer %d", s.Index), lp.Neurons, s.FFN},
		} {
			if err := bad(e.what, e.idx, e.n); err != nil {
				return err
			}
		}
		g := s.Heads / s.KVHeads
		per := map[int]int{}
		for _, h := range lp.Heads {
			per[h/g]++
		}
		for _, j := range lp.KVHeads {
			if per[j] != len(lp.Heads)/len(lp.KVHeads) || len(lp.Heads)%len(lp.KVHeads) != 0 {
				return fmt.Errorf("plan's layer %d keeps query heads %v and KV heads %v: every kept group must keep the same number of its own query heads", s.Index, lp.Heads, lp.KVHeads)
			}
			delete(per, j)
		}
		if len(per) != 0 {
			return fmt.Errorf("plan's layer %d keeps query heads %v of deleted KV groups (kept groups %v)", s.Index, lp.Heads, lp.KVHeads)
		}
	}
	return nil
}
