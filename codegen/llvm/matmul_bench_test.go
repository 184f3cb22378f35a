package llvm

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/ebitengine/purego"
	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/internal/cpufeat"
	"github.com/mtc-dev/mtc/ir"
)

// The matmul benchmarks run one kernel on one thread with Minitron-4B shapes and report their
// rate as a fraction of what bounds it, measured in the same process with the module's own
// utilities: GEMM (prefill, 512 rows) against mtc_fma_peak, GEMV (decode, 1 row) against
// mtc_stream_read over as many bytes as the weights it streams.
//
//	go test -run XXX -bench 'GEMM|GEMV' ./codegen/llvm

// fastTarget is the host's AVX-512 target with the dot-product features fast precision uses,
// or ok = false when the host lacks them.
func fastTarget(t testing.TB) (target, bool) {
	have, err := cpufeat.Host()
	if err != nil {
		return target{}, false
	}
	want := []string{"+avx2", "+avx512bw", "+avx512dq", "+avx512f", "+avx512vl", "+f16c", "+fma", "+avx512bf16", "+avx512vnni"}
	for _, f := range want {
		if !slices.Contains(have, f) {
			return target{}, false
		}
	}
	return target{"avx512-bf16-vnni", Options{CPU: "icelake-server", Features: want, VectorWidth: 16}}, true
}

// halfTarget is fastTarget with AVX512-FP16 added, where fast precision takes the half-FMA
// GEMM for bf16 and f16 weights, or ok = false when the host lacks it.
func halfTarget(t testing.TB) (target, bool) {
	tg, ok := fastTarget(t)
	have, err := cpufeat.Host()
	if !ok || err != nil || !slices.Contains(have, "+avx512fp16") {
		return target{}, false
	}
	tg.name = "avx512-fp16"
	tg.o.Features = append(slices.Clone(tg.o.Features), "+avx512fp16")
	return tg, true
}

// benchFormats are the weight formats and precisions benchmarked.
var benchFormats = []struct {
	name string
	dt   ir.DType
	q8   bool
	fast bool
}{
	{"f32", ir.F32, false, false},
	{"bf16", ir.BF16, false, false},
	{"f16", ir.F16, false, false},
	{"int8", ir.BF16, true, false},
	{"bf16-fast", ir.BF16, false, true},
	{"f16-fast", ir.F16, false, true},
	{"int8-fast", ir.BF16, true, true},
}

// matmulBench is a compiled matmul kernel and copies of its weights.
type matmulBench struct {
	lib     *lib
	fn      uintptr
	k, n    int
	weights [][]byte
	bytes   int // of one copy
}

// newMatmulBench compiles y = x·Wᵀ for W [n,k] of dt (q8: quantised from it) for tg and draws
// copies independent copies of the weights (values in [-1/16, 1/16)).
func newMatmulBench(b *testing.B, tg target, dt ir.DType, q8, fast bool, k, n, copies int) *matmulBench {
	o := tg.o
	if q8 {
		o.WeightsDType = WeightsInt8
	}
	if fast {
		o.Precision = PrecisionFast
	}
	g := newGB(b, "bench", 1)
	g.shapeOnly = true
	x := g.embed("E", ir.F32, 4, k)
	// The matmul feeds a last, as every layer matmul feeds another op: the output head keeps
	// exact precision and the stored weights.
	mm := g.op(ir.OpMatMul, vs{x}, ws{g.weight("W", dt, n, k)}, nil)
	out, err := Generate(g.graph(g.op(ir.OpLast, vs{mm}, nil, nil)), o)
	if err != nil {
		b.Fatal(err)
	}
	mb := &matmulBench{lib: loadLib(b, buildSO(b, out.LL, o)), k: k, n: n}
	mb.fn = mb.lib.sym(b, out.Kernels[out.Program[1].Kernel].Symbol)
	rng := rand.New(rand.NewPCG(1, 2))
	vals := make([]float32, n*k)
	for c := 0; c < copies; c++ {
		for i := range vals {
			vals[i] = float32(rng.Float64()-0.5) / 8
		}
		var data []byte
		switch {
		case q8:
			data, _ = quantizeQ8(vals, n, k)
		case dt == ir.F32:
			data = make([]byte, 4*len(vals))
			for i, v := range vals {
				binary.LittleEndian.PutUint32(data[4*i:], math.Float32bits(v))
			}
		default:
			data = make([]byte, 2*len(vals))
			for i, v := range vals {
				h := uint16(math.Float32bits(v) >> 16)
				if dt == ir.F16 {
					h = f32ToHalfBits(v)
				}
				binary.LittleEndian.PutUint16(data[2*i:], h)
			}
		}
		mem := guarded(b, len(data))
		copy(mem, data)
		mb.weights = append(mb.weights, mem)
		mb.bytes = len(data)
	}
	return mb
}

