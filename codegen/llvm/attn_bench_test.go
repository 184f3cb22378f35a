package llvm

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	goruntime "runtime"
	"sync"
	"testing"
	"time"

	"github.com/ebitengine/purego"
	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/ir"
)

// Attention benchmarks on one layer of Minitron-8B's shape (48 query heads, 8 KV heads of 128
// dimensions), on the host's widest target, with 1 and 2 threads (each launch's split dealt out
// to threads locked to OS threads, joined after every launch, as the runtime does):
//
//   - decode: one token at position ctx-1, reporting the KV-cache bytes read per second (the
//     mean, and the fastest step's) and the fastest step's as a fraction of the read bandwidth
//     mtc_stream_read measures in the same run.
//     The layer's cache is one of many filling 1 GiB, used in turn, so that it comes from memory
//     and not from the last-level cache, as in a real model.
//   - prefill: T tokens at position 0, reporting GFLOP/s (4·head_dim FLOPs per query head and
//     visible key: the scores and the weighted values), the mean and the fastest step's.
//
// go test -run '^$' -bench Attention ./codegen/llvm

const (
	benchHeads, benchKV, benchHD = 48, 8, 128
	benchKVBytes                 = 1 << 30
)

// attnLayer is a compiled attention layer with enough caches to fill benchKVBytes.
type attnLayer struct {
	b        testing.TB
	out      *Output
	lib      *lib
	fns      []uintptr // kvstore, attend, combine
	capacity int
	slot     artifact.Slot
	kv       []byte // caches, each K region then V region
	per      int    // bytes per cache
	qkv, y   []byte
	args     []byte
	next     int
}

// newAttnLayer compiles the layer for a cache dtype and capacity, with caches filling about
// kvBytes (at least one) and room for steps of up to maxT tokens.
func newAttnLayer(b testing.TB, kvdtype string, capacity, maxT, kvBytes int) *attnLayer {
	tg := hostTargets(b)[0]
	o := tg.o
	o.KVDType = kvdtype
	g := newGB(b, "bench", 1)
	g.shapeOnly = true
	qkv := g.embed("E", ir.F32, 4, (benchHeads+2*benchKV)*benchHD)
	attrs := ir.Attrs{"layer": 0, "heads": benchHeads, "kv_heads": benchKV, "head_dim": benchHD}
	out, err := Generate(g.graph(g.op(ir.OpGQAAttention, vs{qkv}, nil, attrs)), o)
	if err != nil {
		b.Fatal(err)
	}
	l := loadLib(b, buildSO(b, out.LL, o))
	a := &attnLayer{b: b, out: out, lib: l, capacity: capacity, slot: out.Slots[0]}
	for _, launch := range out.Program[1:4] { // embed, then kvstore, attend, combine
		a.fns = append(a.fns, l.sym(b, out.Kernels[launch.Kernel].Symbol))
	}
	c := int64(capacity)
	a.per = int((a.slot.KBytes(c) + a.slot.VBytes(c) + 4095) &^ 4095)
	caches := max(1, kvBytes/a.per)
	a.kv = guarded(b, caches*a.per)
	rng := rand.New(rand.NewPCG(1, 2))
	pattern := make([]byte, 1<<16)
	for i := 0; i < len(pattern); i += 4 { // small finite values in every dtype
		binary.LittleEndian.PutUint32(pattern[i:], 0x3c003c00|uint32(rng.IntN(0x100))<<16|uint32(rng.IntN(0x100)))
	}
	for i := 0; i < len(a.kv); i += len(pattern) {
		copy(a.kv[i:], pattern)
	}
	a.qkv = guarded(b, 4*maxT*(benchHeads+2*benchKV)*benchHD)
	for i := range f32s(a.qkv) {
		f32s(a.qkv)[i] = float32(rng.NormFloat64())
	}
	a.y = guarded(b, 4*maxT*benchHeads*benchHD)
	a.args = guarded(b, 256)
	return a
}

// step runs the layer's three launches for T tokens at position P on threads threads, against
// the next cache in turn.
func (a *attnLayer) step(T, P, threads int) {
	base := addr(a.kv) + uintptr(a.next*a.per)
	a.next = (a.next + 1) % (len(a.kv) / a.per)
	kreg, vreg := base, base+uintptr(a.slot.KBytes(int64(a.capacity)))
	k := addr(a.qkv)
	put := func(i int, x uint64) { binary.LittleEndian.PutUint64(a.args[8*i:], x) }
	// bufs at 0..3, ints at 8..10.
	put(8, uint64(T))
	put(9, uint64(P))
	put(10, uint64(a.capacity))
	calls := []struct {
		bufs  []uintptr
		ints  uintptr
		split int
	}{
		{[]uintptr{kreg, vreg, k, k}, addr(a.args[72:]), T},
		{[]uintptr{addr(a.y), k, kreg, vreg}, addr(a.args[64:]), benchKV * (T + decodeChunks - 1)},
		{[]uintptr{addr(a.y), vreg}, addr(a.args[64:]), benchHeads},
	}
	for i, c := range calls {
		for j, p := range c.bufs {
			put(j, uint64(p))
		}
		parallel(threads, int64(c.split), func(lo, hi int64) {
			purego.SyscallN(a.fns[i], addr(a.args), c.ints, uintptr(lo), uintptr(hi))
		})
	}
}

