package ir

import (
	"fmt"
	"strconv"
	"strings"
)

// DType is the element type of a tensor.
type DType uint8

// The element types. Activations are F32; weights may be stored as F32, BF16 or F16.
const (
	InvalidDType DType = iota
	F32
	BF16
	F16
	I32
	I8
	numDTypes
)

var dtypeNames = [numDTypes]string{InvalidDType: "invalid", F32: "f32", BF16: "bf16", F16: "f16", I32: "i32", I8: "i8"}
var dtypeSizes = [numDTypes]int64{F32: 4, BF16: 2, F16: 2, I32: 4, I8: 1}

func (d DType) String() string {
	if d < numDTypes {
		return dtypeNames[d]
	}
	return fmt.Sprintf("dtype(%d)", uint8(d))
}

// Size is the size of one element in bytes.
func (d DType) Size() int64 {
	if d < numDTypes {
		return dtypeSizes[d]
	}
	return 0
}

// IsFloat reports whether d is a floating-point type.
func (d DType) IsFloat() bool { return d == F32 || d == BF16 || d == F16 }

// ParseDType parses a dtype name such as "bf16".
func ParseDType(s string) (DType, bool) {
	for d := DType(1); d < numDTypes; d++ {
		if dtypeNames[d] == s {
			return d, true
		}
	}
	return InvalidDType, false
}

// Dim is one dimension of a shape: a non-negative size, or one of the symbols below.
type Dim int64

// Symbolic dimensions, bound when a graph runs.
const (
	// DimT is the number of tokens processed by this step (prefill length, or 1 in decode).
	DimT Dim = -1
	// DimR is the number of trailing rows that need logits (1 for generation, T for all-position logits).
	DimR Dim = -2
	// DimC is the capacity of the KV cache in positions.
	DimC Dim = -3
)

// IsSymbol reports whether d is a symbolic dimension.
func (d Dim) IsSymbol() bool { return d == DimT || d == DimR || d == DimC }

func (d Dim) String() string {
	switch d {
	case DimT:
		return "T"
	case DimR:
		return "R"
	case DimC:
		return "C"
	}
	return strconv.FormatInt(int64(d), 10)
}

// Bind returns the concrete size of d given the symbol values.
func (d Dim) Bind(b Bindings) int64 {
	switch d {
	case DimT:
		return b.T
	case DimR:
		return b.R
	case DimC:
		return b.C
	}
	return int64(d)
}

// Bindings gives values to the symbolic dimensions and the start position of a step.
type Bindings struct {
	T, R, C int64 // see DimT, DimR, DimC
	P       int64 // position of the first token of this step
}

// Shape is a list of dimensions.
type Shape []Dim

func (s Shape) String() string {
	parts := make([]string, len(s))
	for i, d := range s {
		parts[i] = d.String()
	}
	return "[" + strings.Join(parts, ",") + "]"
}

// Equal reports whether two shapes are identical.
func (s Shape) Equal(o Shape) bool {
	if len(s) != len(o) {
		return false
	}
	for i := range s {
		if s[i] != o[i] {
			return false
		}
	}
	return true
}

// Elems is the number of elements for the given bindings.
func (s Shape) Elems(b Bindings) int64 {
	n := int64(1)
	for _, d := range s {
		n *= d.Bind(b)
	}
	return n
}

// Type is a tensor type: element type and shape.
type Type struct {
	DType DType
	Shape Shape
}

func (t Type) String() string { return t.DType.String() + t.Shape.String() }

// Equal reports whether two types are identical.
func (t Type) Equal(o Type) bool { return t.DType == o.DType && t.Shape.Equal(o.Shape) }

// Rows returns the first dimension of a 2-D type (0 otherwise).
func (t Type) Rows() Dim {
	if len(t.Shape) != 2 {
		return 0
	}
	return t.Shape[0]
}

// Cols returns the last dimension of a 2-D type (0 otherwise).
func (t Type) Cols() Dim {
	if len(t.Shape) != 2 {
		return 0
	}
	return t.Shape[1]
}

// Mat returns the type f32[rows, cols].
func Mat(rows, cols Dim) Type { return Type{DType: F32, Shape: Shape{rows, cols}} }
