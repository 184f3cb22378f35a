package runtime

import (
	"fmt"
	"math"
	goruntime "runtime"
	"sync"
	"sync/atomic"

	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/weights"
)

// The q8 weight format (artifact.DTypeQ8): every row of a matrix in blocks of artifact.Q8Block
// values, each block an f32 scale d = max|x|/127 and int8 values q = x/d rounded to nearest even
// (so |q| ≤ 127), stored as two planes: all rows of int8 values (rows padded with zeros to whole
// blocks), then all rows of scales. The runtime builds it at load time (TransformQuantizeQ8)
// from a checkpoint tensor of any float dtype; the kernels compute with d·q.

// QuantizeQ8 writes the q8 form of vals (rows rows of k values) into dst, which must hold
// artifact.Q8Bytes(rows, k) bytes.
func QuantizeQ8(dst []byte, vals []float32, rows, k int) error {
	if len(vals) != rows*k || int64(len(dst)) != artifact.Q8Bytes(int64(rows), int64(k)) {
		return fmt.Errorf("q8: %d values and %d bytes for %d×%d", len(vals), len(dst), rows, k)
	}
	for j := 0; j < rows; j++ {
		quantizeRowQ8(dst, rows, k, j, vals[j*k:(j+1)*k])
	}
	return nil
}

// DequantizeQ8 returns the values d·q of a q8 tensor of rows rows of k values (what the kernels
// multiply by), as float32.
func DequantizeQ8(src []byte, rows, k int) ([]float32, error) {
	if int64(len(src)) != artifact.Q8Bytes(int64(rows), int64(k)) {
		return nil, fmt.Errorf("q8: %d bytes for %d×%d, want %d", len(src), rows, k, artifact.Q8Bytes(int64(rows), int64(k)))
	}
	rb, nb := int(artifact.Q8RowBytes(int64(k))), int(artifact.Q8Blocks(int64(k)))
	scales := src[rows*rb:]
	out := make([]float32, rows*k)
	for j := 0; j < rows; j++ {
		for i := 0; i < k; i++ {
			b := j*nb + i/artifact.Q8Block
			d := math.Float32frombits(uint32(scales[4*b]) | uint32(scales[4*b+1])<<8 | uint32(scales[4*b+2])<<16 | uint32(scales[4*b+3])<<24)
			out[j*k+i] = d * float32(int8(src[j*rb+i]))
		}
	}
	return out, nil
}

// quantizeRowQ8 writes row j of a q8 tensor of rows rows of k values into dst from vals.
func quantizeRowQ8(dst []byte, rows, k, j int, vals []float32) {
	rb, nb := int(artifact.Q8RowBytes(int64(k))), int(artifact.Q8Blocks(int64(k)))
	q := dst[j*rb : (j+1)*rb]
	scales := dst[rows*rb+4*j*nb : rows*rb+4*(j+1)*nb]
	for b := 0; b < nb; b++ {
		lo, hi := b*artifact.Q8Block, min((b+1)*artifact.Q8Block, k)
		var amax float32
		for _, v := range vals[lo:hi] {
			amax = max(amax, float32(math.Abs(float64(v))))
		}
		d := amax / 127
		var id float32
		if amax > 0 {
			id = 127 / amax
		}
		for i := lo; i < hi; i++ {
			q[i] = byte(int8(math.RoundToEven(float64(vals[i] * id))))
		}
		for i := hi; i < (b+1)*artifact.Q8Block; i++ {
			q[i] = 0
		}
		bits := math.Float32bits(d)
		scales[4*b], scales[4*b+1], scales[4*b+2], scales[4*b+3] = byte(bits), byte(bits>>8), byte(bits>>16), byte(bits>>24)
	}
}

// quantizeTensorQ8 writes the q8 form of src (rows×k values of dtype dt) into dst, rows dealt
// out to GOMAXPROCS goroutines.
func quantizeTensorQ8(dst, src []byte, dt weights.DType, rows, k int) error {
	if len(src) != rows*k*dt.Size() {
		return fmt.Errorf("%d bytes of %v for %d×%d values", len(src), dt, rows, k)
	}
	if !dt.IsFloat() {
		return fmt.Errorf("cannot quantise %v values", dt)
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	var failed atomic.Value
	const rowsPerTask = 16
	for range min(goruntime.GOMAXPROCS(0), max(rows/rowsPerTask, 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			vals := make([]float32, k)
			for {
				r0 := int(next.Add(rowsPerTask) - rowsPerTask)
				if r0 >= rows {
					return
				}
				for j := r0; j < min(r0+rowsPerTask, rows); j++ {
					if err := toFloat32(vals, src[j*k*dt.Size():(j+1)*k*dt.Size()], dt); err != nil {
						failed.Store(err)
						return
					}
					quantizeRowQ8(dst, rows, k, j, vals)
				}
			}
		}()
	}
	wg.Wait()
	if err, ok := failed.Load().(error); ok {
		return err
	}
	return nil
}
