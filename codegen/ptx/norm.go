package ptx

import (
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

func (p *lowering) layerNorm(v *ir.Value) ([]artifact.Launch, error) {
	s, l, err := launch.NewNorm(v, p.weightRef)
	if err != nil {
		return nil, err
	}
	l.Grain = 1
	ks := kernelSpec{op: v.Op.String(), block: rowBlock, shared: 32 * 4}
	l.Kernel = p.md.kernel(s.Name(), ks, func(k *kb) { emitNorm(k, s) })
	return []artifact.Launch{l}, nil
}

func emitNorm(k *kb, s launch.Norm) {
	y, x := k.buf(0, tF32), k.buf(1, tF32)
	g, b := k.buf(2, storage(s.GDT)), k.buf(3, storage(s.BDT))
	t := k.row()
	off := k.mulc(t, int64(s.H))
	xr, yr := k.gep(x, off), k.gep(y, off)
	invH := cf32(1 / float64(s.H))
	sum := k.local(tF32, cf32(0))
	k.eachCol(s.H, func(c value.Value) { sum.set(k.fadd(sum.get(), k.at(xr, c))) })
	mean := k.fmul(k.blockSum(sum.get(), 0), invH)
	ss := k.local(tF32, cf32(0))
	k.eachCol(s.H, func(c value.Value) {
		d := k.fsub(k.at(xr, c), mean)
		ss.set(k.fma(d, d, ss.get()))
	})
	vr := k.fmul(k.blockSum(ss.get(), 0), invH)
	inv := k.fdiv(cf32(1), k.sqrt(k.fadd(vr, cf32(s.Eps))))
	k.eachCol(s.H, func(c value.Value) {
		gv := k.toF32(s.GDT, k.at(g, c))
		if s.Op == ir.OpLayerNorm1P {
			gv = k.fadd(gv, cf32(1))
		}
		d := k.fmul(k.fsub(k.at(xr, c), mean), inv)
		k.put(k.fma(d, gv, k.toF32(s.BDT, k.at(b, c))), yr, c)
	})
}
