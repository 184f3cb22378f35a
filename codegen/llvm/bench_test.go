package llvm

import (
	"testing"

	"github.com/ebitengine/purego"
	"github.com/mtc-dev/mtc/ir"
)

// BenchmarkFMAPeak runs mtc_fma_peak on one thread: the ceiling BenchmarkMatMul compares with.
func BenchmarkFMAPeak(b *testing.B) {
	tg := hostTargets(b)[0]
	g := newGB(b, "bench", 1)
	g.shapeOnly = true
	out, err := Generate(g.graph(g.embed("E", ir.F32, 4, 16)), tg.o)
	if err != nil {
		b.Fatal(err)
	}
	l := loadLib(b, buildSO(b, out.LL, tg.o))
	var peak func(iters int64) float64
	purego.RegisterFunc(&peak, l.sym(b, SymFMAPeak))
	const iters = 1 << 20
	b.Run(tg.name, func(b *testing.B) {
		for range b.N {
			peak(iters)
		}
		b.ReportMetric(float64(FMAPeakFLOPsPerIter(tg.o.VectorWidth))*iters*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
	})
}
