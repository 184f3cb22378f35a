package driver

import (
	"testing"
	"time"

	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/internal/refcase"
	"github.com/mtc-dev/mtc/models"
)

// sleepyEngine is an engine whose steps take at least step and whose machine figures are
// scripted: its stream meter's passes take the durations of passes in turn (without waiting).
type sleepyEngine struct {
	step   time.Duration
	passes []time.Duration
	calls  int // passes read so far
}

func (e *sleepyEngine) Step(tokens []int32, r int) ([]float32, error) {
	time.Sleep(e.step)
	return nil, nil
}
func (e *sleepyEngine) Pos() int                                  { return 0 }
func (e *sleepyEngine) Reset()                                    {}
func (e *sleepyEngine) Close() error                              { return nil }
func (e *sleepyEngine) streamReadGBs(int64) (float64, error)      { panic("the meter measures the peak") }
func (e *sleepyEngine) fmaPeakGFLOPs() (float64, error)           { return 100, nil }
func (e *sleepyEngine) threads() int                              { return 1 }
func (e *sleepyEngine) newStreamMeter(int64) (streamMeter, error) { return e, nil }
func (e *sleepyEngine) Bytes() int64                              { return 1e9 }
func (e *sleepyEngine) Pass() time.Duration {
	d := e.passes[e.calls%len(e.passes)]
	e.calls++
	return d
}

// TestBenchInterleavesStreamReads checks that decode is compared with plain-read passes run
// between its steps: with steps of at least 10 ms and passes of 1 and 3 ms, every step is
// followed by a pass (the passes stay under half the decode time), so each repeat reads 4
// passes averaging 2 ms; the best single pass (1 ms) is measured after decode, on its own.
func TestBenchInterleavesStreamReads(t *testing.T) {
	spec, err := models.Load(refcase.Root() + "/kjv-small")
	if err != nil {
		t.Fatal(err)
	}
	e := &sleepyEngine{step: 10 * time.Millisecond, passes: []time.Duration{time.Millisecond, 3 * time.Millisecond}}
	s := &Session{Spec: spec, Manifest: &artifact.Manifest{Target: "cpu"}, Engine: e}
	r, err := Bench(s, BenchOptions{Decode: 4, Repeats: 2}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// 2 repeats of 4 passes, then 5 for the best single pass.
	if e.calls != 2*4+5 {
		t.Errorf("%d stream passes, want 13", e.calls)
	}
	if r.StreamReadGBs != 500 || r.StreamReadPeakGBs != 1000 {
		t.Errorf("stream_read_gbs %v, stream_read_peak_gbs %v; want 500 (1 GB per 2 ms between steps), 1000 (the best pass, 1 ms)", r.StreamReadGBs, r.StreamReadPeakGBs)
	}
	if r.DecodeTokS <= 0 || r.DecodeTokS > 100 {
		t.Errorf("decode_tok_s %v, want in (0, 100] for steps of at least 10 ms", r.DecodeTokS)
	}
}
