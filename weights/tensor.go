package weights

import (
	"encoding/binary"
	"math"
)

// Tensor is one validated tensor of a checkpoint. Data is a slice of the file's read-only
// mapping: it must not be written, and it is valid only until the Checkpoint is closed.
type Tensor struct {
	Name   string  // the checkpoint's name, e.g. "model.layers.0.mlp.up_proj.weight"
	DType  DType   // element type of Data
	Shape  []int64 // dimensions, outermost first; empty for a scalar
	Data   []byte  // Numel()*DType.Size() bytes, little-endian, row-major and contiguous
	File   string  // the file Data was mapped from
	Offset int64   // absolute byte offset of Data[0] in File
}

// Numel returns the number of elements (the product of Shape; 1 for a scalar).
func (t *Tensor) Numel() int64 {
	n := int64(1)
	for _, d := range t.Shape {
		n *= d
	}
	return n
}

// Float32s returns the tensor's values converted to a new []float32.
func (t *Tensor) Float32s() ([]float32, error) {
	n := len(t.Data) / max(t.DType.Size(), 1)
	dst := make([]float32, n)
	if err := t.ToFloat32(dst); err != nil {
		return nil, err
	}
	return dst, nil
}

// ToFloat32 converts the tensor's values into dst, which must hold exactly Numel() elements.
// Float dtypes are converted exactly (F64 is rounded to nearest); integer and bool values are
// converted by value.
func (t *Tensor) ToFloat32(dst []float32) error {
	size := t.DType.Size()
	if size == 0 {
		return fileErrorf(t.File, "tensor %q: invalid dtype %v", t.Name, t.DType)
	}
	if int64(len(dst)) != t.Numel() || len(t.Data) != len(dst)*size {
		return fileErrorf(t.File, "tensor %q: destination holds %d float32 values, expected %d (%v %v, %d bytes)",
			t.Name, len(dst), t.Numel(), t.DType, t.Shape, len(t.Data))
	}
	src := t.Data
	switch t.DType {
	case F32:
		F32BytesToF32(dst, src)
	case BF16:
		BF16BytesToF32(dst, src)
	case F16:
		F16BytesToF32(dst, src)
	case F64:
		for i := range dst {
			dst[i] = float32(math.Float64frombits(binary.LittleEndian.Uint64(src[8*i:])))
		}
	case F8E5M2:
		for i := range dst {
			dst[i] = F8E5M2ToF32(src[i])
		}
	case F8E4M3:
		for i := range dst {
			dst[i] = F8E4M3ToF32(src[i])
		}
	case U64:
		for i := range dst {
			dst[i] = float32(binary.LittleEndian.Uint64(src[8*i:]))
		}
	default:
		for i := range dst {
			v, _ := t.intAt(i)
			dst[i] = float32(v)
		}
	}
	return nil
}

// Int32s returns the values of an integer or bool tensor as a new []int32. I64, U32 and U64
// values must fit in an int32.
func (t *Tensor) Int32s() ([]int32, error) {
	if t.DType.IsFloat() || !t.DType.Valid() {
		return nil, fileErrorf(t.File, "tensor %q: dtype %v is not an integer type, expected I32 (or another integer type)", t.Name, t.DType)
	}
	n := len(t.Data) / t.DType.Size()
	out := make([]int32, n)
	for i := range out {
		v, _ := t.intAt(i)
		if v < math.MinInt32 || v > math.MaxInt32 {
			return nil, fileErrorf(t.File, "tensor %q: element %d (byte offset %d) = %d does not fit in int32",
				t.Name, i, t.Offset+int64(i*t.DType.Size()), v)
		}
		out[i] = int32(v)
	}
	return out, nil
}

// intAt returns element i of an integer or bool tensor. A U64 beyond MaxInt64 reports false.
func (t *Tensor) intAt(i int) (int64, bool) {
	d := t.Data
	switch t.DType {
	case Bool, U8:
		return int64(d[i]), true
	case I8:
		return int64(int8(d[i])), true
	case I16:
		return int64(int16(binary.LittleEndian.Uint16(d[2*i:]))), true
	case U16:
		return int64(binary.LittleEndian.Uint16(d[2*i:])), true
	case I32:
		return int64(int32(binary.LittleEndian.Uint32(d[4*i:]))), true
	case U32:
		return int64(binary.LittleEndian.Uint32(d[4*i:])), true
	case I64:
		return int64(binary.LittleEndian.Uint64(d[8*i:])), true
	case U64:
		u := binary.LittleEndian.Uint64(d[8*i:])
		if u > math.MaxInt64 {
			return math.MaxInt64, false
		}
		return int64(u), true
	}
	return 0, false
}