// f32ToHalfBits rounds a normal float (well inside the half range) to half bits.
func f32ToHalfBits(v float32) uint16 {
	bits := math.Float32bits(v)
	sign := uint16(bits>>16) & 0x8000
	if v == 0 {
		return sign
	}
	e := int(bits>>23&0xff) - 127 + 15
	m := (bits & 0x7fffff) + 1<<12 // round half up on the 13 dropped bits
	if m >= 1<<23 {
		m, e = 0, e+1
	}
	return sign | uint16(e)<<10 | uint16(m>>13)
}

// call runs the kernel for rows T on weight copy c over all columns.
func (mb *matmulBench) call(args, xs, ys []byte, T, c int) {
	for i, p := range []uintptr{addr(ys), addr(xs), addr(mb.weights[c])} {
		binary.LittleEndian.PutUint64(args[8*i:], uint64(p))
	}
	binary.LittleEndian.PutUint64(args[32:], uint64(T))
	purego.SyscallN(mb.fn, addr(args), addr(args[32:]), 0, uintptr(mb.n))
}

// peakMeter runs mtc_fma_peak of a library on this thread.
type peakMeter struct {
	fn    func(iters int64) float64
	flops float64 // per iteration
}

func newPeakMeter(b *testing.B, l *lib, vw int) *peakMeter {
	pm := &peakMeter{flops: float64(FMAPeakFLOPsPerIter(vw))}
	purego.RegisterFunc(&pm.fn, l.sym(b, SymFMAPeak))
	return pm
}

// gflops runs iters rounds and returns the rate in GFLOP/s.
func (pm *peakMeter) gflops(iters int64) float64 {
	start := time.Now()
	pm.fn(iters)
	return pm.flops * float64(iters) / time.Since(start).Seconds() / 1e9
}

// streamMeter returns a function that reads n bytes (allocated and touched once, here) with
// mtc_stream_read of l and returns the rate in GB/s.
func streamMeter(b *testing.B, l *lib, n int) func() float64 {
	var read func(p uintptr, n int64) float64
	purego.RegisterFunc(&read, l.sym(b, SymStreamRead))
	buf := guarded(b, n)
	for i := 0; i < len(buf); i += 4096 {
		buf[i] = 1
	}
	return func() float64 {
		start := time.Now()
		read(addr(buf), int64(n/4))
		return float64(n) / time.Since(start).Seconds() / 1e9
	}
}

// benchTargets are the targets the matmul benchmarks run on: the widest host target, and the
// fast one for fast precision.
func benchTarget(b *testing.B, fast bool) (target, bool) {
	if fast {
		if tg, ok := halfTarget(b); ok {
			return tg, true
		}
		return fastTarget(b)
	}
	return hostTargets(b)[0], true
}

