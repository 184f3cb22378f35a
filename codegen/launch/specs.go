package launch

import (
	"fmt"
	"math"

	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/ir"
)

// RoPE is what a rope or rope_cached kernel bakes in. Both kernels copy each of the N columns of
// a row and rotate dims [0,Rot) of its first Heads heads (of HeadDim) by the angles of position
// P+t (NeoX rotate-half): from the table row P+t (rope_cached) or computed (rope, Theta and
// Scale).
type RoPE struct {
	Op                     ir.Op
	N, Heads, HeadDim, Rot int
	Theta, Scale           float64 // rope only
}

// Name is the kernel name of s (without the backend's prefix).
func (s RoPE) Name() string {
	name := fmt.Sprintf("%v_n%d_h%d_d%d_r%d", s.Op, s.N, s.Heads, s.HeadDim, s.Rot)
	if s.Op == ir.OpRoPE {
		name += "_th" + FloatName(s.Theta, 64) + "_sc" + FloatName(s.Scale, 64)
	}
	return name
}

// InvFreq is theta^(-2j/rot) for j < Rot/2, computed as the interpreter computes it.
func (s RoPE) InvFreq() []float64 {
	f := make([]float64, s.Rot/2)
	for j := range f {
		f[j] = math.Pow(s.Theta, -2*float64(j)/float64(s.Rot))
	}
	return f
}

// NewRoPE returns the spec of v (a rope or rope_cached) and its launch without a kernel:
// bufs = [y, x] (+ the table, by weightRef, for rope_cached), ints = [P], split over rows.
func NewRoPE(v *ir.Value, weightRef func(*ir.Weight) artifact.Ref) (RoPE, artifact.Launch, error) {
	n, err := ConstCols(v)
	if err != nil {
		return RoPE{}, artifact.Launch{}, err
	}
	s := RoPE{Op: v.Op, N: n, Heads: v.Attrs.Int("heads"), HeadDim: v.Attrs.Int("head_dim"), Rot: v.Attrs.Int("rot")}
	l := artifact.Launch{
		Bufs:  []artifact.Ref{Arena(v), Arena(v.Args[0])},
		Ints:  []artifact.Expr{{P: 1}},
		Split: RowsExpr(v),
	}
	if v.Op == ir.OpRoPECached {
		l.Bufs = append(l.Bufs, weightRef(v.Weights[0]))
	} else {
		s.Theta, s.Scale = v.Attrs.Float("theta"), v.Attrs.Float("scale")
	}
	return s, l, nil
}

// Norm is what a layernorm or layernorm1p kernel bakes in: the dtypes of γ and β, the row
// width H and Eps.
type Norm struct {
	Op       ir.Op
	GDT, BDT ir.DType
	H        int
	Eps      float64
}

// Name is the kernel name of s (without the backend's prefix).
func (s Norm) Name() string {
	return fmt.Sprintf("%v_g%s_b%s_h%d_eps%s", s.Op, s.GDT, s.BDT, s.H, FloatName(s.Eps, 32))
}

// NewNorm returns the spec of v (a layer norm) and its launch without a kernel:
// bufs = [y, x, γ, β] (the weights by weightRef), split over rows.
func NewNorm(v *ir.Value, weightRef func(*ir.Weight) artifact.Ref) (Norm, artifact.Launch, error) {
	h, err := ConstCols(v)
	if err != nil {
		return Norm{}, artifact.Launch{}, err
	}
	g, b := v.Weights[0], v.Weights[1]
	s := Norm{Op: v.Op, GDT: g.Type.DType, BDT: b.Type.DType, H: h, Eps: v.Attrs.Float("eps")}
	l := artifact.Launch{
		Bufs:  []artifact.Ref{Arena(v), Arena(v.Args[0]), weightRef(g), weightRef(b)},
		Split: RowsExpr(v),
	}
	return s, l, nil
}