// timeSteps runs step b.N times and returns the fastest run (the machine may be shared: the
// fastest run is the one least disturbed).
func timeSteps(b *testing.B, step func()) time.Duration {
	best := time.Duration(1 << 62)
	for range b.N {
		start := time.Now()
		step()
		best = min(best, time.Since(start))
	}
	return best
}

// parallel calls f on threads nearly equal parts of [0,n), the first on the calling goroutine
// and the others on workers locked to their own OS threads (started once, like the runtime's
// pool), and waits for all.
func parallel(threads int, n int64, f func(lo, hi int64)) {
	if threads == 1 {
		f(0, n)
		return
	}
	benchWorkersOnce.Do(startBenchWorkers)
	var wg sync.WaitGroup
	for w := 1; w < threads; w++ {
		wg.Add(1)
		benchWork[w-1] <- func() {
			defer wg.Done()
			f(n*int64(w)/int64(threads), n*int64(w+1)/int64(threads))
		}
	}
	f(0, n/int64(threads))
	wg.Wait()
}

// The benchmark workers: one per host CPU beyond the first.
var (
	benchWorkersOnce sync.Once
	benchWork        []chan func()
)

func startBenchWorkers() {
	for range goruntime.NumCPU() {
		c := make(chan func())
		benchWork = append(benchWork, c)
		go func() {
			goruntime.LockOSThread()
			for f := range c {
				f()
			}
		}()
	}
}

// streamGBs is the read bandwidth of threads threads reading their parts of buf once with
// mtc_stream_read, best of 3.
func streamGBs(b testing.TB, l *lib, buf []byte, threads int) float64 {
	var read func(p uintptr, n int64) float64
	purego.RegisterFunc(&read, l.sym(b, SymStreamRead))
	n := int64(len(buf) / 4 / threads &^ 15)
	best := time.Duration(1 << 62)
	for range 3 {
		start := time.Now()
		parallel(threads, int64(threads), func(lo, hi int64) {
			for w := lo; w < hi; w++ {
				read(addr(buf)+uintptr(4*n*w), n)
			}
		})
		best = min(best, time.Since(start))
	}
	return float64(4*n*int64(threads)) / best.Seconds() / 1e9
}

func BenchmarkAttentionDecode(b *testing.B) {
	for _, dt := range []string{"f32", "f16", "bf16"} {
		for _, ctx := range []int{1024, 4096} {
			a := newAttnLayer(b, dt, ctx, 1, benchKVBytes)
			esize := 4
			if dt != "f32" {
				esize = 2
			}
			bytes := float64(2 * benchKV * ctx * benchHD * esize)
			for _, threads := range []int{1, 2} {
				b.Run(fmt.Sprintf("%s/ctx=%d/threads=%d", dt, ctx, threads), func(b *testing.B) {
					stream := streamGBs(b, a.lib, a.kv, threads)
					b.ResetTimer()
					best := timeSteps(b, func() { a.step(1, ctx-1, threads) })
					gbs := bytes * float64(b.N) / b.Elapsed().Seconds() / 1e9
					b.ReportMetric(gbs, "GB/s")
					b.ReportMetric(bytes/best.Seconds()/1e9, "best-GB/s")
					b.ReportMetric(stream, "stream-GB/s")
					b.ReportMetric(bytes/best.Seconds()/1e9/stream, "best-of-stream")
				})
			}
		}
	}
}

func BenchmarkAttentionPrefill(b *testing.B) {
	for _, T := range []int{128, 512, 2048} {
		a := newAttnLayer(b, "f32", T, T, 0)
		flops := 4.0 * benchHD * benchHeads * float64(T) * float64(T+1) / 2
		for _, threads := range []int{1, 2} {
			b.Run(fmt.Sprintf("T=%d/threads=%d", T, threads), func(b *testing.B) {
				best := timeSteps(b, func() { a.step(T, 0, threads) })
				b.ReportMetric(flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
				b.ReportMetric(flops/best.Seconds()/1e9, "best-GFLOP/s")
			})
		}
	}
}
