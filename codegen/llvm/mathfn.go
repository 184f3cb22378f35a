package llvm

import (
	"math"

	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/value"
)

// Elementary functions written out as arithmetic, so that kernels call nothing from libm (LLVM
// lowers llvm.exp, llvm.sin and llvm.cos to library calls on x86).

// exp returns e^x for a float x (scalar or vector) with about 1 ulp of error: x = n·ln2 + r
// with |r| <= ln2/2, e^r from its degree-7 Taylor polynomial (truncation error below 6e-9), and
// 2^n built in the exponent bits. Inputs below -87 give 0 (softmax weights that small vanish
// anyway), inputs above 88 saturate near the float maximum, and NaN stays NaN.
func (k *kfn) exp(x value.Value) value.Value {
	const lo, hi = -87.0, 88.0
	c := func(v float64) value.Value { return k.constLike(x, cf32(v)) }
	under := k.fcmp(enum.FPredOLT, x, c(lo))
	xc := k.sel(under, c(lo), x)
	xc = k.sel(k.fcmp(enum.FPredOGT, xc, c(hi)), c(hi), xc)
	// n = round(x·log2 e): adding 1.5·2^23 rounds to an integer in the low mantissa bits.
	const magic = 12582912.0
	n := k.fsub(k.fma(xc, c(math.Log2E), c(magic)), c(magic))
	// ln2 split in two: 0.693359375 has 9 significant bits, so n·ln2hi is exact.
	const ln2hi, ln2lo = 0.693359375, -2.12194440e-4
	r := k.fma(n, c(-ln2hi), xc)
	r = k.fma(n, c(-ln2lo), r)
	p := c(1.0 / 5040)
	for _, coef := range []float64{1.0 / 720, 1.0 / 120, 1.0 / 24, 1.0 / 6, 0.5, 1, 1} {
		p = k.fma(p, r, c(coef))
	}
	ni := k.b.NewFPToSI(n, like(x, tI32))
	bits := k.b.NewShl(k.b.NewAdd(ni, k.constLike(x, ci32(127))), k.constLike(x, ci32(23)))
	scale := k.b.NewBitCast(bits, like(x, tF32))
	return k.sel(under, c(0), k.fmul(p, scale))
}

// sincos returns sin x and cos x for a double x. x is reduced to r = x - q·π/2 with |r| <= π/4
// by Cody and Waite's method (π/2 split into parts whose products with q are exact for
// |q| < 2^20, i.e. |x| below about 1.6e6), then Taylor polynomials of degree 15 (sin) and 16
// (cos) give results within a few ulp, and the quadrant q mod 4 picks and signs them.
func (k *kfn) sincos(x value.Value) (sin, cos value.Value) {
	c := cf64
	const magic = 6755399441055744.0 // 1.5·2^52: x + magic - magic rounds x to an integer
	q := k.fsub(k.fadd(k.fmul(x, c(2/math.Pi)), c(magic)), c(magic))
	// fdlibm's split of π/2: 33 significant bits per part.
	const pio2a, pio2b, pio2c = 1.57079632673412561417e+00, 6.07710050630396597660e-11, 2.02226624879595063154e-21
	r := k.fsub(x, k.fmul(q, c(pio2a)))
	r = k.fsub(r, k.fmul(q, c(pio2b)))
	r = k.fsub(r, k.fmul(q, c(pio2c)))
	r2 := k.fmul(r, r)
	// sin r = r·(1 - r²/3! + r⁴/5! - ...), cos r = 1 - r²/2! + r⁴/4! - ...
	var sp, cp value.Value = c(sinCoef(7)), c(cosCoef(8))
	for i := 6; i >= 0; i-- {
		sp = k.fma(sp, r2, c(sinCoef(i)))
	}
	for i := 7; i >= 0; i-- {
		cp = k.fma(cp, r2, c(cosCoef(i)))
	}
	sr := k.fmul(sp, r)
	cr := cp
	quad := k.b.NewAnd(k.b.NewFPToSI(q, tI64), ci64(3))
	swap := k.icmp(enum.IPredEQ, k.b.NewAnd(quad, ci64(1)), ci64(1))
	s := k.sel(swap, cr, sr)
	co := k.sel(swap, sr, cr)
	// sin is negated in quadrants 2 and 3, cos in quadrants 1 and 2.
	negS := k.icmp(enum.IPredUGE, quad, ci64(2))
	negC := k.icmp(enum.IPredEQ, k.b.NewAnd(k.b.NewAdd(quad, ci64(1)), ci64(2)), ci64(2))
	s = k.sel(negS, k.b.NewFNeg(s), s)
	co = k.sel(negC, k.b.NewFNeg(co), co)
	return s, co
}

// sinCoef is the coefficient of r^(2i) in sin(r)/r: (-1)^i/(2i+1)!.
func sinCoef(i int) float64 { return sign(i) / fact(2*i+1) }

// cosCoef is the coefficient of r^(2i) in cos(r): (-1)^i/(2i)!.
func cosCoef(i int) float64 { return sign(i) / fact(2*i) }

func sign(i int) float64 {
	if i%2 == 1 {
		return -1
	}
	return 1
}

func fact(n int) float64 {
	f := 1.0
	for i := 2; i <= n; i++ {
		f *= float64(i)
	}
	return f
}
