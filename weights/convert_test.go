package weights

import (
	"math"
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestF32ToBF16(t *testing.T) {
	tests := []struct {
		name string
		in   uint32 // float32 bits
		want uint16
	}{
		{"one", 0x3f800000, 0x3f80},
		{"minus two", 0xc0000000, 0xc000},
		{"round down", 0x3f807fff, 0x3f80},
		{"tie to even (down)", 0x3f808000, 0x3f80},
		{"tie to even (up)", 0x3f818000, 0x3f82},
		{"round up", 0x3f808001, 0x3f81},
		{"carry into exponent", 0x3fffffff, 0x4000},
		{"max float overflows to inf", 0x7f7fffff, 0x7f80},
		{"inf", 0x7f800000, 0x7f80},
		{"minus inf", 0xff800000, 0xff80},
		{"minus zero", 0x80000000, 0x8000},
		{"smallest subnormal rounds to zero", 0x00000001, 0x0000},
		{"subnormal kept", 0x00010000, 0x0001},
		{"quiet NaN", 0x7fc00000, 0x7fc0},
		{"signalling NaN low payload stays NaN", 0x7f800001, 0x7fc0},
		{"negative NaN", 0xffc00001, 0xffc0},
	}
	for _, tt := range tests {
		if got := F32ToBF16(math.Float32frombits(tt.in)); got != tt.want {
			t.Errorf("%s: F32ToBF16(%#08x) = %#04x, want %#04x", tt.name, tt.in, got, tt.want)
		}
	}
}

// nearestBF16 is an independent oracle: the two bfloat16 values around f are its truncation and
// the next one up; pick the nearer in float64, ties to the even one.
func nearestBF16(f float32) uint16 {
	lo := uint16(math.Float32bits(f) >> 16)
	hi := lo + 1
	x := float64(f)
	dl, dh := math.Abs(x-float64(BF16ToF32(lo))), math.Abs(float64(BF16ToF32(hi))-x)
	if math.IsInf(float64(BF16ToF32(hi)), 0) {
		// the distance to "the next value after the largest" is measured to 2^128
		dh = math.Abs(math.Ldexp(1, 128)*math.Copysign(1, x) - x)
	}
	switch {
	case dl < dh:
		return lo
	case dh < dl:
		return hi
	case lo&1 == 0:
		return lo
	}
	return hi
}

func TestF32ToBF16MatchesOracle(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		u := r.Uint32()
		f := math.Float32frombits(u)
		if math.IsNaN(float64(f)) || math.IsInf(float64(f), 0) {
			continue
		}
		if got, want := F32ToBF16(f), nearestBF16(f); got != want {
			t.Fatalf("F32ToBF16(%#08x = %g) = %#04x, oracle %#04x", u, f, got, want)
		}
	}
}

func TestBF16RoundTripExhaustive(t *testing.T) {
	for i := range 1 << 16 {
		b := uint16(i)
		f := BF16ToF32(b)
		got := F32ToBF16(f)
		if math.IsNaN(float64(f)) {
			if !math.IsNaN(float64(BF16ToF32(got))) || got&0x8000 != b&0x8000 {
				t.Fatalf("NaN %#04x came back as %#04x", b, got)
			}
			continue
		}
		if got != b {
			t.Fatalf("F32ToBF16(BF16ToF32(%#04x)) = %#04x", b, got)
		}
	}
}

// halfValues lists every finite non-negative half-precision value in increasing order, computed
// from the definition with float64 arithmetic (independently of F16ToF32), then 2^16 at index
// 0x7c00, the encoding of Inf, as the rounding neighbour above 65504.
func halfValues() []float64 {
	var v []float64
	for e := 0; e < 31; e++ {
		for m := 0; m < 1024; m++ {
			if e == 0 {
				v = append(v, float64(m)*math.Ldexp(1, -24))
			} else {
				v = append(v, (1+float64(m)/1024)*math.Ldexp(1, e-15))
			}
		}
	}
	return append(v, 65536)
}

func TestF16ToF32Exhaustive(t *testing.T) {
	vals := halfValues()
	for i := range 1 << 16 {
		h := uint16(i)
		got := float64(F16ToF32(h))
		mag := h & 0x7fff
		switch {
		case mag > 0x7c00:
			if !math.IsNaN(got) {
				t.Fatalf("F16ToF32(%#04x) = %v, want NaN", h, got)
			}
			continue
		case mag == 0x7c00:
			if !math.IsInf(got, 0) {
				t.Fatalf("F16ToF32(%#04x) = %v, want Inf", h, got)
			}
			continue
		}
		want := vals[mag]
		if h&0x8000 != 0 {
			want = -want
		}
		if got != want || math.Signbit(got) != (h&0x8000 != 0) {
			t.Fatalf("F16ToF32(%#04x) = %v, want %v", h, got, want)
		}
		if back := F32ToF16(float32(got)); back != h {
			t.Fatalf("F32ToF16(F16ToF32(%#04x)) = %#04x", h, back)
		}
	}
}

// nearestF16 is an independent oracle for F32ToF16: a binary search over every half value.
func nearestF16(vals []float64, f float32) uint16 {
	x := math.Abs(float64(f))
	sign := uint16(0)
	if math.Signbit(float64(f)) {
		sign = 0x8000
	}
	top := 65520.0 // halfway between 65504 and 2^16: ties go up (65504 is odd), so >= rounds to Inf
	if x >= top {
		return sign | 0x7c00
	}
	i := sort.SearchFloat64s(vals, x) // vals[i-1] < x <= vals[i]
	if i < len(vals) && vals[i] == x {
		return sign | uint16(i)
	}
	lo, hi := i-1, i
	dl, dh := x-vals[lo], vals[hi]-x
	switch {
	case dl < dh:
		return sign | uint16(lo)
	case dh < dl:
		return sign | uint16(hi)
	case lo%2 == 0:
		return sign | uint16(lo)
	}
	return sign | uint16(hi)
}

