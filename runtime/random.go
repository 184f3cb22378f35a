package runtime

import (
	"fmt"
	"math"
	goruntime "runtime"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/weights"
)

// RandomStd is the standard deviation of the random weights BindRandom draws.
const RandomStd = 0.02

// BindRandom binds the artifact to random weights instead of a checkpoint, for benchmarks
// (`mtc bench --random-weights`): matrices are drawn from a normal distribution with standard
// deviation RandomStd (approximated by a scaled sum of four uniforms), vectors (norm gammas,
// which Nemotron stores zero-centred, and biases) are zero, so add1 gives ones. dtype is the
// weight dtype the caller expects ("f32", "bf16", "f16"; "" accepts the manifest's); it must
// match the dtype the artifact was compiled for.
//
// Only weights the program reads are materialised, each directly in its own allocation: a
// concat is drawn as one matrix rather than built from drawn parts, and an add1 is filled with
// ones. The draw runs on GOMAXPROCS goroutines and depends only on seed, not on the thread count.
func (a *Artifact) BindRandom(seed uint64, dtype string) (*Model, error) {
	m := a.Manifest
	if _, ok := manifestDTypes[dtype]; dtype != "" && !ok {
		return nil, fmt.Errorf("random weights: unknown dtype %q (want f32, bf16 or f16)", dtype)
	}
	read := make([]bool, len(m.Weights))
	for _, l := range m.Program {
		for _, r := range l.Bufs {
			if r.Kind == artifact.RefWeight {
				read[r.Index] = true
			}
		}
	}
	md := &Model{art: a, ptrs: make([]uintptr, len(m.Weights)), data: make([][]byte, len(m.Weights))}
	var jobs []fillJob
	for i, w := range m.Weights {
		if !read[i] {
			continue
		}
		shape := weightShape(w, a.capacity)
		n := numel(shape)
		dt := manifestDTypes[w.DType]
		if dtype != "" && dt.IsFloat() && w.Transform != artifact.TransformAdd1 && w.Transform != artifact.TransformRoPETable && w.DType != dtype {
			md.Close()
			return nil, fmt.Errorf("random weights: %s is %s in the artifact, not %s (compile the artifact for %s weights)", w.Name, w.DType, dtype, dtype)
		}
		if w.Transform == artifact.TransformRoPETable {
			if err := md.derive(i); err != nil {
				md.Close()
				return nil, err
			}
			continue
		}
		if w.DType == artifact.DTypeQ8 {
			out, err := md.alloc(i, artifact.Q8Bytes(shape[0], shape[1]))
			if err != nil {
				md.Close()
				return nil, err
			}
			jobs = append(jobs, fillJob{out: out, q8rows: int(shape[0]), q8k: int(shape[1]), stream: uint64(i)})
			continue
		}
		out, err := md.alloc(i, n*int64(dt.Size()))
		if err != nil {
			md.Close()
			return nil, err
		}
		switch {
		case w.Transform == artifact.TransformAdd1:
			jobs = append(jobs, fillJob{out: out, dt: dt, ones: true})
		case len(shape) <= 1:
			// zero: the allocation is already zero-filled
		default:
			jobs = append(jobs, fillJob{out: out, dt: dt, stream: uint64(i)})
		}
	}
	fillRandom(jobs, seed)
	return md, nil
}

// fillJob is one tensor to fill: with ones, or with random values from stream stream; a q8
// matrix (q8rows > 0) gets random values quantised row by row.
type fillJob struct {
	out    []byte
	dt     weights.DType
	ones   bool
	stream uint64
	q8rows int
	q8k    int
}

// units is the number of values the job fills, and the values of one unit it fills together
// (1, or a row of a q8 matrix).
func (j *fillJob) units() (n, per int) {
	if j.q8rows > 0 {
		return j.q8rows * j.q8k, j.q8k
	}
	return len(j.out) / max(j.dt.Size(), 1), 1
}

