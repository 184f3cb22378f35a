package prune

import (
	"fmt"
	"slices"

	"github.com/mtc-dev/mtc/internal/diag"
	"github.com/mtc-dev/mtc/models"
)

// Plan says what a pruned model keeps of its source. Every index list is ascending, so the
// pruned model keeps the source's order in every axis.
type Plan struct {
	Hidden  []int       `json:"hidden"`  // kept residual channels
	Layers  []LayerPlan `json:"layers"`  // kept layers, in order (the k-th becomes layer k)
	Dropped []int       `json:"dropped"` // deleted running layers, by checkpoint index
}

// LayerPlan says what one kept layer keeps.
type LayerPlan struct {
	Index   int   `json:"index"`    // the source's checkpoint layer index
	Heads   []int `json:"heads"`    // kept query heads
	KVHeads []int `json:"kv_heads"` // kept KV heads (query groups)
	Neurons []int `json:"neurons"`  // kept MLP neurons
}

// upTo returns 0, 1, ..., n-1.
func upTo(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// MakePlan ranks the units of src by imp and keeps the most important ones, in the shape t
// asks for (see the package doc for the rules of each axis). imp must describe src: from
// Calibrate on src, or RandomImportance(src, seed).
func MakePlan(src *models.Spec, t *Target, imp *Importance) (*Plan, error) {
	if err := imp.fits(src); err != nil {
		return nil, err
	}
	g, err := t.resolve(src)
	if err != nil {
		return nil, err
	}
	drop := g.drop
	if drop == nil {
		// Delete the layers of lowest block importance.
		bi := make([]float64, len(src.Layers))
		for i, l := range imp.Layers {
			bi[i] = l.Block
		}
		keep := topK(bi, g.keep)
		drop = []int{}
		for _, i := range complement(keep, len(src.Layers)) {
			drop = append(drop, src.Layers[i].Index)
		}
		var errs diag.List
		g.drop = drop
		g.checkLayers(&errs)
		if err := errs.Err(); err != nil {
			return nil, fmt.Errorf("after choosing layers %v to delete by block importance:\n%w", drop, err)
		}
	}
	p := &Plan{Hidden: topK(imp.Embedding, g.hidden), Dropped: drop}
	for k, s := range g.keptLayers(drop) {
		li := imp.Layers[slices.IndexFunc(src.Layers, func(l models.Layer) bool { return l.Index == s.Index })]
		nh, nkv, f := g.layerShape(k, s)
		lp := LayerPlan{Index: s.Index, Neurons: topK(li.Neurons, f)}
		lp.KVHeads = topK(li.KVGroups, nkv)
		group, keepPer := s.Heads/s.KVHeads, nh/nkv
		for _, j := range lp.KVHeads {
			for _, h := range topK(li.Heads[j*group:(j+1)*group], keepPer) {
				lp.Heads = append(lp.Heads, j*group+h)
			}
		}
		p.Layers = append(p.Layers, lp)
	}
	return p, nil
}

// fits checks that imp has a score for every unit of s.
func (imp *Importance) fits(s *models.Spec) error {
	if imp == nil {
		return fmt.Errorf("no importance scores")
	}
	if len(imp.Embedding) != s.Hidden || len(imp.Layers) != len(s.Layers) {
		return fmt.Errorf("importance scores for %d channels and %d layers do not fit model %s (%d channels, %d layers)",
			len(imp.Embedding), len(imp.Layers), s.Name, s.Hidden, len(s.Layers))
	}
	for i, l := range s.Layers {
		li := imp.Layers[i]
		if li.Index != l.Index || len(li.Heads) != l.Heads || len(li.KVGroups) != l.KVHeads || len(li.Neurons) != l.FFN {
			return fmt.Errorf("importance scores of layer %d (%d heads, %d KV groups, %d neurons) do not fit layer %d of model %s (%d, %d, %d)",
				li.Index, len(li.Heads), len(li.KVGroups), len(li.Neurons), l.Index, s.Name, l.Heads, l.KVHeads, l.FFN)
		}
	}
	return nil
}
