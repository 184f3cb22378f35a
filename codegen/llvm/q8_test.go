package llvm

import (
	"encoding/binary"
	"math"

	"github.com/mtc-dev/mtc/artifact"
)

// quantizeQ8 is the q8 format of wformat.go written out for tests: rows of k values of vals
// (n·k floats) in blocks of 32 with scale max|x|/127 and values rounded to nearest even. It
// returns the tensor's bytes and the dequantised values (scale·q, what the kernels compute with).
func quantizeQ8(vals []float32, n, k int) ([]byte, []float32) {
	rb, nb := int(artifact.Q8RowBytes(int64(k))), int(artifact.Q8Blocks(int64(k)))
	out := make([]byte, artifact.Q8Bytes(int64(n), int64(k)))
	deq := make([]float32, n*k)
	for j := 0; j < n; j++ {
		for b := 0; b < nb; b++ {
			lo, hi := b*Q8Block, min((b+1)*Q8Block, k)
			amax := float32(0)
			for _, v := range vals[j*k+lo : j*k+hi] {
				amax = max(amax, float32(math.Abs(float64(v))))
			}
			d := amax / 127
			id := float32(0)
			if amax > 0 {
				id = 127 / amax
			}
			for i := lo; i < hi; i++ {
				q := int8(math.RoundToEven(float64(vals[j*k+i] * id)))
				out[j*rb+i] = byte(q)
				deq[j*k+i] = float32(q) * d
			}
			binary.LittleEndian.PutUint32(out[n*rb+4*(j*nb+b):], math.Float32bits(d))
		}
	}
	return out, deq
}