func TestF32ToF16MatchesOracle(t *testing.T) {
	vals := halfValues()
	r := rand.New(rand.NewPCG(3, 4))
	check := func(f float32) {
		t.Helper()
		if got, want := F32ToF16(f), nearestF16(vals, f); got != want {
			t.Fatalf("F32ToF16(%#08x = %g) = %#04x, oracle %#04x", math.Float32bits(f), f, got, want)
		}
	}
	for range 100000 {
		check(math.Float32frombits(r.Uint32() & 0xbfffffff)) // magnitudes below 2: many subnormals
	}
	for range 100000 {
		check(float32(r.NormFloat64() * 1000))
	}
	for _, f := range []float32{65504, 65519.99, 65520, 1e-8, 5.960464477539063e-08, 2.9802322387695312e-08, 2.98023259e-08, 6.1035156e-05, 6.1e-05, 0.1, 1.0 / 3} {
		check(f)
		check(-f)
	}
}

func TestF32ToF16Specials(t *testing.T) {
	tests := []struct {
		in   float32
		want uint16
	}{
		{float32(math.Inf(1)), 0x7c00},
		{float32(math.Inf(-1)), 0xfc00},
		{1e9, 0x7c00},
		{float32(math.Copysign(0, -1)), 0x8000},
	}
	for _, tt := range tests {
		if got := F32ToF16(tt.in); got != tt.want {
			t.Errorf("F32ToF16(%v) = %#04x, want %#04x", tt.in, got, tt.want)
		}
	}
	for _, bits := range []uint32{0x7fc00000, 0x7f800001, 0xffc12345} {
		got := F32ToF16(math.Float32frombits(bits))
		if got&0x7c00 != 0x7c00 || got&0x3ff == 0 || got>>15 != uint16(bits>>31) {
			t.Errorf("F32ToF16(NaN %#08x) = %#04x, want a NaN of the same sign", bits, got)
		}
	}
}

func TestF8ToF32(t *testing.T) {
	tests := []struct {
		name string
		fn   func(uint8) float32
		in   uint8
		want float64
	}{
		{"e4m3 one", F8E4M3ToF32, 0x38, 1},
		{"e4m3 max", F8E4M3ToF32, 0x7e, 448},
		{"e4m3 min subnormal", F8E4M3ToF32, 0x01, math.Ldexp(1, -9)},
		{"e4m3 negative", F8E4M3ToF32, 0xc0, -2},
		{"e4m3 NaN", F8E4M3ToF32, 0x7f, math.NaN()},
		{"e5m2 one", F8E5M2ToF32, 0x3c, 1},
		{"e5m2 max", F8E5M2ToF32, 0x7b, 57344},
		{"e5m2 inf", F8E5M2ToF32, 0x7c, math.Inf(1)},
		{"e5m2 min subnormal", F8E5M2ToF32, 0x01, math.Ldexp(1, -16)},
	}
	for _, tt := range tests {
		got := float64(tt.fn(tt.in))
		if got != tt.want && !(math.IsNaN(got) && math.IsNaN(tt.want)) {
			t.Errorf("%s: %#02x -> %v, want %v", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestBulkConversions(t *testing.T) {
	in := []float32{0, 1, -2.5, 0.1, 65504, 1e-6, float32(math.Inf(-1)), 3.14159}
	for _, dt := range []DType{F32, BF16, F16, F64} {
		data, err := EncodeFloat32(dt, in)
		if err != nil {
			t.Fatal(err)
		}
		x := &Tensor{Name: "x", DType: dt, Shape: []int64{int64(len(in))}, Data: data}
		got, err := x.Float32s()
		if err != nil {
			t.Fatal(err)
		}
		want := make([]float32, len(in))
		for i, f := range in {
			switch dt {
			case BF16:
				want[i] = BF16ToF32(F32ToBF16(f))
			case F16:
				want[i] = F16ToF32(F32ToF16(f))
			default:
				want[i] = f
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%v round trip (-want +got):\n%s", dt, diff)
		}
	}
	if _, err := EncodeFloat32(I32, in); err == nil {
		t.Error("EncodeFloat32(I32) succeeded, want an error")
	}
}

func TestToFloat32Integers(t *testing.T) {
	x := &Tensor{Name: "ids", DType: I32, Shape: []int64{3}, Data: EncodeInt32([]int32{-7, 0, 1 << 20})}
	got, err := x.Float32s()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]float32{-7, 0, 1 << 20}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	ids, err := x.Int32s()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]int32{-7, 0, 1 << 20}, ids); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	wide := &Tensor{Name: "wide", File: "f", DType: I64, Shape: []int64{1}, Data: []byte{0, 0, 0, 0, 1, 0, 0, 0}}
	_, err = wide.Int32s()
	wantErr(t, err, `tensor "wide"`, "4294967296 does not fit in int32")
	f := &Tensor{Name: "w", DType: F32, Shape: []int64{1}, Data: make([]byte, 4)}
	_, err = f.Int32s()
	wantErr(t, err, "not an integer type")
	if err := f.ToFloat32(make([]float32, 2)); err == nil {
		t.Error("ToFloat32 into a 2-element slice for 1 element succeeded")
	}
}
