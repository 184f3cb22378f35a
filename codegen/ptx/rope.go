package ptx

import (
	"fmt"
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

type ropeSpec struct {
	op                ir.Op
	n, heads, hd, rot int
	theta, scale      float64 // rope only
}

func (s ropeSpec) name() string {
	name := fmt.Sprintf("%v_n%d_h%d_d%d_r%d", s.op, s.n, s.heads, s.hd, s.rot)
	if s.op == ir.OpRoPE {
		name += "_th" + launch.FloatName(s.theta, 64) + "_sc" + launch.FloatName(s.scale, 64)
	}
	return name
}

func (p *lowering) rope(v *ir.Value) ([]artifact.Launch, error) {
	n, err := launch.ConstCols(v)
	if err != nil {
		return nil, err
	}
	s := ropeSpec{op: v.Op, n: n, heads: v.Attrs.Int("heads"), hd: v.Attrs.Int("head_dim"), rot: v.Attrs.Int("rot")}
	l := artifact.Launch{
		Bufs:  []artifact.Ref{launch.Arena(v), launch.Arena(v.Args[0])},
		Ints:  []artifact.Expr{{P: 1}},
		Split: launch.RowsExpr(v),
		Grain: 1,
	}
	if v.Op == ir.OpRoPECached {
		l.Bufs = append(l.Bufs, p.weightRef(v.Weights[0]))
	} else {
		s.theta, s.scale = v.Attrs.Float("theta"), v.Attrs.Float("scale")
	}
	l.Kernel = p.md.kernel(s.name(), rowKernel(v.Op.String()), func(k *kb) { emitRoPE(k, s) })
	return []artifact.Launch{l}, nil
}

func emitRoPE(k *kb, s ropeSpec) {
	y, x := k.buf(0, tF32), k.buf(1, tF32)
	var tab, invf value.Value
	if s.op == ir.OpRoPECached {
		tab = k.buf(2, tF32)
	} else {
		half := s.rot / 2
		f := make([]float64, half)
		for j := range f {
			f[j] = math.Pow(s.theta, -2*float64(j)/float64(s.rot))
		}
		invf = k.md.constTable(KernelPrefix+s.name()+".invfreq", f)
	}
	P := k.intArg(0)
	t := k.row()
	pos := k.add(P, t)
	off := k.mulc(t, int64(s.n))
	xr, yr := k.gep(x, off), k.gep(y, off)
	hd, rot, half := int64(s.hd), int64(s.rot), int64(s.rot/2)
	k.eachCol(s.n, func(c value.Value) {
		rotated := k.and(k.lt(c, ci64(int64(s.heads)*hd)), k.lt(k.remc(c, hd), ci64(rot)))
		k.ifThen(k.b.NewXor(rotated, constant.True), func() { k.put(k.at(xr, c), yr, c) })
	})
	k.strided(ci64(int64(s.heads)*half), func(i value.Value) {
		j := k.remc(i, half)
		base := k.mulc(k.divc(i, half), hd)
		i0, i1 := k.add(base, j), k.add(base, k.addc(j, half))
		u, w := k.at(xr, i0), k.at(xr, i1)
		var cos, sin value.Value
		if tab != nil {
			row := k.gep(tab, k.mulc(pos, rot))
			cos, sin = k.at(row, j), k.at(row, k.addc(j, half))
		} else {
			cos, sin = k.sincos(pos, k.at(invf, j), s.scale)
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
