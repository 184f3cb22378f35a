package prune

import (
	"fmt"
	"slices"

	"github.com/mtc-dev/mtc/internal/diag"
	"github.com/mtc-dev/mtc/models"
)

// Target is the shape to prune to: either a whole target spec (Spec, from `mtc prune --to`)
// or uniform sizes (the other fields; 0 keeps the source's value). Pruning only removes, so
// every size must be at most the source's.
type Target struct {
	// Spec is the model to reach. It must agree with the source in everything pruning does
	// not change (vocabulary, head_dim, RoPE, norm, activation, dtype, ...). Its layers are the
	// source's running layers that are kept, in order, renumbered: with fewer layers than the
	// source runs, the layers of lowest block importance go, unless Spec keeps the source's
	// num_layers and lists drop_layers, which then name the layers to delete.
	Spec *models.Spec

	Hidden  int // residual width h
	Heads   int // query heads of every layer
	KVHeads int // KV heads (query groups) of every layer
	FFN     int // MLP width of every layer
	Layers  int // running layers to keep; the lowest block importance go

	// DropLayers names the checkpoint layers to delete (instead of Layers).
	DropLayers []int
}

// goal is a Target resolved against the source spec.
type goal struct {
	t      *Target
	src    *models.Spec
	hidden int
	keep   int   // running layers kept
	drop   []int // layers to delete, by checkpoint index; nil: by block importance
}

// loc says where a target value came from, for error messages: a position in the --to spec,
// or a flag.
type loc struct {
	pos  diag.Pos
	flag string // "--heads 4" when the value came from a flag
}

func (l loc) add(errs *diag.List, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if l.flag != "" {
		msg = l.flag + ": " + msg
	}
	errs.Add(l.pos, "%s", msg)
}

// resolve checks t against src and fixes the kept width and layer count. The per-layer checks
// that depend on which layers are kept happen again in MakePlan.
func (t *Target) resolve(src *models.Spec) (*goal, error) {
	var errs diag.List
	g := &goal{t: t, src: src, hidden: src.Hidden, keep: len(src.Layers)}
	running := map[int]bool{}
	for _, l := range src.Layers {
		running[l.Index] = true
	}
	if t.Spec != nil {
		if t.Hidden != 0 || t.Heads != 0 || t.KVHeads != 0 || t.FFN != 0 || t.Layers != 0 || t.DropLayers != nil {
			return nil, fmt.Errorf("a target spec and target sizes cannot be combined")
		}
		t.checkSame(src, &errs)
		g.hidden = t.Spec.Hidden
		g.keep = len(t.Spec.Layers)
		if len(t.Spec.Dropped) > 0 {
			if t.Spec.NumLayers != src.NumLayers {
				errs.Add(t.Spec.PosOf("drop_layers"), "drop_layers names checkpoint layers, so num_layers must be the source's %d, not %d", src.NumLayers, t.Spec.NumLayers)
			}
			g.drop = []int{}
			for _, l := range t.Spec.Dropped {
				if !running[l.Index] {
					errs.Add(t.Spec.PosOf(fmt.Sprintf("drop_layers[%d]", l.Index)), "layer %d is not a running layer of the source", l.Index)
				}
				g.drop = append(g.drop, l.Index)
			}
		}
	} else {
		if t.Hidden != 0 {
			g.hidden = t.Hidden
		}
		for _, f := range []struct {
			name string
			v    int
		}{{"--hidden", t.Hidden}, {"--heads", t.Heads}, {"--kv-heads", t.KVHeads}, {"--ffn", t.FFN}, {"--layers", t.Layers}} {
			if f.v < 0 {
				errs.Add(diag.Pos{}, "%s %d: must be positive", f.name, f.v)
			}
		}
		if t.Layers > 0 {
			g.keep = t.Layers
		}
		if t.DropLayers != nil {
			if t.Layers != 0 && t.Layers != len(src.Layers)-len(t.DropLayers) {
				errs.Add(diag.Pos{}, "--layers %d and --drop-layers (%d layers) disagree: the source runs %d layers", t.Layers, len(t.DropLayers), len(src.Layers))
			}
			seen := map[int]bool{}
			for _, i := range t.DropLayers {
				switch {
				case !running[i]:
					errs.Add(diag.Pos{}, "--drop-layers: layer %d is not a running layer of the source (it runs %s)", i, layerList(src.Layers))
				case seen[i]:
					errs.Add(diag.Pos{}, "--drop-layers: layer %d is listed twice", i)
				}
				seen[i] = true
			}
			g.drop = slices.Sorted(slices.Values(t.DropLayers))
			g.keep = len(src.Layers) - len(seen)
		}
	}
	hl := t.loc("hidden_size", "--hidden", t.Hidden, -1)
	if g.hidden > src.Hidden {
		hl.add(&errs, "hidden_size = %d is larger than the source's %d; pruning only removes channels", g.hidden, src.Hidden)
	}
	ll := t.loc("num_layers", "--layers", t.Layers, -1)
	switch {
	case g.keep > len(src.Layers):
		ll.add(&errs, "%d layers is more than the %d the source runs; pruning only removes layers", g.keep, len(src.Layers))
	case g.keep < 1 && errs == nil:
		ll.add(&errs, "no layer would be left; at least one must run")
	}
	if errs == nil && g.drop != nil && len(g.keptLayers(g.drop)) != g.keep {
		t.loc("drop_layers", "--drop-layers", 0, -1).add(&errs, "the target runs %d layers, but deleting %v from the source's running layers %s leaves %d",
			g.keep, g.drop, layerList(src.Layers), len(g.keptLayers(g.drop)))
	}
	if errs == nil {
		g.checkLayers(&errs)
	}
	return g, dedupe(errs).Err()
}

