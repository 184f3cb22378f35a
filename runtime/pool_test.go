package runtime_test

import (
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mtc-dev/mtc/runtime"
)

// recordTask checks the pool's contract on every run: each of the requested workers runs
// exactly once, with the right count, and everything it wrote is visible to the caller when
// Run returns (the barrier).
type recordTask struct {
	run     int64   // the run number, written by the caller before Run
	seen    []int64 // seen[w]: the last run worker w took part in
	calls   atomic.Int64
	badArgs atomic.Int64
	want    int
}

func (r *recordTask) Run(worker, workers int) {
	if workers != r.want || worker < 0 || worker >= workers {
		r.badArgs.Add(1)
		return
	}
	r.seen[worker] = r.run
	r.calls.Add(1)
}

func TestPoolManyRuns(t *testing.T) {
	for threads := 1; threads <= 4; threads++ {
		t.Run(fmt.Sprintf("threads=%d", threads), func(t *testing.T) {
			p := runtime.NewPool(threads)
			defer p.Close()
			if p.Threads() != threads {
				t.Fatalf("Threads() = %d, want %d", p.Threads(), threads)
			}
			task := &recordTask{seen: make([]int64, threads)}
			total := int64(0)
			for run := int64(1); run <= 5000; run++ {
				workers := int(run%int64(threads)) + 1 // 1..threads in turn
				if run%7 == 0 {
					workers = 0 // 0 means all
				}
				task.run, task.want = run, workers
				if workers == 0 {
					task.want = threads
				}
				p.Run(task, workers)
				total += int64(task.want)
				for w := range task.want {
					if task.seen[w] != run {
						t.Fatalf("run %d: worker %d last ran in run %d", run, w, task.seen[w])
					}
				}
			}
			if got := task.calls.Load(); got != total {
				t.Errorf("%d worker calls, want %d", got, total)
			}
			if n := task.badArgs.Load(); n > 0 {
				t.Errorf("%d calls with a wrong worker or workers argument", n)
			}
		})
	}
}

// sumTask adds each worker's share of 0..n-1 into its own slot.
type sumTask struct {
	n    int64
	sums []int64
}

func (s *sumTask) Run(worker, workers int) {
	lo, hi := s.n*int64(worker)/int64(workers), s.n*int64(worker+1)/int64(workers)
	sum := int64(0)
	for i := lo; i < hi; i++ {
		sum += i
	}
	s.sums[worker] = sum
}

// TestPoolIdleWakeup lets workers park (a pause longer than the spin) between runs.
func TestPoolIdleWakeup(t *testing.T) {
	p := runtime.NewPool(3)
	defer p.Close()
	for i := range 20 {
		s := &sumTask{n: int64(100000 + i), sums: make([]int64, 3)}
		p.Run(s, 0)
		got := s.sums[0] + s.sums[1] + s.sums[2]
		if want := s.n * (s.n - 1) / 2; got != want {
			t.Fatalf("run %d: sum %d, want %d", i, got, want)
		}
		if i%5 == 0 {
			time.Sleep(5 * time.Millisecond) // far longer than the spin: every worker parks
		}
	}
}

type panicTask struct{ at int }

func (p panicTask) Run(worker, workers int) {
	if worker == p.at {
		panic("boom")
	}
}

// TestPoolPanic re-raises a worker's panic in the caller, after the barrier, and the pool stays
// usable.
func TestPoolPanic(t *testing.T) {
	p := runtime.NewPool(3)
	defer p.Close()
	for _, at := range []int{0, 2} {
		func() {
			defer func() {
				r := recover()
				if r == nil || !strings.Contains(fmt.Sprint(r), "boom") {
					t.Errorf("panic in worker %d: recovered %v, want boom", at, r)
				}
			}()
			p.Run(panicTask{at: at}, 0)
		}()
	}
	s := &sumTask{n: 1000, sums: make([]int64, 3)}
	p.Run(s, 0)
	if got := s.sums[0] + s.sums[1] + s.sums[2]; got != 999*1000/2 {
		t.Errorf("after panics: sum %d, want %d", got, 999*1000/2)
	}
}

type nopTask struct{}

func (nopTask) Run(worker, workers int) {}

// BenchmarkPoolRun measures the cost of one launch barrier: an empty task on every thread.
func BenchmarkPoolRun(b *testing.B) {
	for _, threads := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("threads=%d", threads), func(b *testing.B) {
			p := runtime.NewPool(threads)
			defer p.Close()
			for b.Loop() {
				p.Run(nopTask{}, 0)
			}
		})
	}
}

// BenchmarkDecodeStep measures one decode step of the toy model (three launches, two of them
// on the pool): mostly the runtime's per-step and per-launch overhead.
func BenchmarkDecodeStep(b *testing.B) {
	for _, threads := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("threads=%d", threads), func(b *testing.B) {
			_, md := loadTiny(b, runtime.Config{Threads: threads, Capacity: 64}, newTinyWeights(1))
			s := md.NewSession()
			defer s.Close()
			tok := []int32{3}
			for b.Loop() {
				if s.Pos() == 64 {
					s.Reset()
				}
				if _, err := s.Step(tok, 1); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