// fillChunk is the number of elements one goroutine fills at a time; each chunk has its own
// generator, seeded from (seed, stream, chunk index), so the result is independent of the
// scheduling.
const fillChunk = 1 << 18

// fillRandom fills every job, chunk by chunk, on GOMAXPROCS goroutines.
func fillRandom(jobs []fillJob, seed uint64) {
	type chunk struct{ job, index int }
	var chunks []chunk
	for j, job := range jobs {
		n, per := job.units()
		size := fillChunk / per * per // whole q8 rows per chunk
		if size == 0 {
			size = per
		}
		for c := 0; c*size < n; c++ {
			chunks = append(chunks, chunk{j, c})
		}
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(goruntime.GOMAXPROCS(0), max(len(chunks), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				k := int(next.Add(1) - 1)
				if k >= len(chunks) {
					return
				}
				c := chunks[k]
				jobs[c.job].fill(seed, c.index)
			}
		}()
	}
	wg.Wait()
}

// fill fills chunk c of the job.
func (j *fillJob) fill(seed uint64, c int) {
	if j.q8rows > 0 {
		j.fillQ8(seed, c)
		return
	}
	size := j.dt.Size()
	n := len(j.out) / size
	lo, hi := c*fillChunk, min((c+1)*fillChunk, n)
	b := j.out[lo*size : hi*size]
	g := splitmix{mix(seed ^ mix(j.stream+0x9e3779b97f4a7c15*uint64(c+1)))}
	switch j.dt {
	case weights.F32:
		f := unsafe.Slice((*float32)(unsafe.Pointer(&b[0])), hi-lo)
		for i := range f {
			f[i] = j.value(&g)
		}
	case weights.BF16:
		h := unsafe.Slice((*uint16)(unsafe.Pointer(&b[0])), hi-lo)
		for i := range h {
			h[i] = weights.F32ToBF16(j.value(&g))
		}
	case weights.F16:
		h := unsafe.Slice((*uint16)(unsafe.Pointer(&b[0])), hi-lo)
		for i := range h {
			h[i] = weights.F32ToF16(j.value(&g))
		}
	case weights.I8:
		for i := range b {
			b[i] = byte(g.next())
		}
	}
}

// normScale maps a sum of four uniform 16-bit integers (mean 2·65535, variance
// 4·(65536²-1)/12) to standard deviation RandomStd.
var normScale = RandomStd / math.Sqrt(4*(65536.0*65536.0-1)/12)

// value draws one value (or returns 1 for an add1).
func (j *fillJob) value(g *splitmix) float32 {
	if j.ones {
		return 1
	}
	r := g.next()
	s := int64(r&0xffff) + int64(r>>16&0xffff) + int64(r>>32&0xffff) + int64(r>>48) - 2*65535
	return float32(float64(s) * normScale)
}

// splitmix is the SplitMix64 generator: one add and a 64-bit mix per value, cheap enough to draw
// gigabytes of weights in seconds.
type splitmix struct{ s uint64 }

func (g *splitmix) next() uint64 {
	g.s += 0x9e3779b97f4a7c15
	return mix(g.s)
}

// mix is SplitMix64's finaliser.
func mix(z uint64) uint64 {
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// fillQ8 fills chunk c of a q8 job: the rows of about fillChunk values, drawn like f32 weights
// and quantised.
func (j *fillJob) fillQ8(seed uint64, c int) {
	per := max(fillChunk/j.q8k, 1)
	g := splitmix{mix(seed ^ mix(j.stream+0x9e3779b97f4a7c15*uint64(c+1)))}
	vals := make([]float32, j.q8k)
	for r := c * per; r < min((c+1)*per, j.q8rows); r++ {
		for i := range vals {
			vals[i] = j.value(&g)
		}
		quantizeRowQ8(j.out, j.q8rows, j.q8k, r, vals)
	}
}
