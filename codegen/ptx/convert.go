package ptx

import (
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
	"github.com/mtc-dev/mtc/ir"
)

// Loads that widen to f32. Weights are addressed through their storage type (storage): a bf16
// value is the upper half of an f32, an f16 value is converted by fpext half (cvt.f32.f16,
// exact, subnormals included). Vector loads are at most 16 bytes (ld.global.v4.b32), the widest
// load the GPU has.

// toF32 widens one stored value (float, or i16 holding bf16 or f16 bits).
func (k *kb) toF32(d ir.DType, raw value.Value) value.Value {
	switch d {
	case ir.BF16:
		w := k.b.NewZExt(raw, tI32)
		return k.b.NewBitCast(k.b.NewShl(w, ci32(16)), tF32)
	case ir.F16:
		return k.b.NewFPExt(k.b.NewBitCast(raw, tHalf), tF32)
	}
	return raw
}

// word16 widens the two 16-bit values packed in an i32 (low half first).
func (k *kb) word16(d ir.DType, w value.Value) (lo, hi value.Value) {
	if d == ir.BF16 {
		lo = k.b.NewBitCast(k.b.NewShl(w, ci32(16)), tF32)
		hi = k.b.NewBitCast(k.b.NewAnd(w, ci32(-65536)), tF32)
		return lo, hi
	}
	lo = k.toF32(d, k.b.NewTrunc(w, tI16))
	hi = k.toF32(d, k.b.NewTrunc(k.b.NewLShr(w, ci32(16)), tI16))
	return lo, hi
}

// chunk is the number of consecutive elements of a row of n values of dtype d that one thread
// loads at once: 16 bytes when n allows it (so every chunk of every row is 16-byte aligned,
// given a 16-byte aligned base), else 4 bytes, else one element.
func chunk(d ir.DType, n int) int {
	size := int(d.Size())
	for _, bytes := range []int{16, 4} {
		if c := bytes / size; c >= 1 && n%c == 0 {
			return c
		}
	}
	return 1
}

// loadF32s loads the c elements p[i..i+c) (p a pointer to the storage type of d; i a multiple
// of c; c from chunk) and widens them to f32.
func (k *kb) loadF32s(d ir.DType, p, i value.Value, c int) []value.Value {
	q := k.gep(p, i)
	size := int(d.Size())
	switch {
	case c == 1:
		return []value.Value{k.toF32(d, k.load(q, size))}
	case d == ir.F32:
		vt := types.NewVector(uint64(c), tF32)
		v := k.load(k.cast(q, vt), 4*c)
		out := make([]value.Value, c)
		for j := range out {
			out[j] = k.b.NewExtractElement(v, ci32(int64(j)))
		}
		return out
	}
	// 16-bit values, c = 2 (one i32) or 8 (four i32).
	words := c / 2
	var ws []value.Value
	if words == 1 {
		ws = []value.Value{k.load(k.cast(q, tI32), 4)}
	} else {
		vt := types.NewVector(uint64(words), tI32)
		v := k.load(k.cast(q, vt), 4*words)
		for j := 0; j < words; j++ {
			ws = append(ws, k.b.NewExtractElement(v, ci32(int64(j))))
		}
	}
	var out []value.Value
	for _, w := range ws {
		lo, hi := k.word16(d, w)
		out = append(out, lo, hi)
	}
	return out
}

// loadActs loads the c f32 values p[i..i+c) of an activation row, where c is the chunk of a
// weight row of the same length (so c ∈ {1, 2, 4, 8} divides the row, and p[i] is 4c-byte
// aligned up to 16 bytes).
func (k *kb) loadActs(p, i value.Value, c int) []value.Value {
	var out []value.Value
	for j := 0; j < c; j += 4 {
		n := min(4, c-j)
		q := k.gep(p, k.addc(i, int64(j)))
		if n == 1 {
			out = append(out, k.load(q, 4))
			continue
		}
		vt := types.NewVector(uint64(n), tF32)
		v := k.load(k.cast(q, vt), 4*n)
		for e := 0; e < n; e++ {
			out = append(out, k.b.NewExtractElement(v, ci32(int64(e))))
		}
	}
	return out
}
