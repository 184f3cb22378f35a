package weights

import "math"

// BF16ToF32 widens a bfloat16 (given as its bits) to float32. The conversion is exact.
func BF16ToF32(b uint16) float32 { return math.Float32frombits(uint32(b) << 16) }

// F32ToBF16 rounds f to bfloat16 (round to nearest, ties to even) and returns its bits.
// Values beyond the bfloat16 range become ±Inf; a NaN stays a NaN of the same sign (quiet,
// with the top bits of its payload kept).
func F32ToBF16(f float32) uint16 {
	u := math.Float32bits(f)
	if u&0x7fffffff > 0x7f800000 {
		return uint16(u>>16) | 0x0040
	}
	u += 0x7fff + (u>>16)&1
	return uint16(u >> 16)
}

// F16ToF32 widens an IEEE 754 half-precision value (given as its bits) to float32, exactly,
// including subnormals, infinities and NaNs.
func F16ToF32(h uint16) float32 {
	// Move exponent and mantissa into place and rebias the exponent from 15 to 127. Inf/NaN need
	// the exponent pushed to 255; zero and subnormals (m x 2^-24) are renormalised by one exact
	// float subtraction: (1 + m/1024) x 2^-14 - 2^-14.
	const expMask = 0x1f << 23
	o := uint32(h&0x7fff) << 13
	exp := o & expMask
	o += (127 - 15) << 23
	switch exp {
	case expMask:
		o += (128 - 16) << 23
	case 0:
		o += 1 << 23
		o = math.Float32bits(math.Float32frombits(o) - math.Float32frombits((127-14)<<23))
	}
	return math.Float32frombits(o | uint32(h&0x8000)<<16)
}

// F32ToF16 rounds f to IEEE 754 half precision (round to nearest, ties to even) and returns its
// bits. Magnitudes of 65520 and above become ±Inf, values below 2^-14 become half-precision
// subnormals (or ±0 at 2^-25 and below), and a NaN stays a quiet NaN of the same sign.
func F32ToF16(f float32) uint16 {
	u := math.Float32bits(f)
	sign := uint16(u>>16) & 0x8000
	a := u & 0x7fffffff
	switch {
	case a > 0x7f800000: // NaN
		return sign | 0x7e00 | uint16(a>>13)&0x1ff
	case a >= 0x477ff000: // >= 65520 (halfway above the largest half, 65504) or Inf
		return sign | 0x7c00
	case a >= 0x38800000: // >= 2^-14: normal half
		a -= (127 - 15) << 23
		a += 0xfff + (a>>13)&1
		return sign | uint16(a>>13)
	case a <= 0x33000000: // <= 2^-25: rounds to zero (2^-25 is a tie with 0, which is even)
		return sign
	}
	// Subnormal half: the value is m x 2^(e-150) with a 24-bit m; in units of 2^-24 that is
	// m >> (126-e), rounded to nearest even.
	e := a >> 23
	m := a&0x7fffff | 0x800000
	s := 126 - e
	r := m >> s
	rem := m & (1<<s - 1)
	half := uint32(1) << (s - 1)
	if rem > half || rem == half && r&1 == 1 {
		r++
	}
	return sign | uint16(r)
}

// F8E5M2ToF32 widens an F8_E5M2 value (given as its bits) to float32, exactly. E5M2 is the top
// byte of an IEEE half, so it has infinities and NaNs.
func F8E5M2ToF32(b uint8) float32 { return F16ToF32(uint16(b) << 8) }

// F8E4M3ToF32 widens an F8_E4M3 value (the "FN" variant: no infinities, S.1111.111 is NaN) to
// float32, exactly.
func F8E4M3ToF32(b uint8) float32 { return f8e4m3Table[b] }

var f8e4m3Table = func() (t [256]float32) {
	for i := range t {
		b := uint8(i)
		exp := int(b>>3) & 0xf
		man := float64(b & 7)
		var v float64
		switch {
		case exp == 0xf && b&7 == 7:
			v = math.NaN()
		case exp == 0:
			v = man / 8 * math.Ldexp(1, -6)
		default:
			v = (1 + man/8) * math.Ldexp(1, exp-7)
		}
		if b&0x80 != 0 {
			v = -v
		}
		t[i] = float32(v)
	}
	return t
}()
