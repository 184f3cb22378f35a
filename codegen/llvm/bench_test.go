package llvm

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/ebitengine/purego"
	"github.com/mtc-dev/mtc/ir"
)

// BenchmarkMatMul measures the matmul kernel on one thread for a 1024×1024 bf16 weight, in
// decode (T=1: bandwidth-bound, 2 MiB of weights per call) and prefill (T=64: compute-bound),
// on the host's widest target. It reports GFLOP/s (2 FLOPs per multiply-add).
func BenchmarkMatMul(b *testing.B) {
	const k, n = 1024, 1024
	tg := hostTargets(b)[0]
	g := newGB(b, "bench", 1)
	g.shapeOnly = true
	x := g.embed("E", ir.F32, 4, k)
	out, err := Generate(g.graph(g.op(ir.OpMatMul, vs{x}, ws{g.weight("W", ir.BF16, n, k)}, nil)), tg.o)
	if err != nil {
		b.Fatal(err)
	}
	l := loadLib(b, buildSO(b, out.LL, tg.o))
	launch := out.Program[1]
	fn := l.sym(b, out.Kernels[launch.Kernel].Symbol)
	rng := rand.New(rand.NewPCG(1, 2))
	w := guarded(b, 2*n*k)
	for i := 0; i < n*k; i++ {
		binary.LittleEndian.PutUint16(w[2*i:], uint16(0x3c00|rng.IntN(0x3ff))) // bf16 in [2^-7, 2^-6)
	}
	for _, T := range []int{1, 64} {
		b.Run(fmt.Sprintf("%s/T=%d", tg.name, T), func(b *testing.B) {
			xs, ys := guarded(b, 4*T*k), guarded(b, 4*T*n)
			for i, v := range f32s(xs) {
				f32s(xs)[i] = v + float32(rng.Float64())
			}
			args := guarded(b, 64)
			for i, p := range []uintptr{addr(ys), addr(xs), addr(w)} {
				binary.LittleEndian.PutUint64(args[8*i:], uint64(p))
			}
			binary.LittleEndian.PutUint64(args[32:], uint64(T))
			b.ResetTimer()
			for range b.N {
				purego.SyscallN(fn, addr(args), addr(args[32:]), 0, n)
			}
			b.ReportMetric(2*float64(T)*k*n*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
		})
	}
}

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

// BenchmarkAttentionDecode measures the attention kernel of a Minitron-8B layer (48 query heads,
// 8 KV heads of 128) decoding one token at position 4095 on one thread, over all 8 KV heads.
// It reports the KV-cache bytes read per second.
func BenchmarkAttentionDecode(b *testing.B) {
	const heads, kvh, hd, capacity = 48, 8, 128, 4096
	tg := hostTargets(b)[0]
	g := newGB(b, "bench", 1)
	g.shapeOnly = true
	qkv := g.embed("E", ir.F32, 4, (heads+2*kvh)*hd)
	attrs := ir.Attrs{"layer": 0, "heads": heads, "kv_heads": kvh, "head_dim": hd}
	out, err := Generate(g.graph(g.op(ir.OpGQAAttention, vs{qkv}, nil, attrs)), tg.o)
	if err != nil {
		b.Fatal(err)
	}
	l := loadLib(b, buildSO(b, out.LL, tg.o))
	attend := out.Program[2] // embed, kvstore, attend
	fn := l.sym(b, out.Kernels[attend.Kernel].Symbol)
	kc, vc := guarded(b, 4*capacity*kvh*hd), guarded(b, 4*capacity*kvh*hd)
	for i := range f32s(kc) {
		f32s(kc)[i], f32s(vc)[i] = float32(i%13)*0.01, float32(i%7)
	}
	q, y := guarded(b, 4*(heads+2*kvh)*hd), guarded(b, 4*heads*hd)
	args := guarded(b, 128)
	for i, p := range []uintptr{addr(y), addr(q), addr(kc), addr(vc)} {
		binary.LittleEndian.PutUint64(args[8*i:], uint64(p))
	}
	for i, v := range []int64{1, capacity - 1, capacity} { // T, P, capacity
		binary.LittleEndian.PutUint64(args[64+8*i:], uint64(v))
	}
	b.Run(tg.name, func(b *testing.B) {
		for range b.N {
			purego.SyscallN(fn, addr(args), addr(args[64:]), 0, kvh)
		}
		b.ReportMetric(float64(len(kc)+len(vc))*float64(b.N)/b.Elapsed().Seconds()/1e9, "GB/s")
	})
}
