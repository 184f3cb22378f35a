package llvm

import (
	"fmt"

	"github.com/mtc-dev/mtc/artifact"
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
