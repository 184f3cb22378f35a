package llvm

import (
	goruntime "runtime"
	"strings"

	lir "github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// Every module also exports the step loop, so that a step of the program costs the runtime one
// foreign call per thread instead of one per launch:
//
//	void mtc_run_program(const int64_t *table, int64_t n, int64_t worker, int64_t workers, int64_t *sync)
//
// table holds n launch records of ProgramRecordWords words: the kernel's address, its bufs
// and ints arrays, the split extent and the grain. Every one of the workers threads calls the
// function with its number; each walks the whole table and computes its share of every launch
// exactly as the runtime's per-launch path deals it out (⌈split/grain⌉ grains in contiguous runs
// over min(grains, workers) threads, so a launch of one grain runs on worker 0 alone). Between
// launches the threads meet at a barrier in sync (ProgramSyncBytes bytes, zero before the first
// step, shared by the workers of one step): after every launch that ran on more than one thread,
// and before such a launch when worker 0 ran single-thread launches since the last barrier. Runs
// of single-thread launches (the layer norms and small ops of a decode step) thus need no
// barrier at all. The barrier spins with the CPU's pause hint; after about a millisecond of
// waiting (Linux x86-64) it also yields the core on every round, so that a thread waiting for a
// preempted one on a busy machine lets it run. The runtime uses the function only when every
// worker has a core of its own (Threads ≤ GOMAXPROCS).
//
// Why: a launch that is a separate foreign call from Go costs more than the call. Go's
// scheduler takes the processor of a thread that stays in foreign code for a while and keeps its
// monitor thread waking every 20 µs while that goes on; on a 2-core machine decoding
// Minitron-4B-shaped layers with two threads that was ~480 context switches per token, the
// kernel threads being preempted by the monitor and by threads it woke (perf, 2026-11-30).

// SymRunProgram is the step loop's symbol.
const SymRunProgram = "mtc_run_program"

// ProgramRecordWords is the number of int64 words of a launch record of mtc_run_program:
// kernel address, bufs address, ints address, split extent, grain.
const ProgramRecordWords = 5

// ProgramSyncBytes is the size of mtc_run_program's barrier state: the arrival count and the
// generation, a cache line apart.
const ProgramSyncBytes = 128

func (md *module) runProgram() {
	pi64 := types.NewPointer(tI64)
	table := lir.NewParam("table", pi64)
	n := lir.NewParam("n", tI64)
	worker := lir.NewParam("worker", tI64)
	workers := lir.NewParam("workers", tI64)
	sync := lir.NewParam("sync", pi64)
	f := md.m.NewFunc(SymRunProgram, types.Void, table, n, worker, workers, sync)
	// Not nosync (it synchronises threads) and not willreturn (it waits for other threads).
	for _, a := range md.attrs {
		if a != enum.FuncAttrNoSync && a != enum.FuncAttrWillReturn {
			f.FuncAttrs = append(f.FuncAttrs, a)
		}
	}
	k := newKfn(md, f)
	kernelT := types.NewPointer(types.NewFunc(types.Void, types.NewPointer(types.NewPointer(tI8)), pi64, tI64, tI64))
	barrier := func() { md.barrier(k, workers, sync) }
	// pend: worker 0 ran single-thread launches since the last barrier (0 or 1).
	k.loop(ci64(0), n, 1, []value.Value{ci64(0)}, func(i value.Value, cur []value.Value) []value.Value {
		rec := k.gep(table, k.mul(i, ci64(ProgramRecordWords)))
		word := func(j int64) value.Value { return k.load(rec, ci64(j)) }
		split := word(3)
		grain := word(4)
		grain = k.sel(k.icmp(enum.IPredSLT, grain, ci64(1)), ci64(1), grain)
		chunks := k.sdiv(k.add(split, k.sub(grain, ci64(1))), grain)
		active := k.smin(chunks, workers)
		multi := k.icmp(enum.IPredSGT, active, ci64(1))
		k.ifElse(k.b.NewAnd(multi, k.icmp(enum.IPredNE, cur[0], ci64(0))), barrier, nil)
		k.ifElse(k.icmp(enum.IPredSLT, worker, active), func() {
			lo := k.mul(k.sdiv(k.mul(chunks, worker), active), grain)
			hi := k.smin(k.mul(k.sdiv(k.mul(chunks, k.add(worker, ci64(1))), active), grain), split)
			fn := k.b.NewIntToPtr(word(0), kernelT)
			bufs := k.b.NewIntToPtr(word(1), types.NewPointer(types.NewPointer(tI8)))
			ints := k.b.NewIntToPtr(word(2), pi64)
			k.b.NewCall(fn, bufs, ints, lo, hi)
		}, nil)
		k.ifElse(multi, barrier, nil)
		single := k.b.NewZExt(k.icmp(enum.IPredEQ, active, ci64(1)), tI64)
		return []value.Value{k.sel(multi, ci64(0), k.b.NewOr(cur[0], single))}
	})
	k.b.NewRet(nil)
}

// barrier emits a generation barrier over sync: sync[0] counts arrivals, sync[8] (a cache line
// further) is the generation. The last of workers to arrive resets the count and then publishes
// the next generation; the others spin until they see it.
func (md *module) barrier(k *kfn, workers, sync value.Value) {
	count := sync
	genp := k.gep(sync, ci64(8))
	gl := k.b.NewLoad(tI64, genp)
	gl.Atomic, gl.Ordering, gl.Align = true, enum.AtomicOrderingAcquire, 8
	old := k.b.NewAtomicRMW(enum.AtomicOpAdd, count, ci64(1), enum.AtomicOrderingAcquireRelease)
	k.ifElse(k.icmp(enum.IPredEQ, old, k.sub(workers, ci64(1))), func() {
		reset := k.b.NewStore(ci64(0), count)
		reset.Atomic, reset.Ordering, reset.Align = true, enum.AtomicOrderingMonotonic, 8
		pub := k.b.NewStore(k.add(gl, ci64(1)), genp)
		pub.Atomic, pub.Ordering, pub.Align = true, enum.AtomicOrderingRelease, 8
	}, func() {
		pre := k.b
		spin := k.block("spin")
		done := k.block("spun")
		pre.NewBr(spin)
		k.b = spin
		n := spin.NewPhi(lir.NewIncoming(ci64(0), pre))
		if p := md.pauseHint(); p != nil {
			k.b.NewCall(p)
		}
		if y := md.yieldCPU(); y != nil {
			// Long waits give the core away: a thread that waits for a preempted one (a busy
			// machine) lets it run instead of spinning out its time slice.
			k.ifElse(k.icmp(enum.IPredSGE, n, ci64(spinsBeforeYield)), func() { k.b.NewCall(y, ci64(sysSchedYield)) }, nil)
		}
		g := k.b.NewLoad(tI64, genp)
		g.Atomic, g.Ordering, g.Align = true, enum.AtomicOrderingAcquire, 8
		n.Incs = append(n.Incs, lir.NewIncoming(k.add(n, ci64(1)), k.b))
		k.b.NewCondBr(k.icmp(enum.IPredEQ, g, gl), spin, done)
		k.b = done
	})
}

// spinsBeforeYield is how many rounds a barrier waits with the pause hint alone (about a
// millisecond on current x86 cores, whose pause takes ~100 cycles) before it also yields the
// core on every round.
const spinsBeforeYield = 1 << 14

// sysSchedYield is Linux x86-64's sched_yield system call number.
const sysSchedYield = 24

// yieldCPU returns an inline-assembly system call for Linux on x86-64 (number in, result out),
// or nil elsewhere.
func (md *module) yieldCPU() *lir.InlineAsm {
	t := md.o.Triple
	if !(t == "" && goruntime.GOARCH == "amd64" && goruntime.GOOS == "linux" || strings.HasPrefix(t, "x86_64") && strings.Contains(t, "linux")) {
		return nil
	}
	asm := lir.NewInlineAsm(types.NewPointer(types.NewFunc(tI64, tI64)), "syscall", "={rax},{rax},~{rcx},~{r11},~{memory},~{dirflag},~{fpsr},~{flags}")
	asm.SideEffect = true
	return asm
}

// pauseHint declares the CPU's spin-wait hint (x86 pause), or returns nil for targets without
// one we know. An empty triple is the host's.
func (md *module) pauseHint() *lir.Func {
	t := md.o.Triple
	if t == "" && goruntime.GOARCH == "amd64" || strings.HasPrefix(t, "x86_64") {
		return md.declare("llvm.x86.sse2.pause", types.Void)
	}
	return nil
}

// StepLoopLL returns the LLVM IR of mtc_run_program alone (no target triple: the host's), for
// kernel libraries not made by Generate, such as the runtime's hand-written test kernels:
// appended to their IR, it gives them the step loop every generated library has.
func StepLoopLL() []byte {
	md := newModule(Options{VectorWidth: 4})
	md.m.SourceFilename = "" // a module header line, which cannot follow other entities
	md.runProgram()
	return md.text()
}
