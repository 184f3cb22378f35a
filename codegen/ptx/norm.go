package ptx

import (
	"fmt"

	"github.com/llir/llvm/ir/value"
	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/codegen/launch"
	"github.com/mtc-dev/mtc/ir"
)

// layernorm and layernorm1p: y = (x-mean)/sqrt(var+eps)·γ + β per row (γ+1 for layernorm1p),
// with the two-pass mean and biased variance in f32.
//
// ABI: bufs = [y, x, γ, β]; ints = []; split over rows, one block of rowBlock threads per row.
// The threads stride over the row; the sums are reduced with warp shuffles and then across
// the warps through 32 floats of shared memory. γ and β may be f32, bf16 or f16.

type normSpec struct {
	op       ir.Op
	gdt, bdt ir.DType
	h        int
	eps      float64
}

func (s normSpec) name() string {
	return fmt.Sprintf("%v_g%s_b%s_h%d_eps%s", s.op, s.gdt, s.bdt, s.h, launch.FloatName(s.eps, 32))
}

func (p *lowering) layerNorm(v *ir.Value) ([]artifact.Launch, error) {
	h, err := launch.ConstCols(v)
	if err != nil {
		return nil, err
	}
	g, b := v.Weights[0], v.Weights[1]
	s := normSpec{op: v.Op, gdt: g.Type.DType, bdt: b.Type.DType, h: h, eps: v.Attrs.Float("eps")}
	l := artifact.Launch{
		Bufs:  []artifact.Ref{launch.Arena(v), launch.Arena(v.Args[0]), p.weightRef(g), p.weightRef(b)},
		Split: launch.RowsExpr(v),
		Grain: 1,
	}
	ks := kernelSpec{op: v.Op.String(), block: rowBlock, shared: 32 * 4}
	l.Kernel = p.md.kernel(s.name(), ks, func(k *kb) { emitNorm(k, s) })
	return []artifact.Launch{l}, nil
}

func emitNorm(k *kb, s normSpec) {
	y, x := k.buf(0, tF32), k.buf(1, tF32)
	g, b := k.buf(2, storage(s.gdt)), k.buf(3, storage(s.bdt))
	t := k.row()
	off := k.mulc(t, int64(s.h))
	xr, yr := k.gep(x, off), k.gep(y, off)
	invH := cf32(1 / float64(s.h))
	sum := k.local(tF32, cf32(0))
	k.eachCol(s.h, func(c value.Value) { sum.set(k.fadd(sum.get(), k.at(xr, c))) })
	mean := k.fmul(k.blockSum(sum.get(), 0), invH)
	ss := k.local(tF32, cf32(0))
	k.eachCol(s.h, func(c value.Value) {
		d := k.fsub(k.at(xr, c), mean)
		ss.set(k.fma(d, d, ss.get()))
	})
	vr := k.fmul(k.blockSum(ss.get(), 0), invH)
	inv := k.fdiv(cf32(1), k.sqrt(k.fadd(vr, cf32(s.eps))))
	k.eachCol(s.h, func(c value.Value) {
		gv := k.toF32(s.gdt, k.at(g, c))
		if s.op == ir.OpLayerNorm1P {
			gv = k.fadd(gv, cf32(1))
		}
		d := k.fmul(k.fsub(k.at(xr, c), mean), inv)
		k.put(k.fma(d, gv, k.toF32(s.bdt, k.at(b, c))), yr, c)
	})
}
