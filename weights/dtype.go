package weights

import (
	"fmt"
	"strings"
)

// DType is the element type of a stored tensor. The names are the safetensors spellings.
type DType uint8

// The element types a checkpoint may hold.
const (
	InvalidDType DType = iota
	Bool               // BOOL: one byte, 0 or 1
	U8                 // U8
	I8                 // I8
	F8E5M2             // F8_E5M2: 1 sign, 5 exponent, 2 mantissa bits (the top byte of an F16)
	F8E4M3             // F8_E4M3: 1 sign, 4 exponent, 3 mantissa bits, no infinities (E4M3FN)
	I16                // I16
	U16                // U16
	F16                // F16: IEEE 754 half precision
	BF16               // BF16: the top 16 bits of an F32
	I32                // I32
	U32                // U32
	F32                // F32
	I64                // I64
	U64                // U64
	F64                // F64
	numDTypes
)

// dtypeInfo is the one table every dtype property is read from.
var dtypeInfo = [numDTypes]struct {
	name  string
	size  int
	float bool
}{
	InvalidDType: {"invalid", 0, false},
	Bool:         {"BOOL", 1, false},
	U8:           {"U8", 1, false},
	I8:           {"I8", 1, false},
	F8E5M2:       {"F8_E5M2", 1, true},
	F8E4M3:       {"F8_E4M3", 1, true},
	I16:          {"I16", 2, false},
	U16:          {"U16", 2, false},
	F16:          {"F16", 2, true},
	BF16:         {"BF16", 2, true},
	I32:          {"I32", 4, false},
	U32:          {"U32", 4, false},
	F32:          {"F32", 4, true},
	I64:          {"I64", 8, false},
	U64:          {"U64", 8, false},
	F64:          {"F64", 8, true},
}

// String returns the safetensors name of d ("BF16", "F32", ...).
func (d DType) String() string {
	if d < numDTypes {
		return dtypeInfo[d].name
	}
	return fmt.Sprintf("DType(%d)", uint8(d))
}

// Size returns the number of bytes of one element (0 for an invalid dtype).
func (d DType) Size() int {
	if d < numDTypes {
		return dtypeInfo[d].size
	}
	return 0
}

// IsFloat reports whether d is a floating-point type.
func (d DType) IsFloat() bool { return d < numDTypes && dtypeInfo[d].float }

// Valid reports whether d is one of the defined element types.
func (d DType) Valid() bool { return d > InvalidDType && d < numDTypes }

// ParseDType returns the dtype with safetensors name s.
func ParseDType(s string) (DType, bool) {
	for d := Bool; d < numDTypes; d++ {
		if dtypeInfo[d].name == s {
			return d, true
		}
	}
	return InvalidDType, false
}

// dtypeNames lists every valid dtype name, for error messages.
func dtypeNames() string {
	names := make([]string, 0, numDTypes-1)
	for d := Bool; d < numDTypes; d++ {
		names = append(names, dtypeInfo[d].name)
	}
	return strings.Join(names, ", ")
}
