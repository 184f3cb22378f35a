package llvm

import (
	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/internal/diag"
	"github.com/mtc-dev/mtc/ir"
)

// Matrices: the weight a matmul reads (its Weights[0]) is a matrix. A concat matrix (packed QKV)
// is read through its parts, in place, so the runtime never builds the packed copy; with
// Options.WeightsDType int8 every matrix (every part) is read in its q8 form, a weight derived
// from it at load time and listed right after it — except by the output head, the matmul that
// computes the graph's result (the LM head): it keeps the stored dtype and exact precision.
// Its errors go straight into the logits, it is computed for the R rows that need logits only,
// and keeping it is what quantisers commonly do (llama.cpp's --leave-output-tensor): with it
// quantised, random-weight test models lose the reference argmax at up to 15% of positions.

// isMatmul reports whether op is of the matmul family.
func isMatmul(op ir.Op) bool {
	switch op {
	case ir.OpMatMul, ir.OpMatMulSqReLU, ir.OpMatMulAdd, ir.OpMatMulRoPE:
		return true
	}
	return false
}

// matrixParts returns the weights a matmul kernel reads for matrix w: the arguments of a concat,
// else w itself.
func (p *lowering) matrixParts(w *ir.Weight) []*ir.Weight {
	if partsReadable(w) {
		return w.Args
	}
	return []*ir.Weight{w}
}

// partsReadable reports whether a matmul can read matrix w through its parts: w is a concat of
// matrices of its dtype and column count.
func partsReadable(w *ir.Weight) bool {
	if w.Op != ir.WeightConcat || len(w.Args) == 0 || len(w.Type.Shape) != 2 {
		return false
	}
	for _, a := range w.Args {
		if a.Type.DType != w.Type.DType || len(a.Type.Shape) != 2 || a.Type.Shape[1] != w.Type.Shape[1] || a.Type.Shape[0] <= 0 {
			return false
		}
	}
	return true
}

// isHead reports whether v is the output head: the matmul whose result is the graph's.
func (p *lowering) isHead(v *ir.Value) bool { return v == p.g.Result && isMatmul(v.Op) }

// matrixRef is the reference to the form of matrix part w the matmul v reads.
func (p *lowering) matrixRef(v *ir.Value, w *ir.Weight) artifact.Ref {
	if i, ok := p.q8[w]; ok && !p.isHead(v) {
		return artifact.Ref{Kind: artifact.RefWeight, Index: i}
	}
	return p.weightRef(w)
}

// planWeights lists the weights of the manifest and fills p.weights and p.q8.
func (p *lowering) planWeights(errs *diag.List) []artifact.Weight {
	matrix := map[*ir.Weight]bool{}   // read by a matmul kernel
	otherUse := map[*ir.Weight]bool{} // read as something else than a matmul's matrix
	for _, v := range p.g.Values {
		for i, w := range v.Weights {
			if !isMatmul(v.Op) || i != 0 {
				otherUse[w] = true
				continue
			}
			if p.isHead(v) {
				otherUse[w] = true // read as stored
				continue
			}
			for _, part := range p.matrixParts(w) {
				matrix[part] = true
			}
			if partsReadable(w) {
				continue
			}
			matrix[w] = true
		}
	}
	for _, w := range p.g.Weights {
		for _, a := range w.Args {
			otherUse[a] = true
		}
	}
	var out []artifact.Weight
	for _, w := range p.g.UsedWeights() {
		if partsReadable(w) && !otherUse[w] && !matrix[w] {
			continue // read through its parts only
		}
		aw, err := ManifestWeight(w)
		if err != nil {
			errs.Add(w.Pos, "weight @%s: %v", w.Name, err)
			continue
		}
		p.weights[w] = len(out)
		out = append(out, aw)
		if matrix[w] && p.md.o.WeightsDType == WeightsInt8 {
			if _, err := floatFormat(w.Type.DType); err != nil {
				errs.Add(w.Pos, "weight @%s: %v", w.Name, err)
				continue
			}
			p.q8[w] = len(out)
			out = append(out, artifact.Weight{
				Name: w.Name + Q8Suffix, DType: artifact.DTypeQ8, Shape: append([]int64(nil), aw.Shape...),
				Transform: artifact.TransformQuantizeQ8, Args: []string{w.Name},
			})
		}
	}
	return out
}

// Q8Suffix ends the name of the q8 form of a matrix in the manifest.
const Q8Suffix = ".q8"
