package runtime_test

import (
	"math"
	"strings"
	"testing"

	"github.com/mtc-dev/mtc/runtime"
)

// TestBenchHelpers runs the bandwidth and FLOP-rate probes of a library that has them, and
// checks the error of one that has not.
func TestBenchHelpers(t *testing.T) {
	a, _ := loadTiny(t, runtime.Config{Threads: 2, Capacity: 8}, newTinyWeights(1))
	gbs, err := a.StreamReadGBs(16<<20, 0)
	if err != nil {
		t.Fatal(err)
	}
	// Any machine reads faster than 100 MB/s and slower than 100 TB/s.
	if !(gbs > 0.1 && gbs < 1e5) {
		t.Errorf("StreamReadGBs = %v GB/s", gbs)
	}
	if _, err := a.StreamReadGBs(16, 2); err == nil || !strings.Contains(err.Error(), "too small") {
		t.Errorf("StreamReadGBs(16 bytes): err = %v", err)
	}
	m, err := a.NewStreamMeter(1<<20+100, 2)
	if err != nil {
		t.Fatal(err)
	}
	// Two threads of a whole number of 64-byte lines each, at most the bytes asked for.
	if got := m.Bytes(); got%128 != 0 || got > 1<<20+100 || got < 1<<20 {
		t.Errorf("StreamMeter.Bytes() = %d, want a multiple of 128 in [1 MiB, 1 MiB+100]", got)
	}
	for range 3 {
		if d := m.Pass(); d <= 0 {
			t.Errorf("StreamMeter.Pass() = %v", d)
		}
	}
	if err := m.Close(); err != nil {
		t.Error(err)
	}
	gflops, err := a.FMAPeakGFLOPs(1)
	if err != nil {
		t.Fatal(err)
	}
	if !(gflops > 0.01 && gflops < 1e5) || math.IsNaN(gflops) {
		t.Errorf("FMAPeakGFLOPs = %v", gflops)
	}
	t.Logf("stream read %.1f GB/s, peak %.2f GFLOP/s (scalar f64 test kernel)", gbs, gflops)

	bare, err := runtime.Load(writeArtifact(t, tinyManifest(), kernelLibrary(t, false)), runtime.Config{Threads: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer bare.Close()
	if _, err := bare.StreamReadGBs(1<<20, 1); err == nil || !strings.Contains(err.Error(), "has no mtc_stream_read") {
		t.Errorf("StreamReadGBs without the function: err = %v", err)
	}
	if _, err := bare.NewStreamMeter(1<<20, 1); err == nil || !strings.Contains(err.Error(), "has no mtc_stream_read") {
		t.Errorf("NewStreamMeter without the function: err = %v", err)
	}
	if _, err := bare.FMAPeakGFLOPs(1); err == nil || !strings.Contains(err.Error(), "has no mtc_fma_peak") {
		t.Errorf("FMAPeakGFLOPs without the function: err = %v", err)
	}
}
