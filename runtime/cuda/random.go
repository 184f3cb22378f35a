package cuda

import (
	"encoding/binary"
	"fmt"
	"math"
	goruntime "runtime"
	"sync"
	"sync/atomic"

	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/weights"
)

// RandomStd is the standard deviation of the random weights BindRandom draws.
const RandomStd = 0.02

// BindRandom uploads random weights instead of a checkpoint, for benchmarks: matrices are drawn
// from a normal distribution with standard deviation RandomStd (a scaled sum of four uniform
// 16-bit draws), vectors (Nemotron's zero-centred norm gammas and biases) are zero, add1 gives
// ones and rope_table is computed as usual. Only weights the program reads are drawn, each in
// the manifest's dtype; a concat is drawn as one matrix. The values depend only on seed: each
// chunk of each tensor has its own generator, so the draw may run on every core.
func (md *Model) BindRandom(seed uint64) error {
	m := md.Manifest
	return md.uploadWeights(func(i int) ([]byte, error) {
		w := m.Weights[i]
		shape := weightShape(w, md.capacity)
		n := numel(shape)
		dt := manifestDTypes[w.DType]
		switch {
		case w.Transform == artifact.TransformRoPETable:
			return f32Bytes(RoPETable(md.capacity, int(w.Attrs["rot"]), w.Attrs["theta"], w.Attrs["scale"])), nil
		case !dt.IsFloat():
			return nil, fmt.Errorf("random weights: %s is %s, only float weights can be drawn", w.Name, w.DType)
		case w.Transform == artifact.TransformAdd1:
			return randomTensor(dt, n, seed, uint64(i), true), nil
		case len(shape) <= 1:
			return make([]byte, n*int64(dt.Size())), nil
		}
		return randomTensor(dt, n, seed, uint64(i), false), nil
	})
}

// randomChunk is the number of values one generator draws.
const randomChunk = 1 << 18

// randomTensor draws n values of dtype dt (or ones), chunk by chunk on every core.
func randomTensor(dt weights.DType, n int64, seed, stream uint64, ones bool) []byte {
	size := int64(dt.Size())
	out := make([]byte, n*size)
	chunks := (n + randomChunk - 1) / randomChunk
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(int64(goruntime.GOMAXPROCS(0)), max(chunks, 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				c := next.Add(1) - 1
				if c >= chunks {
					return
				}
				lo, hi := c*randomChunk, min((c+1)*randomChunk, n)
				g := splitmix{mix(seed ^ mix(stream+0x9e3779b97f4a7c15*uint64(c+1)))}
				for i := lo; i < hi; i++ {
					v := float32(1)
					if !ones {
						v = g.normal()
					}
					put(out[i*size:], dt, v)
				}
			}
		}()
	}
	wg.Wait()
	return out
}

// put stores v as dtype dt at the start of b.
func put(b []byte, dt weights.DType, v float32) {
	switch dt {
	case weights.F32:
		binary.LittleEndian.PutUint32(b, math.Float32bits(v))
	case weights.BF16:
		binary.LittleEndian.PutUint16(b, weights.F32ToBF16(v))
	case weights.F16:
		binary.LittleEndian.PutUint16(b, weights.F32ToF16(v))
	}
}

// normScale maps a sum of four uniform 16-bit integers (mean 2·65535, variance
// 4·(65536²-1)/12) to standard deviation RandomStd.
var normScale = RandomStd / math.Sqrt(4*(65536.0*65536.0-1)/12)

// splitmix is the SplitMix64 generator.
type splitmix struct{ s uint64 }

func (g *splitmix) next() uint64 {
	g.s += 0x9e3779b97f4a7c15
	return mix(g.s)
}

// normal draws an approximately normal value with standard deviation RandomStd.
func (g *splitmix) normal() float32 {
	r := g.next()
	s := int64(r&0xffff) + int64(r>>16&0xffff) + int64(r>>32&0xffff) + int64(r>>48) - 2*65535
	return float32(float64(s) * normScale)
}

// mix is SplitMix64's finaliser.
func mix(z uint64) uint64 {
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}