// checkSame reports every field of the target spec that pruning cannot change and that
// differs from the source.
func (t *Target) checkSame(src *models.Spec, errs *diag.List) {
	ts := t.Spec
	diff := func(key string, got, want any) {
		if got != want {
			errs.Add(ts.PosOf(key), "%s = %v differs from the source's %v; pruning cannot change it", key, got, want)
		}
	}
	diff("vocab_size", ts.VocabSize, src.VocabSize)
	diff("head_dim", ts.HeadDim, src.HeadDim)
	diff("activation", ts.Activation, src.Activation)
	diff("norm.type", ts.Norm, src.Norm)
	diff("norm.eps", ts.NormEps, src.NormEps)
	diff("rope.theta", ts.RopeTheta, src.RopeTheta)
	diff("rope.partial_rotary_factor", ts.PartialRotary, src.PartialRotary)
	diff("rope.scaling_factor", ts.RopeScaling, src.RopeScaling)
	diff("tie_embeddings", ts.TieEmbeddings, src.TieEmbeddings)
	diff("max_position_embeddings", ts.MaxPositions, src.MaxPositions)
	diff("bos_token_id", ts.BOS, src.BOS)
	diff("eos_token_id", ts.EOS, src.EOS)
	diff("dtype", ts.DType, src.DType)
}

// loc returns where a target value is written: key in the target spec (layer >= 0: the
// override of that target layer), or the flag.
func (t *Target) loc(key, flag string, v, layer int) loc {
	if t.Spec != nil {
		if layer >= 0 && layer < len(t.Spec.Layers) {
			return loc{pos: t.Spec.LayerPos(t.Spec.Layers[layer].Index, key)}
		}
		return loc{pos: t.Spec.PosOf(key)}
	}
	if v == 0 {
		return loc{flag: flag}
	}
	return loc{flag: fmt.Sprintf("%s %d", flag, v)}
}

// layerShape returns the target heads, KV heads and MLP width of the k-th kept layer, whose
// source layer is s.
func (g *goal) layerShape(k int, s models.Layer) (nh, nkv, f int) {
	if ts := g.t.Spec; ts != nil {
		l := ts.Layers[k]
		return l.Heads, l.KVHeads, l.FFN
	}
	nh, nkv, f = s.Heads, s.KVHeads, s.FFN
	if g.t.Heads > 0 {
		nh = g.t.Heads
	}
	if g.t.KVHeads > 0 {
		nkv = g.t.KVHeads
	}
	if g.t.FFN > 0 {
		f = g.t.FFN
	}
	return nh, nkv, f
}

// checkLayers checks every kept layer against its source layer. When the layers to delete are
// chosen later (by block importance), a kept layer only has to fit some source layer here.
// Uniform sizes fail the same way in every layer, so only the first failure is reported.
func (g *goal) checkLayers(errs *diag.List) {
	for k := 0; k < g.keep; k++ {
		var le diag.List
		if g.drop == nil {
			for i, s := range g.src.Layers {
				var e diag.List
				if g.checkLayer(k, s, &e); e == nil {
					le = nil
					break
				}
				if i == 0 {
					le = e // no source layer fits: report the first one's errors
				}
			}
		} else {
			g.checkLayer(k, g.keptLayers(g.drop)[k], &le)
		}
		*errs = append(*errs, le...)
		if le != nil && g.t.Spec == nil {
			return
		}
	}
}

// checkLayer reports why the k-th kept layer cannot be cut from source layer s.
func (g *goal) checkLayer(k int, s models.Layer, errs *diag.List) {
	t := g.t
	nh, nkv, f := g.layerShape(k, s)
	hl := t.loc("num_heads", "--heads", t.Heads, k)
	kl := t.loc("num_kv_heads", "--kv-heads", t.KVHeads, k)
	fl := t.loc("ffn_size", "--ffn", t.FFN, k)
	switch {
	case nkv > s.KVHeads:
		kl.add(errs, "num_kv_heads = %d is more than source layer %d's %d; pruning only removes KV groups", nkv, s.Index, s.KVHeads)
	case nh > s.Heads:
		hl.add(errs, "num_heads = %d is more than source layer %d's %d; pruning only removes heads", nh, s.Index, s.Heads)
	case nh%nkv != 0:
		hl.add(errs, "num_heads = %d cannot be divided into %d KV groups: it must be a multiple of num_kv_heads", nh, nkv)
	case nh/nkv > s.Heads/s.KVHeads:
		hl.add(errs, "%d query heads per KV group (%d heads / %d KV heads) is more than source layer %d's %d: query heads are pruned within their group and whole groups are kept, so lower num_heads or keep more KV heads",
			nh/nkv, nh, nkv, s.Index, s.Heads/s.KVHeads)
	}
	if f > s.FFN {
		fl.add(errs, "ffn_size = %d is more than source layer %d's %d; pruning only removes neurons", f, s.Index, s.FFN)
	}
}

// keptLayers returns the source's running layers without the ones in drop.
func (g *goal) keptLayers(drop []int) []models.Layer {
	var out []models.Layer
	for _, l := range g.src.Layers {
		if !slices.Contains(drop, l.Index) {
			out = append(out, l)
		}
	}
	return out
}

func layerList(ls []models.Layer) string {
	idx := make([]int, len(ls))
	for i, l := range ls {
		idx[i] = l.Index
	}
	return fmt.Sprint(idx)
}

// dedupe drops repeated identical errors (a uniform flag fails the same way in every layer).
func dedupe(l diag.List) diag.List {
	var out diag.List
	seen := map[string]bool{}
	for _, e := range l {
		if s := e.Error(); !seen[s] {
			seen[s] = true
			out = append(out, e)
		}
	}
	return out
}
