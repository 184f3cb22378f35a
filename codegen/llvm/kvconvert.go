package llvm

import (
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/value"
	"github.com/mtc-dev/mtc/ir"
)

// Narrowing conversions for the KV cache, which may hold f16 or bf16: both round to nearest,
// ties to even, like a hardware conversion, and turn NaN into a quiet NaN of the same sign.

// fromF32 converts f32 values (scalar or vector) to the storage of dtype d: float for f32, the
// i16 bits for f16 and bf16.
func (k *kfn) fromF32(d ir.DType, x value.Value) value.Value {
	switch d {
	case ir.BF16:
		return k.f32ToBF16(x)
	case ir.F16:
		if k.md.f16c {
			return k.b.NewBitCast(k.b.NewFPTrunc(x, like(x, tF16)), like(x, tI16))
		}
		return k.f32ToHalf(x)
	}
	return x
}

// f32ToBF16 keeps the upper 16 bits of x after adding half an ulp of bf16 (less one when the
// kept part is even), which rounds to nearest even; NaNs keep their upper bits with the quiet
// bit set (rounding could carry a NaN's payload into an infinity).
func (k *kfn) f32ToBF16(x value.Value) value.Value {
	c := func(n int64) value.Value { return k.constLike(x, ci32(n)) }
	bits := k.b.NewBitCast(x, like(x, tI32))
	odd := k.b.NewAnd(k.b.NewLShr(bits, c(16)), c(1))
	rounded := k.b.NewLShr(k.add(k.add(bits, c(0x7fff)), odd), c(16))
	quiet := k.b.NewOr(k.b.NewLShr(bits, c(16)), c(0x40))
	isNaN := k.fcmp(enum.FPredUNO, x, x)
	return k.b.NewTrunc(k.sel(isNaN, quiet, rounded), like(x, tI16))
}

// f32ToHalf converts to IEEE half with integer operations (targets without a conversion
// instruction, where LLVM would call a library helper). On the magnitude a = |x| bits:
//
//   - a ≥ 2^-14 (half normals): rebias the exponent, add 0xfff plus the lowest kept mantissa
//     bit (round to nearest even on the 13 dropped bits) and shift; a ≥ 65520, which rounds
//     past 65504, gives infinity.
//   - a < 2^-14 (half subnormals and zero): adding 0.5, whose ulp is 2^-24 (the half
//     subnormal step), rounds the value to a multiple of 2^-24 in the FPU; the mantissa bits of
//     the sum less those of 0.5 are the half's bits (0x400, the least normal, when it rounds
//     up).
//   - infinity stays infinity, NaN becomes the quiet NaN 0x7e00.
func (k *kfn) f32ToHalf(x value.Value) value.Value {
	c := func(n int64) value.Value { return k.constLike(x, ci32(n)) }
	bits := k.b.NewBitCast(x, like(x, tI32))
	sign := k.b.NewAnd(k.b.NewLShr(bits, c(16)), c(0x8000))
	a := k.b.NewAnd(bits, c(0x7fffffff))
	odd := k.b.NewAnd(k.b.NewLShr(a, c(13)), c(1))
	normal := k.b.NewLShr(k.add(k.add(a, c(-(112<<23)+0xfff)), odd), c(13))
	sum := k.fadd(k.b.NewBitCast(a, like(x, tF32)), k.constLike(x, cf32(0.5)))
	sub := k.sub(k.b.NewBitCast(sum, like(x, tI32)), c(0x3f000000))
	r := k.sel(k.icmp(enum.IPredULT, a, c(0x38800000)), sub, normal)
	r = k.sel(k.icmp(enum.IPredUGE, a, c(0x477ff000)), c(0x7c00), r)
	r = k.sel(k.icmp(enum.IPredUGT, a, c(0x7f800000)), c(0x7e00), r)
	return k.b.NewTrunc(k.b.NewOr(r, sign), like(x, tI16))
}
