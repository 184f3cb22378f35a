package llvm

import (
	lir "github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// Every module also exports three functions `mtc bench` uses to measure the machine in the same
// process, with the same compiler and vector width as the kernels:
//
//	double  mtc_stream_read(const float *p, int64_t n)  the sum of p[0..n): a bandwidth-bound read
//	double  mtc_fma_peak(int64_t iters)                  iters rounds of independent vector FMAs
//	int64_t mtc_fma_flops_per_iter(void)                 FLOPs of one mtc_fma_peak round
//
// mtc_fma_peak keeps FMAChains accumulators of VectorWidth lanes in registers; each round
// updates every accumulator with one FMA (a ← a·c + d), i.e. 2·FMAChains·VectorWidth FLOPs,
// and the result is the sum of the accumulators, so no round can be optimised away. The chains
// are independent, enough to cover the FMA latency times the number of FMA units of current
// cores. With c = d = 1/2 every accumulator converges to exactly 1 and stays there, so the
// values stay normal and the result after many rounds is exactly FMAChains·VectorWidth.

// Utility symbols.
const (
	SymStreamRead      = "mtc_stream_read"
	SymFMAPeak         = "mtc_fma_peak"
	SymFMAFLOPsPerIter = "mtc_fma_flops_per_iter"
)

// FMAChains is the number of independent accumulators of mtc_fma_peak.
const FMAChains = 12

// streamAccumulators is the number of independent vector sums of mtc_stream_read.
const streamAccumulators = 4

// FMAPeakFLOPsPerIter is the number of FLOPs one round of mtc_fma_peak performs for a vector
// width (the same number mtc_fma_flops_per_iter returns).
func FMAPeakFLOPsPerIter(vectorWidth int) int64 { return int64(2 * FMAChains * vectorWidth) }

func (md *module) utilities() {
	md.streamRead()
	md.fmaPeak()
	md.runProgram()
	f := md.m.NewFunc(SymFMAFLOPsPerIter, tI64)
	f.FuncAttrs = md.attrs
	f.NewBlock("entry").NewRet(ci64(FMAPeakFLOPsPerIter(md.vw)))
}

func (md *module) streamRead() {
	p := lir.NewParam("p", types.NewPointer(tF32))
	n := lir.NewParam("n", tI64)
	f := md.m.NewFunc(SymStreamRead, tF64, p, n)
	f.FuncAttrs = md.attrs
	k := newKfn(md, f)
	step := int64(streamAccumulators * k.vw)
	main := k.mul(k.sdiv(n, ci64(step)), ci64(step))
	init := make([]value.Value, streamAccumulators)
	for i := range init {
		init[i] = constant.NewZeroInitializer(k.vecT(tF32))
	}
	acc := k.loop(ci64(0), main, step, init, func(i value.Value, cur []value.Value) []value.Value {
		next := make([]value.Value, len(cur))
		for a := range cur {
			next[a] = k.fadd(cur[a], k.vload(p, k.add(i, ci64(int64(a*k.vw))), k.vw))
		}
		return next
	})
	total := acc[0]
	for _, a := range acc[1:] {
		total = k.fadd(total, a)
	}
	s := k.b.NewFPExt(k.hsum(total), tF64)
	rest := k.loop(main, n, 1, []value.Value{s}, func(i value.Value, cur []value.Value) []value.Value {
		return []value.Value{k.fadd(cur[0], k.b.NewFPExt(k.load(p, i), tF64))}
	})
	k.b.NewRet(rest[0])
}

func (md *module) fmaPeak() {
	iters := lir.NewParam("iters", tI64)
	f := md.m.NewFunc(SymFMAPeak, tF64, iters)
	f.FuncAttrs = md.attrs
	k := newKfn(md, f)
	c := k.splatC(cf32(0.5))
	d := k.splatC(cf32(0.5))
	init := make([]value.Value, FMAChains)
	for i := range init {
		init[i] = k.splatC(cf32(float64(i + 1)))
	}
	acc := k.loop(ci64(0), iters, 1, init, func(_ value.Value, cur []value.Value) []value.Value {
		next := make([]value.Value, len(cur))
		for i, a := range cur {
			next[i] = k.fma(a, c, d)
		}
		return next
	})
	total := acc[0]
	for _, a := range acc[1:] {
		total = k.fadd(total, a)
	}
	k.b.NewRet(k.b.NewFPExt(k.hsum(total), tF64))
}