// BenchmarkGEMM measures prefill: 512 rows through a 3072×3072 matrix (Minitron-4B's attention
// output projection), GFLOP/s and the fraction of the FMA peak (2 FLOPs per multiply-add in
// both; fast precision can exceed 1).
func BenchmarkGEMM(b *testing.B) {
	const T, k, n = 512, 3072, 3072
	for _, f := range benchFormats {
		b.Run(f.name, func(b *testing.B) {
			tg, ok := benchTarget(b, f.fast)
			if !ok {
				b.Skip("the host lacks AVX512_BF16 or AVX512_VNNI")
			}
			mb := newMatmulBench(b, tg, f.dt, f.q8, f.fast, k, n, 1)
			pm := newPeakMeter(b, mb.lib, tg.o.VectorWidth)
			xs, ys, args := guarded(b, 4*T*k), guarded(b, 4*T*n), guarded(b, 64)
			rng := rand.New(rand.NewPCG(3, 4))
			for i := range f32s(xs) {
				f32s(xs)[i] = float32(rng.Float64()*2 - 1)
			}
			// The machine may be shared: every kernel call is paired with an FMA-peak run of
			// about a quarter of its length, and the best rates of both are compared.
			flops := 2 * float64(T) * k * n
			iters := int64(flops / pm.flops / 4)
			best, peak := time.Duration(math.MaxInt64), 0.0
			b.ResetTimer()
			for range b.N {
				start := time.Now()
				mb.call(args, xs, ys, T, 0)
				best = min(best, time.Since(start))
				peak = max(peak, pm.gflops(iters))
			}
			b.StopTimer()
			gflops := flops / best.Seconds() / 1e9
			b.ReportMetric(gflops, "GFLOP/s")
			b.ReportMetric(gflops/peak, "of-FMA-peak")
		})
	}
}

// BenchmarkGEMV measures decode: one row through 9216×3072 matrices (Minitron-4B's MLP up
// projection), cycling through enough copies to stream about 256 MiB from memory. The host's
// bandwidth drifts from second to second, so each round reads the copies once with
// mtc_stream_read and once with the kernel, back to back, and the benchmark reports the weight
// GB/s over all rounds and the median of the rounds' ratios (the kernel's GB/s over the plain
// read's). -benchtime Nx runs N rounds (at least 5).
//
//	go test -run XXX -bench GEMV -benchtime 9x ./codegen/llvm
func BenchmarkGEMV(b *testing.B) {
	const k, n = 3072, 9216
	for _, f := range benchFormats {
		if f.fast {
			continue // the GEMV path has one precision
		}
		b.Run(f.name, func(b *testing.B) {
			tg, _ := benchTarget(b, false)
			per := int(artifact.WeightBytes(f.dt.String(), []int64{n, k}))
			if f.q8 {
				per = int(artifact.Q8Bytes(n, k))
			}
			copies := max(1, (256<<20)/per)
			mb := newMatmulBench(b, tg, f.dt, f.q8, false, k, n, copies)
			xs, ys, args := guarded(b, 4*k), guarded(b, 4*n), guarded(b, 64)
			for i := range f32s(xs) {
				f32s(xs)[i] = float32(i%7) - 3
			}
			stream := streamMeter(b, mb.lib, copies*mb.bytes)
			var ratios []float64
			var busy time.Duration
			b.ResetTimer()
			for range max(b.N, 5) {
				b.StopTimer()
				bw := stream()
				b.StartTimer()
				start := time.Now()
				for c := range copies {
					mb.call(args, xs, ys, 1, c)
				}
				d := time.Since(start)
				busy += d
				ratios = append(ratios, float64(mb.bytes*copies)/d.Seconds()/1e9/bw)
			}
			slices.Sort(ratios)
			b.ReportMetric(float64(mb.bytes*copies*len(ratios))/busy.Seconds()/1e9, "GB/s")
			b.ReportMetric(ratios[len(ratios)/2], "of-stream-read")
		})
	}
}

// BenchmarkGEMMRows measures the GEMM path's speed by row count (bf16, exact), to place
// gemmMinRows: rows 4..16 through a 3072×3072 matrix, in weight GB/s like decode.
func BenchmarkGEMMRows(b *testing.B) {
	const k, n = 3072, 3072
	tg := hostTargets(b)[0]
	mb := newMatmulBench(b, tg, ir.BF16, false, false, k, n, 1)
	for _, T := range []int{2, 4, 6, 8, 12, 16} {
		b.Run(fmt.Sprintf("T=%d", T), func(b *testing.B) {
			xs, ys, args := guarded(b, 4*T*k), guarded(b, 4*T*n), guarded(b, 64)
			for i := range f32s(xs) {
				f32s(xs)[i] = float32(i%5) - 2
			}
			b.ResetTimer()
			for range b.N {
				mb.call(args, xs, ys, T, 0)
			}
			b.ReportMetric(2*float64(T)*k*n*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
		})
	}
}
