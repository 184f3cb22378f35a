package ptx

import (
	"math"

	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/value"
	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/codegen/launch"
	"github.com/mtc-dev/mtc/ir"
)

// rope_cached and rope: copy each row and rotate dims [0,rot) of its first `heads` heads
// (NeoX rotate-half) by the angles of position P+t.
//
//	rope_cached  bufs = [y, x, table]  ints = [P]  cos/sin from table row P+t (f32 [C, rot])
//	rope         bufs = [y, x]         ints = [P]  angles computed in the kernel
//
// Both split over rows, one block per row: the threads first copy the columns that are not
// rotated, then each rotates pairs (j, j+rot/2). A thread reads both values of a pair before
// writing them, so the kernels are also correct in place (y = x).
//
// rope computes the angle (P+t)/scale·f_j in double, with f_j = theta^(-2j/rot) from a constant
// table computed as the interpreter computes it, reduces it to [-π, π] in double (2π split in
// two parts, fused multiply-adds), and takes sin.approx/cos.approx of the reduced f32 angle
// (absolute error about 2^-21).

func (p *lowering) rope(v *ir.Value) ([]artifact.Launch, error) {
	s, l, err := launch.NewRoPE(v, p.weightRef)
	if err != nil {
		return nil, err
	}
	l.Grain = 1
	l.Kernel = p.md.kernel(s.Name(), rowKernel(v.Op.String()), func(k *kb) { emitRoPE(k, s) })
	return []artifact.Launch{l}, nil
}

func emitRoPE(k *kb, s launch.RoPE) {
	y, x := k.buf(0, tF32), k.buf(1, tF32)
	var tab, invf value.Value
	if s.Op == ir.OpRoPECached {
		tab = k.buf(2, tF32)
	} else {
		invf = k.md.constTable(KernelPrefix+s.Name()+".invfreq", s.InvFreq())
	}
	P := k.intArg(0)
	t := k.row()
	pos := k.add(P, t)
	off := k.mulc(t, int64(s.N))
	xr, yr := k.gep(x, off), k.gep(y, off)
	hd, rot, half := int64(s.HeadDim), int64(s.Rot), int64(s.Rot/2)
	k.eachCol(s.N, func(c value.Value) {
		rotated := k.and(k.lt(c, ci64(int64(s.Heads)*hd)), k.lt(k.remc(c, hd), ci64(rot)))
		k.ifThen(k.b.NewXor(rotated, constant.True), func() { k.put(k.at(xr, c), yr, c) })
	})
	k.strided(ci64(int64(s.Heads)*half), func(i value.Value) {
		j := k.remc(i, half)
		base := k.mulc(k.divc(i, half), hd)
		i0, i1 := k.add(base, j), k.add(base, k.addc(j, half))
		u, w := k.at(xr, i0), k.at(xr, i1)
		var cos, sin value.Value
		if tab != nil {
			row := k.gep(tab, k.mulc(pos, rot))
			cos, sin = k.at(row, j), k.at(row, k.addc(j, half))
		} else {
			cos, sin = k.sincos(pos, k.at(invf, j), s.Scale)
		}
		k.put(k.fsub(k.fmul(u, cos), k.fmul(w, sin)), yr, i0)
		k.put(k.fma(u, sin, k.fmul(w, cos)), yr, i1)
	})
}

// sincos returns cos and sin of pos/scale·f as f32 (pos i64, f double).
func (k *kb) sincos(pos, f value.Value, scale float64) (cos, sin value.Value) {
	const twoPiHi = 6.283185307179586
	const twoPiLo = 2.4492935982947064e-16
	a := k.fmul(k.fdiv(k.b.NewSIToFP(pos, tF64), cf64(scale)), f)
	fma64 := k.md.intrinsic("llvm.fma.f64", tF64, tF64, tF64, tF64)
	rint := k.md.intrinsic("llvm.rint.f64", tF64, tF64)
	n := k.call(rint, k.fmul(a, cf64(1/(2*math.Pi))))
	neg := k.b.NewFNeg(n)
	r := k.call(fma64, neg, cf64(twoPiHi), a)
	r = k.call(fma64, neg, cf64(twoPiLo), r)
	rf := k.b.NewFPTrunc(r, tF32)
	return k.cosApprox(rf), k.sinApprox(rf)
}
