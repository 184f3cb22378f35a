package llvm

import (
	"fmt"
	"math"

	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
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
// Both split over rows. rope computes exactly what the interpreter does in double precision:
// pos = (P+t)/scale, angle = pos·f_j with f_j = theta^(-2j/rot) baked in as a constant table,
// cos and sin by an inline polynomial (see sincos), the rotation in double, rounded to f32.

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
	}
	if v.Op == ir.OpRoPECached {
		l.Bufs = append(l.Bufs, p.weightRef(v.Weights[0]))
	} else {
		s.theta, s.scale = v.Attrs.Float("theta"), v.Attrs.Float("scale")
	}
	l.Kernel = p.md.kernel(s.name(), v.Op, func(k *kfn) { emitRoPE(k, s) })
	return []artifact.Launch{l}, nil
}

func emitRoPE(k *kfn, s ropeSpec) {
	y, x := k.buf(0, tF32), k.buf(1, tF32)
	P := k.intArg(0)
	N := ci64(int64(s.n))
	var tab, invf value.Value
	if s.op == ir.OpRoPECached {
		tab = k.buf(2, tF32)
	} else {
		invf = k.md.invFreq(s)
	}
	k.forRange(k.begin, k.end, 1, func(t value.Value) {
		yr := k.gep(y, k.mul(t, N))
		k.copyRow(yr, k.gep(x, k.mul(t, N)), s.n)
		pos := k.add(P, t)
		if s.op == ir.OpRoPECached {
			tr := k.gep(tab, k.mul(pos, ci64(int64(s.rot))))
			k.forRange(ci64(0), ci64(int64(s.heads)), 1, func(h value.Value) {
				k.rotateHalf(k.gep(yr, k.mul(h, ci64(int64(s.hd)))), tr, s.rot)
			})
			return
		}
		fpos := k.fdiv(k.b.NewSIToFP(pos, tF64), cf64(s.scale))
		half := int64(s.rot / 2)
		k.forRange(ci64(0), ci64(half), 1, func(j value.Value) {
			sin, cos := k.sincos(k.fmul(fpos, k.load(invf, j)))
			k.forRange(ci64(0), ci64(int64(s.heads)), 1, func(h value.Value) {
				i := k.add(k.mul(h, ci64(int64(s.hd))), j)
				i2 := k.add(i, ci64(half))
				u := k.b.NewFPExt(k.load(yr, i), tF64)
				w := k.b.NewFPExt(k.load(yr, i2), tF64)
				k.store(k.b.NewFPTrunc(k.fsub(k.fmul(u, cos), k.fmul(w, sin)), tF32), yr, i)
				k.store(k.b.NewFPTrunc(k.fadd(k.fmul(w, cos), k.fmul(u, sin)), tF32), yr, i2)
			})
		})
	})
}

// invFreq returns a pointer to a private constant table of theta^(-2j/rot), j < rot/2,
// computed as the interpreter computes it.
func (md *module) invFreq(s ropeSpec) value.Value {
	half := s.rot / 2
	elems := make([]constant.Constant, half)
	for j := range elems {
		elems[j] = cf64(math.Pow(s.theta, -2*float64(j)/float64(s.rot)))
	}
	at := types.NewArray(uint64(half), tF64)
	g := md.m.NewGlobalDef(KernelPrefix+s.name()+".invfreq", constant.NewArray(at, elems...))
	g.Immutable = true
	g.Linkage = enum.LinkagePrivate
	g.UnnamedAddr = enum.UnnamedAddrUnnamedAddr
	g.Align = 8
	return constant.NewGetElementPtr(at, g, ci64(0), ci64(0))
}
