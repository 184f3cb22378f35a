package llvm

import (
	"fmt"
	goruntime "runtime"
	"sync"
	"testing"
	"unsafe"

	"github.com/ebitengine/purego"
	"github.com/llir/llvm/ir/value"
	"github.com/mtc-dev/mtc/ir"
)

// TestStepLoop runs mtc_run_program on 1 to 4 threads over a chain of launches, each of which
// reads what the previous one wrote in the opposite order (y[i] = x[n-1-i] + 1, so most of
// what a thread reads was written by another), with ping-pong buffers, and grains that make
// the launches run on one thread, on some or on all. Without a barrier where one is needed a
// thread reads stale values, and the final buffer is wrong.
func TestStepLoop(t *testing.T) {
	tg := hostTargets(t)[0]
	md := newModule(tg.o)
	md.kernel("revinc", ir.OpAdd, func(k *kfn) {
		x, y := k.buf(0, tI64), k.buf(1, tI64)
		n := k.intArg(0)
		k.forRange(k.begin, k.end, 1, func(i value.Value) {
			k.store(k.add(k.load(x, k.sub(k.sub(n, ci64(1)), i)), ci64(1)), y, i)
		})
	})
	md.runProgram()
	l := loadLib(t, buildSO(t, md.text(), tg.o))
	run, fn := l.sym(t, SymRunProgram), l.sym(t, KernelPrefix+"revinc")

	const n = 1000
	grains := []int64{n, 1, 7, n, n, 300, 1, n, 999, 2, n, n, n, 1} // n: one thread
	const launches = 301
	// One guarded block: buffers a and b, launches × {bufs[0], bufs[1]}, the ints (n), the launch
	// records, and the barrier state on a cache line of its own.
	offA, offB := 0, 8*n
	offPtrs := 16 * n
	offInts := offPtrs + 16*launches
	offTable := offInts + 64
	offSync := (offTable + 8*ProgramRecordWords*launches + 63) &^ 63
	mem := guarded(t, offSync+ProgramSyncBytes+64)
	base := uintptr(unsafe.Pointer(&mem[0]))
	if base%64 != 0 {
		t.Fatalf("guarded memory at %#x is not 64-byte aligned", base)
	}
	words := func(off, k int) []int64 { return unsafe.Slice((*int64)(unsafe.Pointer(&mem[off])), k) }
	words(offInts, 1)[0] = n
	for i := range launches {
		src, dst := offA, offB
		if i%2 == 1 {
			src, dst = offB, offA
		}
		pp := offPtrs + 16*i
		words(pp, 2)[0], words(pp, 2)[1] = int64(base)+int64(src), int64(base)+int64(dst)
		rec := words(offTable+8*ProgramRecordWords*i, ProgramRecordWords)
		rec[0], rec[1], rec[2], rec[3], rec[4] = int64(fn), int64(base)+int64(pp), int64(base)+int64(offInts), n, grains[i%len(grains)]
	}
	table, syncp := base+uintptr(offTable), base+uintptr(offSync)
	// After the chain, element i has been incremented launches times and reversed an odd number
	// of times: final[i] = start[n-1-i] + launches.
	// More threads than cores too: a waiting thread yields its core after a while, so the
	// barrier is slow then, not stuck.
	for workers := 1; workers <= 4; workers++ {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			for rep := range 20 {
				start := words(offA, n)
				for i := range start {
					start[i] = int64(i * 3)
				}
				var wg sync.WaitGroup
				for w := range workers {
					wg.Add(1)
					go func() {
						defer wg.Done()
						goruntime.LockOSThread()
						defer goruntime.UnlockOSThread()
						purego.SyscallN(run, table, launches, uintptr(w), uintptr(workers), syncp)
					}()
				}
				wg.Wait()
				got := words(offB, n)
				for i := range got {
					if want := int64(3*(n-1-i)) + launches; got[i] != want {
						t.Fatalf("round %d: element %d = %d, want %d", rep, i, got[i], want)
					}
				}
			}
			if c := words(offSync, 1)[0]; c != 0 {
				t.Errorf("arrival count %d after the step, want 0", c)
			}
		})
	}
}
