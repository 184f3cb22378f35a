package weights

import (
	"math/rand/v2"
	"testing"
)

const benchElems = 1 << 20

func benchData(dt DType) []byte {
	r := rand.New(rand.NewPCG(5, 6))
	v := make([]float32, benchElems)
	for i := range v {
		v[i] = float32(r.NormFloat64())
	}
	b, _ := EncodeFloat32(dt, v)
	return b
}

func BenchmarkBF16ToF32(b *testing.B) {
	src := benchData(BF16)
	dst := make([]float32, benchElems)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		BF16BytesToF32(dst, src)
	}
}

// BenchmarkBF16ToF32Naive is the per-element loop with bounds checks that BF16BytesToF32 replaces.
func BenchmarkBF16ToF32Naive(b *testing.B) {
	src := benchData(BF16)
	dst := make([]float32, benchElems)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		for i := range dst {
			dst[i] = BF16ToF32(uint16(src[2*i]) | uint16(src[2*i+1])<<8)
		}
	}
}

func BenchmarkTensorToFloat32BF16(b *testing.B) {
	x := &Tensor{Name: "x", DType: BF16, Shape: []int64{benchElems}, Data: benchData(BF16)}
	dst := make([]float32, benchElems)
	b.SetBytes(int64(len(x.Data)))
	for b.Loop() {
		if err := x.ToFloat32(dst); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkF16ToF32(b *testing.B) {
	src := benchData(F16)
	dst := make([]float32, benchElems)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		F16BytesToF32(dst, src)
	}
}

func BenchmarkF32ToBF16(b *testing.B) {
	r := rand.New(rand.NewPCG(7, 8))
	src := make([]float32, benchElems)
	for i := range src {
		src[i] = float32(r.NormFloat64())
	}
	dst := make([]byte, 2*benchElems)
	b.SetBytes(int64(len(dst)))
	for b.Loop() {
		F32ToBF16Bytes(dst, src)
	}
}
