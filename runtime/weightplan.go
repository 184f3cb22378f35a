package runtime

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/weights"
)

// manifestDTypes maps the manifest's dtype names to checkpoint dtypes.
var manifestDTypes = map[string]weights.DType{
	"f32":  weights.F32,
	"bf16": weights.BF16,
	"f16":  weights.F16,
	"i8":   weights.I8,
}

// weightShape returns w's shape with the capacity dimension bound.
func weightShape(w artifact.Weight, capacity int) []int64 {
	s := make([]int64, len(w.Shape))
	for i, d := range w.Shape {
		if d == artifact.ShapeCapacity {
			d = int64(capacity)
		}
		s[i] = d
	}
	return s
}

// numel returns the number of elements of shape, or -1 when it overflows.
func numel(shape []int64) int64 {
	n := int64(1)
	for _, d := range shape {
		if d != 0 && n > math.MaxInt64/d {
			return -1
		}
		n *= d
	}
	return n
}

// checkWeights checks that the manifest's weights can be built: concrete shapes for checkpoint
// tensors and consistent arguments, dtypes and attributes for the derived ones. Validate has
// already checked names, dtype names and that arguments precede their users.
func checkWeights(mpath string, m *artifact.Manifest, capacity int) error {
	var errs []string
	index := map[string]int{}
	for i, w := range m.Weights {
		index[w.Name] = i
		bad := func(format string, args ...any) {
			errs = append(errs, fmt.Sprintf("weights[%d] (%s): ", i, w.Name)+fmt.Sprintf(format, args...))
		}
		shape := weightShape(w, capacity)
		if numel(shape) < 0 {
			bad("shape %v overflows", w.Shape)
			continue
		}
		args := make([]artifact.Weight, len(w.Args))
		for j, a := range w.Args {
			args[j] = m.Weights[index[a]]
		}
		switch w.Transform {
		case artifact.TransformLoad:
			for _, d := range w.Shape {
				if d == artifact.ShapeCapacity {
					bad("a checkpoint tensor cannot have the KV-cache capacity as a dimension (shape %v)", w.Shape)
					break
				}
			}
		case artifact.TransformAdd1:
			switch a := args[0]; {
			case len(args) != 1:
				bad("add1 takes one argument, has %d", len(args))
			case w.DType != "f32":
				bad("add1 produces f32, the manifest says %s", w.DType)
			case a.DType == "i8":
				bad("add1 of %s needs a float argument, it is %s", a.Name, a.DType)
			case len(a.Shape) != 1 || !slices.Equal(a.Shape, w.Shape):
				bad("add1 of %s %v must have the shape of its one-dimensional argument, has %v", a.Name, a.Shape, w.Shape)
			}
		case artifact.TransformConcat:
			if len(w.Shape) != 2 {
				bad("concat produces a matrix, shape %v", w.Shape)
				break
			}
			rows := int64(0)
			for _, a := range args {
				if a.DType != w.DType || len(a.Shape) != 2 || a.Shape[1] != w.Shape[1] || a.Shape[0] < 0 {
					bad("concat argument %s is %s%v, expected %s[n,%d]", a.Name, a.DType, a.Shape, w.DType, w.Shape[1])
				}
				if len(a.Shape) == 2 {
					rows += a.Shape[0]
				}
			}
			if rows != w.Shape[0] {
				bad("concat of %d rows, the shape says %d", rows, w.Shape[0])
			}
		case artifact.TransformQuantizeQ8:
			switch a := args[0]; {
			case len(args) != 1:
				bad("quantize_q8 takes one argument, has %d", len(args))
			case w.DType != artifact.DTypeQ8:
				bad("quantize_q8 produces %s, the manifest says %s", artifact.DTypeQ8, w.DType)
			case !manifestDTypes[a.DType].IsFloat():
				bad("quantize_q8 of %s needs a float argument, it is %s", a.Name, a.DType)
			case len(a.Shape) != 2 || !slices.Equal(a.Shape, w.Shape) || a.Shape[0] <= 0 || a.Shape[1] <= 0:
				bad("quantize_q8 of %s %v must have the shape of its argument, a non-empty matrix, has %v", a.Name, a.Shape, w.Shape)
			}
		case artifact.TransformRoPETable:
			rot, theta, scale := w.Attrs["rot"], w.Attrs["theta"], w.Attrs["scale"]
			switch {
			case rot <= 0 || rot != math.Trunc(rot) || int64(rot)%2 != 0:
				bad("rope_table needs an even positive attribute rot, has %v", rot)
			case !(theta > 0) || math.IsInf(theta, 0):
				bad("rope_table needs a positive finite attribute theta, has %v", theta)
			case !(scale > 0) || math.IsInf(scale, 0):
				bad("rope_table needs a positive finite attribute scale, has %v", scale)
			case w.DType != "f32" || len(w.Shape) != 2 || w.Shape[0] != artifact.ShapeCapacity || w.Shape[1] != int64(rot):
				bad("rope_table is f32[C,%v], the manifest says %s%v", rot, w.DType, w.Shape)
			}
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s: invalid weights: %s", mpath, strings.Join(errs, "; "))
	}
	return nil
}
