package llvm

import (
	"fmt"

	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/value"
	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/codegen/launch"
	"github.com/mtc-dev/mtc/ir"
)

// embed: y[t] = E[tok[t]] converted to f32.
//
// ABI: bufs = [y, tokens (i32), E]; ints = []; split over rows. A token id outside
// [0, vocab) never reads E: its row of y is filled with NaN (the runtime rejects such ids
// before the step; this keeps a bad id from reading out of bounds).

type embedSpec struct {
	dt       ir.DType
	vocab, h int
}

func (s embedSpec) name() string {
	return fmt.Sprintf("embed_%s_v%d_h%d", dtypeName(s.dt), s.vocab, s.h)
}

func (p *lowering) embed(v *ir.Value) ([]artifact.Launch, error) {
	e := v.Weights[0]
	s := embedSpec{dt: e.Type.DType, vocab: int(e.Type.Shape[0]), h: int(e.Type.Shape[1])}
	if s.vocab <= 0 || s.h <= 0 {
		return nil, fmt.Errorf("embedding @%s has shape %v, want positive dimensions", e.Name, e.Type.Shape)
	}
	if v.Args[0].Op != ir.OpTokens {
		return nil, fmt.Errorf("embed reads %%%d (%v); the CPU backend embeds only the step's tokens", v.Args[0].ID, v.Args[0].Op)
	}
	l := artifact.Launch{
		Bufs:  []artifact.Ref{launch.Arena(v), {Kind: artifact.RefTokens}, p.weightRef(e)},
		Split: launch.RowsExpr(v),
	}
	l.Kernel = p.md.kernel(s.name(), v.Op, func(k *kfn) { emitEmbed(k, s) })
	return []artifact.Launch{l}, nil
}

func emitEmbed(k *kfn, s embedSpec) {
	y, tok, e := k.buf(0, tF32), k.buf(1, tI32), k.weightBuf(2, s.dt)
	H := ci64(int64(s.h))
	k.forRange(k.begin, k.end, 1, func(t value.Value) {
		yr := k.gep(y, k.mul(t, H))
		id := k.b.NewSExt(k.load(tok, t), tI64)
		inRange := k.icmp(enum.IPredULT, id, ci64(int64(s.vocab)))
		k.ifElse(inRange, func() {
			er := k.gep(e, k.mul(id, H))
			k.each(s.h, func(off value.Value, lanes int) {
				k.vstore(k.vloadF32(s.dt, er, off, lanes), yr, off, lanes)
			})
		}, func() {
			nan := k.splatC(cf32(nanF32))
			k.each(s.h, func(off value.Value, lanes int) { k.vstore(nan, yr, off, lanes) })
		})
	})
}
