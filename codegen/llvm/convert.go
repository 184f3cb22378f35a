package llvm

import (
	"fmt"

	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
	"github.com/mtc-dev/mtc/ir"
)

// Tensors of every float dtype are addressed through their storage type: f32 as float, bf16
// and f16 as i16 (so loads need only 2-byte alignment and no half arithmetic is involved), and
// converted to f32 right after the load.

// storage returns the LLVM element type a tensor of dtype d is loaded as.
func storage(d ir.DType) (types.Type, error) {
	switch d {
	case ir.F32:
		return tF32, nil
	case ir.BF16, ir.F16:
		return tI16, nil
	}
	return nil, fmt.Errorf("no CPU kernel reads %v tensors (want f32, bf16 or f16)", d)
}

// dtypeName is d as it appears in kernel names.
func dtypeName(d ir.DType) string { return d.String() }

// like returns the scalar type elem, or a vector of elem with as many lanes as x has.
func like(x value.Value, elem types.Type) types.Type {
	if vt, ok := x.Type().(*types.VectorType); ok {
		return types.NewVector(vt.Len, elem)
	}
	return elem
}

// constLike returns c as a scalar or splatted to x's lanes.
func (k *kfn) constLike(x value.Value, c constant.Constant) value.Value {
	if _, ok := x.Type().(*types.VectorType); ok {
		return k.splatC(c)
	}
	return c
}

// toF32 converts raw storage values (scalar or vector) of dtype d to f32.
func (k *kfn) toF32(d ir.DType, raw value.Value) value.Value {
	switch d {
	case ir.BF16:
		// bf16 is the upper half of an f32: widen and shift into place.
		w := k.b.NewZExt(raw, like(raw, tI32))
		s := k.b.NewShl(w, k.constLike(raw, ci32(16)))
		return k.b.NewBitCast(s, like(raw, tF32))
	case ir.F16:
		if k.md.f16c {
			h := k.b.NewBitCast(raw, like(raw, tF16))
			return k.b.NewFPExt(h, like(raw, tF32))
		}
		return k.halfToF32(raw)
	}
	return raw
}

// halfToF32 converts IEEE half bits to f32 with integer operations only (for targets without
// a conversion instruction, where LLVM would call a runtime-library helper). The exponent and
// mantissa are moved into f32 position and rescaled by 2^112, which also normalises half
// subnormals exactly; infinities and NaNs then get the all-ones f32 exponent.
func (k *kfn) halfToF32(raw value.Value) value.Value {
	c := func(n int64) value.Value { return k.constLike(raw, ci32(n)) }
	h := k.b.NewZExt(raw, like(raw, tI32))
	sign := k.b.NewShl(k.b.NewAnd(h, c(0x8000)), c(16))
	em := k.b.NewShl(k.b.NewAnd(h, c(0x7fff)), c(13))
	scaled := k.fmul(k.b.NewBitCast(em, like(raw, tF32)), k.constLike(raw, cf32(0x1p112)))
	bits := k.b.NewBitCast(scaled, like(raw, tI32))
	special := k.icmp(enum.IPredEQ, k.b.NewAnd(h, c(0x7c00)), c(0x7c00))
	bits2 := k.sel(special, k.b.NewOr(bits, c(0x7f800000)), bits)
	return k.b.NewBitCast(k.b.NewOr(bits2, sign), like(raw, tF32))
}

// vloadF32 loads lanes elements of a dtype-d tensor at p[idx] as a <vw x float> (zero past
// lanes).
func (k *kfn) vloadF32(d ir.DType, p, idx value.Value, lanes int) value.Value {
	return k.toF32(d, k.vload(p, idx, lanes))
}

// loadF32 loads the scalar p[idx] of a dtype-d tensor as a float.
func (k *kfn) loadF32(d ir.DType, p, idx value.Value) value.Value {
	return k.toF32(d, k.load(p, idx))
}

// weightBuf loads bufs[i] as a pointer to the storage type of d.
func (k *kfn) weightBuf(i int, d ir.DType) value.Value {
	t, err := storage(d)
	if err != nil {
		panic(err) // checked by the caller before emitting
	}
	return k.buf(i, t)
}
