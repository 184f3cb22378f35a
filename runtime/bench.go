package runtime

import (
	"fmt"
	"time"
)

// StreamReadGBs measures the memory read bandwidth in GB/s (10⁹ bytes per second) with the
// kernel library's mtc_stream_read: a buffer of about bytes bytes is allocated and written once,
// then threads threads (0: all of the pool's) each read a disjoint part at once; the best of a
// few repetitions counts. Make bytes several times the last-level cache to measure DRAM.
func (a *Artifact) StreamReadGBs(bytes int64, threads int) (float64, error) {
	m, err := a.NewStreamMeter(bytes, threads)
	if err != nil {
		return 0, err
	}
	defer m.Close()
	best := time.Duration(1 << 62)
	for range 5 {
		best = min(best, m.Pass())
	}
	return float64(m.Bytes()) / best.Seconds() / 1e9, nil
}

// A StreamMeter reads a buffer with the kernel library's mtc_stream_read, one pass at a time,
// so that a benchmark can interleave passes with the work it compares to the machine's
// bandwidth. It is not safe for concurrent use, nor to use while a session of the same
// artifact runs (both use the artifact's thread pool).
type StreamMeter struct {
	a       *Artifact
	buf     *region
	threads int
	task    *streamTask
}

// NewStreamMeter allocates a buffer of about bytes bytes and writes every page of it once, on
// the thread that will read it; threads threads (0: all of the pool's) each read a disjoint part
// in a pass. Close frees the buffer.
func (a *Artifact) NewStreamMeter(bytes int64, threads int) (*StreamMeter, error) {
	if a.streamRead == nil {
		return nil, fmt.Errorf("%s: the kernel library has no %s (recompile the artifact with this mtc)", a.Dir, SymStreamRead)
	}
	threads = a.benchThreads(threads)
	per := bytes / int64(threads) / 4 &^ 15 // floats per thread, a multiple of 16 (64 bytes)
	if per <= 0 {
		return nil, fmt.Errorf("stream read: %d bytes is too small for %d threads", bytes, threads)
	}
	buf, err := allocRegion(4 * per * int64(threads))
	if err != nil {
		return nil, fmt.Errorf("stream read: %w", err)
	}
	a.pool.Run(&fillTask{buf: buf.data}, threads) // fault every page in, on the threads that read it
	return &StreamMeter{a: a, buf: buf, threads: threads, task: &streamTask{fn: a.streamRead, base: buf.addr(), per: per}}, nil
}

// Bytes is the number of bytes one pass reads.
func (m *StreamMeter) Bytes() int64 { return 4 * m.task.per * int64(m.threads) }

// Pass reads the whole buffer once and returns how long it took.
func (m *StreamMeter) Pass() time.Duration {
	start := time.Now()
	m.a.pool.Run(m.task, m.threads)
	return time.Since(start)
}

// Close frees the buffer; the meter must not be used afterwards (but may be closed again).
func (m *StreamMeter) Close() error {
	err := m.buf.free()
	m.buf = nil
	return err
}

// FMAPeakGFLOPs measures the floating-point peak in GFLOP/s with the kernel library's
// mtc_fma_peak on threads threads (0: all of the pool's), best of a few repetitions.
func (a *Artifact) FMAPeakGFLOPs(threads int) (float64, error) {
	if a.fmaPeak == nil {
		return 0, fmt.Errorf("%s: the kernel library has no %s (recompile the artifact with this mtc)", a.Dir, SymFMAPeak)
	}
	threads = a.benchThreads(threads)
	// Calibrate on one thread: about 20 ms per call.
	iters := int64(1 << 10)
	for {
		start := time.Now()
		a.fmaPeak(iters)
		if d := time.Since(start); d > 20*time.Millisecond || iters > 1<<40 {
			break
		}
		iters *= 2
	}
	t := &fmaTask{fn: a.fmaPeak, iters: iters, perIter: a.fmaFLOPsPerIter, flops: make([]float64, threads)}
	best := 0.0
	for range 3 {
		start := time.Now()
		a.pool.Run(t, threads)
		d := time.Since(start).Seconds()
		total := 0.0
		for _, f := range t.flops {
			total += f
		}
		best = max(best, total/d/1e9)
	}
	return best, nil
}

func (a *Artifact) benchThreads(threads int) int {
	if threads <= 0 || threads > a.pool.Threads() {
		return a.pool.Threads()
	}
	return threads
}

// fillTask writes one byte of every page of every worker's part of buf, which makes the
// kernel back it with memory (local to the worker's node, on NUMA machines).
type fillTask struct{ buf []byte }

func (t *fillTask) Run(worker, workers int) {
	n := len(t.buf)
	part := t.buf[n*worker/workers : n*(worker+1)/workers]
	for i := 0; i < len(part); i += 4096 {
		part[i] = 1
	}
}

// streamTask reads per floats per worker from base.
type streamTask struct {
	fn   func(p uintptr, n int64) float64
	base uintptr
	per  int64
}

func (t *streamTask) Run(worker, workers int) {
	t.fn(t.base+uintptr(4*t.per*int64(worker)), t.per)
}

// fmaTask runs mtc_fma_peak on every worker and records the FLOPs each performed
// (iters rounds of perIter FLOPs; the function's result only keeps the work from being removed).
type fmaTask struct {
	fn      func(iters int64) float64
	iters   int64
	perIter int64
	flops   []float64
	sink    float64
}

func (t *fmaTask) Run(worker, workers int) {
	if r := t.fn(t.iters); r != r {
		t.sink = r
	}
	t.flops[worker] = float64(t.iters * t.perIter)
}
