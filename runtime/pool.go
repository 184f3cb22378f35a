package runtime

import (
	"fmt"
	goruntime "runtime"
	"sync"
	"sync/atomic"
	"time"
)

// Task is work that a Pool runs on several threads at once.
type Task interface {
	// Run does the share of worker, one of workers threads (0 <= worker < workers). Worker 0
	// runs on the goroutine that called Pool.Run.
	Run(worker, workers int)
}

// Pool is a fixed set of threads that run Tasks together, one Task at a time: the caller of
// Run is worker 0 and Threads()-1 persistent goroutines, each locked to its own OS thread, are
// workers 1 and up. Run returns once every worker has finished, so consecutive Runs are
// separated by a barrier.
//
// A Run costs a few atomic operations: the caller bumps each participating worker's sequence
// number, and the last worker to finish decrements a shared counter to zero. Waiting workers
// (and the waiting caller) spin on those atomics for up to defaultSpin, which keeps the hand-off
// between the back-to-back launches of a step in the microsecond range, and then park on a
// channel so that an idle pool burns no CPU.
//
// Runs from several goroutines are serialised. A Pool with more threads than GOMAXPROCS works
// but is slow, since spinning workers hold their Ps.
type Pool struct {
	n       int
	mu      sync.Mutex // one Run at a time
	task    Task       // the current Task; written only while no worker runs
	active  int        // participants in the current Task
	pending atomic.Int64
	workers []*poolWorker // workers[i] is worker i+1

	callerParked atomic.Int32
	callerWake   chan struct{}
	panicked     atomic.Pointer[workerPanic]

	closed atomic.Bool
	exited sync.WaitGroup
	spin   time.Duration // how long a waiting thread polls before it parks
}

// poolWorker is one worker's mailbox, padded so that workers spin on separate cache lines.
type poolWorker struct {
	seq    atomic.Uint64 // bumped by the caller to hand the worker the current Task
	parked atomic.Int32  // 1 while the worker sleeps (or is about to) on wake
	wake   chan struct{}
	_      [40]byte
}

type workerPanic struct {
	worker int
	value  any
}

// defaultSpin is how long a waiting thread polls before parking. It covers the gaps between
// the launches of a step, including the waits an uneven launch causes (a thread that parked
// costs the next launch a wake-up, tens of microseconds or more on a virtual machine), and is
// short next to the gaps between steps of an interactive session.
const defaultSpin = 200 * time.Microsecond

// NewPool starts a pool of threads threads (0 or less: GOMAXPROCS).
func NewPool(threads int) *Pool {
	if threads <= 0 {
		threads = goruntime.GOMAXPROCS(0)
	}
	p := &Pool{n: threads, callerWake: make(chan struct{}, 1), spin: defaultSpin}
	if threads > goruntime.GOMAXPROCS(0) {
		// Oversubscribed: a spinning thread would hold a P that a thread with work needs,
		// so waiting threads park at once.
		p.spin = 0
	}
	for i := 1; i < threads; i++ {
		w := &poolWorker{wake: make(chan struct{}, 1)}
		p.workers = append(p.workers, w)
		p.exited.Add(1)
		go p.loop(i, w)
	}
	return p
}

// Threads returns the number of threads, the caller included.
func (p *Pool) Threads() int { return p.n }

// Run runs t on the first workers threads (all of them when workers <= 0 or exceeds Threads)
// and returns when all have finished. A panic in any worker is re-raised here, after the
// barrier.
func (p *Pool) Run(t Task, workers int) {
	if workers <= 0 || workers > p.n {
		workers = p.n
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed.Load() {
		panic("mtc runtime: Run on a closed Pool")
	}
	if workers == 1 {
		t.Run(0, 1)
		return
	}
	p.task, p.active = t, workers
	p.pending.Store(int64(workers - 1))
	for _, w := range p.workers[:workers-1] {
		w.seq.Add(1)
		if w.parked.CompareAndSwap(1, 0) {
			w.wake <- struct{}{}
		}
	}
	func() {
		defer p.wait() // the barrier holds even when the caller's share panics
		t.Run(0, workers)
	}()
	p.task = nil
	if wp := p.panicked.Swap(nil); wp != nil {
		panic(fmt.Sprintf("mtc runtime: pool worker %d: %v", wp.worker, wp.value))
	}
}

// spinUntil polls ready until it reports true (and then returns true) or the spin time has
// passed (false). The clock is read once every 256 polls.
func (p *Pool) spinUntil(ready func() bool) bool {
	if p.spin <= 0 {
		return ready()
	}
	var deadline time.Time
	for i := 0; ; i++ {
		if ready() {
			return true
		}
		if i&255 == 255 {
			now := time.Now()
			switch {
			case deadline.IsZero():
				deadline = now.Add(p.spin)
			case now.After(deadline):
				return false
			}
		}
	}
}

// wait blocks the caller until every participating worker has finished.
func (p *Pool) wait() {
	if p.spinUntil(func() bool { return p.pending.Load() == 0 }) {
		return
	}
	p.callerParked.Store(1)
	if p.pending.Load() == 0 {
		if !p.callerParked.CompareAndSwap(1, 0) {
			<-p.callerWake // the last worker saw us parked and is sending
		}
		return
	}
	<-p.callerWake
}

// loop is the body of worker id.
func (p *Pool) loop(id int, w *poolWorker) {
	goruntime.LockOSThread()
	defer p.exited.Done()
	var seen uint64
	for {
		seen = p.await(w, seen)
		if p.closed.Load() {
			return
		}
		p.runShare(id)
		if p.pending.Add(-1) == 0 && p.callerParked.CompareAndSwap(1, 0) {
			p.callerWake <- struct{}{}
		}
	}
}

// runShare runs the worker's share of the current Task, recording a panic for the caller.
func (p *Pool) runShare(id int) {
	defer func() {
		if r := recover(); r != nil {
			p.panicked.CompareAndSwap(nil, &workerPanic{worker: id, value: r})
		}
	}()
	p.task.Run(id, p.active)
}

// await waits until w's sequence number moves past seen and returns the new value.
func (p *Pool) await(w *poolWorker, seen uint64) uint64 {
	if p.spinUntil(func() bool { return w.seq.Load() != seen }) {
		return w.seq.Load()
	}
	w.parked.Store(1)
	if s := w.seq.Load(); s != seen {
		if !w.parked.CompareAndSwap(1, 0) {
			<-w.wake // the caller saw us parked and is sending
		}
		return s
	}
	<-w.wake
	return w.seq.Load()
}

// Close stops the workers. The Pool must not be used afterwards.
func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed.Swap(true) {
		return
	}
	for _, w := range p.workers {
		w.seq.Add(1)
		if w.parked.CompareAndSwap(1, 0) {
			w.wake <- struct{}{}
		}
	}
	p.exited.Wait()
}
