package llvm

import (
	"math"
	"slices"
	"testing"
	"unsafe"

	"github.com/ebitengine/purego"
)

// caseIndex returns the index of the named case in s, or skips when s does not have it.
func (s *suite) caseIndex(t *testing.T, name string) int {
	t.Helper()
	i := slices.IndexFunc(s.cases, func(c opCase) bool { return c.name == name })
	if i < 0 {
		t.Skipf("target %s does not run case %s", s.target.name, name)
	}
	return i
}

// TestNoUndefinedSymbols checks that the kernels call no library function (no libm, no libc):
// the shared objects of the test suites and of a Minitron-8B-sized model (whose long loops
// LLVM would like to turn into memset calls) import nothing.
func TestNoUndefinedSymbols(t *testing.T) {
	suites := compiledSuites(t)
	for _, s := range suites {
		if len(s.imports) > 0 {
			t.Errorf("target %s: the shared object imports %v", s.target.name, s.imports)
		}
	}
	g := newGB(t, "minitron-8b", 1)
	g.shapeOnly = true
	d := modelDims{layers: 1, vocab: 256000, h: 4096, heads: 48, kvh: 8, hd: 128, rot: 64, ffn: 16384}
	o := suites[0].target.o
	out, err := Generate(g.graph(tinyModel(g, d)), o)
	if err != nil {
		t.Fatal(err)
	}
	if imports := undefinedSymbols(t, buildSO(t, out.LL, o)); len(imports) > 0 {
		t.Errorf("minitron-8b kernels for %s import %v", suites[0].target.name, imports)
	}
}

// TestUtilities calls the benchmark helpers every module exports.
func TestUtilities(t *testing.T) {
	for _, s := range compiledSuites(t) {
		t.Run(s.target.name, func(t *testing.T) {
			var streamRead func(p unsafe.Pointer, n int64) float64
			var fmaPeak func(iters int64) float64
			var flops func() int64
			purego.RegisterFunc(&streamRead, s.lib.sym(t, SymStreamRead))
			purego.RegisterFunc(&fmaPeak, s.lib.sym(t, SymFMAPeak))
			purego.RegisterFunc(&flops, s.lib.sym(t, SymFMAFLOPsPerIter))
			for _, n := range []int{0, 5, 64, 1000 + 7} {
				mem := guarded(t, 4*n)
				xs := f32s(mem)
				want := 0.0
				for i := range xs {
					xs[i] = float32(i%17) - 8
					want += float64(xs[i])
				}
				var p unsafe.Pointer
				if n > 0 {
					p = unsafe.Pointer(&mem[0])
				}
				if got := streamRead(p, int64(n)); got != want {
					t.Errorf("mtc_stream_read(n=%d) = %v, want %v", n, got, want)
				}
			}
			if got, want := flops(), FMAPeakFLOPsPerIter(s.target.o.VectorWidth); got != want {
				t.Errorf("mtc_fma_flops_per_iter() = %d, want %d", got, want)
			}
			// Each accumulator a_i starts at i+1 and follows a ← a/2 + 1/2, reaching exactly 1.
			lanes := float64(FMAChains * s.target.o.VectorWidth)
			if got := fmaPeak(0); got != lanes*(FMAChains+1)/2 {
				t.Errorf("mtc_fma_peak(0) = %v, want %v", got, lanes*(FMAChains+1)/2)
			}
			if got := fmaPeak(1000); got != lanes {
				t.Errorf("mtc_fma_peak(1000) = %v, want %v", got, lanes)
			}
		})
	}
}

// TestEmbedBadTokens checks that a token id outside the vocabulary reads nothing and yields a
// NaN row, while valid ids in the same step are embedded.
func TestEmbedBadTokens(t *testing.T) {
	s := compiledSuites(t)[0]
	i := s.caseIndex(t, "embed/f16")
	r := newRunner(t, s.lib, s.outs[i], s.cks[i], testCapacity)
	const h, vocab = 45, 9
	got := r.step([]int32{-1, 2, vocab, math.MaxInt32}, 4, 4*h)
	for row := 0; row < 4; row++ {
		for j, x := range got[row*h : (row+1)*h] {
			if row == 1 {
				if want := s.cks[i]["E"].f32[2*h+j]; x != want {
					t.Fatalf("row 1 (token 2) column %d = %v, want %v", j, x, want)
				}
			} else if !math.IsNaN(float64(x)) {
				t.Fatalf("row %d (bad token) column %d = %v, want NaN", row, j, x)
			}
		}
	}
}

// TestAttentionOverCapacity runs a step that does not fit in the KV cache: the keys and values
// past the capacity are not stored and the output is NaN. A prefill of T > 1 rows and a decode
// step take different paths.
func TestAttentionOverCapacity(t *testing.T) {
	s := compiledSuites(t)[0]
	i := s.caseIndex(t, "gqa_attention")
	const capacity = 4
	r := newRunner(t, s.lib, s.outs[i], s.cks[i], capacity)
	got := r.step([]int32{1, 2, 3, 4, 5}, 5, 5*4*12)
	for j, x := range got {
		if !math.IsNaN(float64(x)) {
			t.Fatalf("output %d = %v, want NaN", j, x)
		}
	}
	r = newRunner(t, s.lib, s.outs[i], s.cks[i], capacity)
	for j, x := range r.step([]int32{1, 2, 3, 4}, 4, 4*4*12) {
		if math.IsNaN(float64(x)) {
			t.Fatalf("a step that fits: output %d is NaN", j)
		}
	}
	for j, x := range r.step([]int32{5}, 1, 4*12) {
		if !math.IsNaN(float64(x)) {
			t.Fatalf("decode past the capacity: output %d = %v, want NaN", j, x)
		}
	}
}
