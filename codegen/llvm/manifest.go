package llvm

import (
	"fmt"
	"sort"

	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/internal/diag"
	"github.com/mtc-dev/mtc/ir"
)

// transforms maps IR weight transforms to their manifest spelling.
var transforms = map[ir.WeightOp]string{
	ir.WeightLoad:      artifact.TransformLoad,
	ir.WeightAdd1:      artifact.TransformAdd1,
	ir.WeightConcat:    artifact.TransformConcat,
	ir.WeightRoPETable: artifact.TransformRoPETable,
}

// ManifestWeight describes w for the runtime: its name, dtype, shape (the KV-cache capacity as
// artifact.ShapeCapacity) and load-time transform. The CUDA code generator shares it.
func ManifestWeight(w *ir.Weight) (artifact.Weight, error) {
	tr, ok := transforms[w.Op]
	if !ok {
		return artifact.Weight{}, fmt.Errorf("unknown transform %v", w.Op)
	}
	aw := artifact.Weight{Name: w.Name, DType: w.Type.DType.String(), Transform: tr}
	for _, d := range w.Type.Shape {
		switch {
		case d == ir.DimC:
			aw.Shape = append(aw.Shape, artifact.ShapeCapacity)
		case d < 0:
			return artifact.Weight{}, fmt.Errorf("dimension %v of a weight must be a constant or C", d)
		default:
			aw.Shape = append(aw.Shape, int64(d))
		}
	}
	for _, a := range w.Args {
		aw.Args = append(aw.Args, a.Name)
	}
	if len(w.Attrs) > 0 {
		aw.Attrs = map[string]float64{}
		for k, v := range w.Attrs {
			aw.Attrs[k] = v
		}
	}
	return aw, nil
}

// kvSlots returns one KV-cache slot per attention, indexed by its layer attribute, and checks
// that the layers number the slots 0..n-1 with no gap.
func kvSlots(g *ir.Graph) ([]artifact.Slot, error) {
	byLayer := map[int]*ir.Value{}
	for _, v := range g.Values {
		if v.Op == ir.OpAttention || v.Op == ir.OpGQAAttention {
			byLayer[v.Attrs.Int("layer")] = v
		}
	}
	layers := make([]int, 0, len(byLayer))
	for l := range byLayer {
		layers = append(layers, l)
	}
	sort.Ints(layers)
	slots := make([]artifact.Slot, len(layers))
	for i, l := range layers {
		v := byLayer[l]
		if l != i {
			return nil, diag.Errorf(v.Pos, "%%%d (%v) has layer=%d, but the attention layers must be numbered 0..%d without gaps (layer %d is missing)",
				v.ID, v.Op, l, len(layers)-1, i)
		}
		slots[i] = artifact.Slot{Width: v.Attrs.Int("kv_heads") * v.Attrs.Int("head_dim")}
	}
	return slots, nil
}
