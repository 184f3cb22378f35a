package llvm

import (
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

func (p *lowering) rope(v *ir.Value) ([]artifact.Launch, error) {
	s, l, err := launch.NewRoPE(v, p.weightRef)
	if err != nil {
		return nil, err
	}
	l.Kernel = p.md.kernel(s.Name(), v.Op, func(k *kfn) { emitRoPE(k, s) })
	return []artifact.Launch{l}, nil
}

func emitRoPE(k *kfn, s launch.RoPE) {
	y, x := k.buf(0, tF32), k.buf(1, tF32)
	P := k.intArg(0)
	N := ci64(int64(s.N))
	var tab, invf value.Value
	if s.Op == ir.OpRoPECached {
		tab = k.buf(2, tF32)
	} else {
		invf = k.md.invFreq(s)
	}
	k.forRange(k.begin, k.end, 1, func(t value.Value) {
		yr := k.gep(y, k.mul(t, N))
		k.copyRow(yr, k.gep(x, k.mul(t, N)), s.N)
		pos := k.add(P, t)
		if s.Op == ir.OpRoPECached {
			tr := k.gep(tab, k.mul(pos, ci64(int64(s.Rot))))
			k.forRange(ci64(0), ci64(int64(s.Heads)), 1, func(h value.Value) {
				k.rotateHalf(k.gep(yr, k.mul(h, ci64(int64(s.HeadDim)))), tr, s.Rot)
			})
			return
		}
		fpos := k.fdiv(k.b.NewSIToFP(pos, tF64), cf64(s.Scale))
		half := int64(s.Rot / 2)
		k.forRange(ci64(0), ci64(half), 1, func(j value.Value) {
			sin, cos := k.sincos(k.fmul(fpos, k.load(invf, j)))
			k.forRange(ci64(0), ci64(int64(s.Heads)), 1, func(h value.Value) {
				i := k.add(k.mul(h, ci64(int64(s.HeadDim))), j)
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
func (md *module) invFreq(s launch.RoPE) value.Value {
	f := s.InvFreq()
	half := len(f)
	elems := make([]constant.Constant, half)
	for j, x := range f {
		elems[j] = cf64(x)
	}
	at := types.NewArray(uint64(half), tF64)
	g := md.m.NewGlobalDef(KernelPrefix+s.Name()+".invfreq", constant.NewArray(at, elems...))
	g.Immutable = true
	g.Linkage = enum.LinkagePrivate
	g.UnnamedAddr = enum.UnnamedAddrUnnamedAddr
	g.Align = 8
	return constant.NewGetElementPtr(at, g, ci64(0), ci64(0))
}
