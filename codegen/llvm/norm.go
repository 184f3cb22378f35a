package llvm

import (
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/value"
	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/codegen/launch"
	"github.com/mtc-dev/mtc/ir"
)

// layernorm and layernorm1p: y = (x-mean)/sqrt(var+eps)·γ + β per row (γ+1 for layernorm1p),
// with the two-pass mean and biased variance in f32.
//
// ABI: bufs = [y, x, γ, β]; ints = []; split over rows. γ and β may be f32, bf16 or f16; the
// width h and eps are constants of the kernel.

func (p *lowering) layerNorm(v *ir.Value) ([]artifact.Launch, error) {
	s, l, err := launch.NewNorm(v, p.weightRef)
	if err != nil {
		return nil, err
	}
	l.Kernel = p.md.kernel(s.Name(), v.Op, func(k *kfn) { emitNorm(k, s) })
	return []artifact.Launch{l}, nil
}

func emitNorm(k *kfn, s launch.Norm) {
	y, x := k.buf(0, tF32), k.buf(1, tF32)
	g, b := k.weightBuf(2, s.GDT), k.weightBuf(3, s.BDT)
	H := ci64(int64(s.H))
	invH := cf32(1 / float64(s.H))
	k.forRange(k.begin, k.end, 1, func(t value.Value) {
		xr := k.gep(x, k.mul(t, H))
		yr := k.gep(y, k.mul(t, H))
		sum := k.reduce(s.H, func(off value.Value, lanes int, acc value.Value) value.Value {
			return k.fadd(acc, k.vload(xr, off, lanes))
		})
		mean := k.fmul(sum, invH)
		vmean := k.splat(mean)
		ss := k.reduce(s.H, func(off value.Value, lanes int, acc value.Value) value.Value {
			d := k.fsub(k.vload(xr, off, lanes), vmean)
			if lanes < k.vw { // lanes past the row hold 0 - mean
				d = k.sel(k.laneMask(lanes), d, constant.NewZeroInitializer(k.vecT(tF32)))
			}
			return k.fma(d, d, acc)
		})
		inv := k.fdiv(cf32(1), k.sqrt(k.fadd(k.fmul(ss, invH), cf32(s.Eps))))
		vinv := k.splat(inv)
		k.each(s.H, func(off value.Value, lanes int) {
			gv := k.vloadF32(s.GDT, g, off, lanes)
			if s.Op == ir.OpLayerNorm1P {
				gv = k.fadd(gv, k.splatC(cf32(1)))
			}
			bv := k.vloadF32(s.BDT, b, off, lanes)
			d := k.fmul(k.fsub(k.vload(xr, off, lanes), vmean), vinv)
			k.vstore(k.fma(d, gv, bv), yr, off, lanes)
		})
	})
}
