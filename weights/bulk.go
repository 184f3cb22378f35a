package weights

import (
	"encoding/binary"
	"fmt"
	"math"
	"unsafe"
)

// The bulk conversions below read and write little-endian byte slices, the layout of every
// checkpoint format. On little-endian hosts (all the targets mtc runs on) the bytes are viewed
// in place as []uint16 / []uint32 and the loops range over both slices with equal lengths, so
// they compile to a load, a shift or table-free bit operation and a store, with no bounds
// checks. The views may be unaligned (a storage in a zip can start at an odd byte); x86-64 and
// arm64 load unaligned words at full speed, and Go allows unaligned pointers to pointer-free
// types. Other hosts take the portable binary.LittleEndian loops.

// u16s views b as uint16s in host order; b must be non-empty.
func u16s(b []byte) []uint16 {
	return unsafe.Slice((*uint16)(unsafe.Pointer(unsafe.SliceData(b))), len(b)/2)
}

// u32s views b as uint32s in host order; b must be non-empty.
func u32s(b []byte) []uint32 {
	return unsafe.Slice((*uint32)(unsafe.Pointer(unsafe.SliceData(b))), len(b)/4)
}

// BF16BytesToF32 widens len(dst) little-endian bfloat16 values from src into dst.
// It panics if src holds fewer than 2*len(dst) bytes.
func BF16BytesToF32(dst []float32, src []byte) {
	src = src[:2*len(dst)]
	if len(dst) == 0 {
		return
	}
	if hostLittleEndian {
		s := u16s(src)
		dst = dst[:len(s)]
		for i, v := range s {
			dst[i] = math.Float32frombits(uint32(v) << 16)
		}
		return
	}
	for i := range dst {
		dst[i] = math.Float32frombits(uint32(binary.LittleEndian.Uint16(src[2*i:])) << 16)
	}
}

// F16BytesToF32 widens len(dst) little-endian IEEE half values from src into dst.
// It panics if src holds fewer than 2*len(dst) bytes.
func F16BytesToF32(dst []float32, src []byte) {
	src = src[:2*len(dst)]
	if len(dst) == 0 {
		return
	}
	if hostLittleEndian {
		s := u16s(src)
		dst = dst[:len(s)]
		for i, v := range s {
			dst[i] = F16ToF32(v)
		}
		return
	}
	for i := range dst {
		dst[i] = F16ToF32(binary.LittleEndian.Uint16(src[2*i:]))
	}
}

// F32BytesToF32 copies len(dst) little-endian float32 values from src into dst.
// It panics if src holds fewer than 4*len(dst) bytes.
func F32BytesToF32(dst []float32, src []byte) {
	src = src[:4*len(dst)]
	if len(dst) == 0 {
		return
	}
	if hostLittleEndian {
		s := u32s(src)
		dst = dst[:len(s)]
		for i, v := range s {
			dst[i] = math.Float32frombits(v)
		}
		return
	}
	for i := range dst {
		dst[i] = math.Float32frombits(binary.LittleEndian.Uint32(src[4*i:]))
	}
}

// F32ToBF16Bytes rounds src to bfloat16 (nearest, ties to even) into dst, little-endian.
// It panics if dst holds fewer than 2*len(src) bytes.
func F32ToBF16Bytes(dst []byte, src []float32) {
	dst = dst[:2*len(src)]
	if len(src) == 0 {
		return
	}
	if hostLittleEndian {
		d := u16s(dst)
		src = src[:len(d)]
		for i, f := range src {
			d[i] = F32ToBF16(f)
		}
		return
	}
	for i, f := range src {
		binary.LittleEndian.PutUint16(dst[2*i:], F32ToBF16(f))
	}
}

// F32ToF16Bytes rounds src to IEEE half (nearest, ties to even) into dst, little-endian.
// It panics if dst holds fewer than 2*len(src) bytes.
func F32ToF16Bytes(dst []byte, src []float32) {
	dst = dst[:2*len(src)]
	if len(src) == 0 {
		return
	}
	if hostLittleEndian {
		d := u16s(dst)
		src = src[:len(d)]
		for i, f := range src {
			d[i] = F32ToF16(f)
		}
		return
	}
	for i, f := range src {
		binary.LittleEndian.PutUint16(dst[2*i:], F32ToF16(f))
	}
}

// F32ToF32Bytes stores src into dst as little-endian float32.
// It panics if dst holds fewer than 4*len(src) bytes.
func F32ToF32Bytes(dst []byte, src []float32) {
	dst = dst[:4*len(src)]
	if len(src) == 0 {
		return
	}
	if hostLittleEndian {
		d := u32s(dst)
		src = src[:len(d)]
		for i, f := range src {
			d[i] = math.Float32bits(f)
		}
		return
	}
	for i, f := range src {
		binary.LittleEndian.PutUint32(dst[4*i:], math.Float32bits(f))
	}
}

// EncodeFloat32 returns v stored as dtype dt (F32, BF16, F16 or F64), little-endian, ready
// for WriteTensor.Data.
func EncodeFloat32(dt DType, v []float32) ([]byte, error) {
	out := make([]byte, len(v)*dt.Size())
	switch dt {
	case F32:
		F32ToF32Bytes(out, v)
	case BF16:
		F32ToBF16Bytes(out, v)
	case F16:
		F32ToF16Bytes(out, v)
	case F64:
		for i, f := range v {
			binary.LittleEndian.PutUint64(out[8*i:], math.Float64bits(float64(f)))
		}
	default:
		return nil, fmt.Errorf("cannot encode float32 values as %v: expected F32, BF16, F16 or F64", dt)
	}
	return out, nil
}

// EncodeInt32 returns v stored as I32, little-endian, ready for WriteTensor.Data.
func EncodeInt32(v []int32) []byte {
	out := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(out[4*i:], uint32(x))
	}
	return out
}
