package cuda

import (
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"testing"

	"github.com/mtc-dev/mtc/internal/refcase"
	"github.com/mtc-dev/mtc/weights"
)

// The tests named *_RequiresGPU run only on a machine with an NVIDIA GPU and CUDA artifacts
// prepared by scripts/gpu-prepare.sh (elsewhere they are skipped, saying why). On the GPU
// machine scripts/gpu-check.sh runs them from a test binary built here, with
//
//	MTC_CUDA_ART     the folder of compiled artifacts, one per reference case (default .gpu/art)
//	MTC_TESTDATA     the folder of reference cases (default testdata/nemotron)
//	MTC_REQUIRE_GPU  when 1, a missing GPU or missing artifacts fail the tests instead of
//	                 skipping them (gpu-check.sh sets it, so that nothing passes unchecked)

// gpuFolders returns the artifacts and reference-case folders, skipping the test when this
// machine has no GPU or the artifacts have not been prepared.
func gpuFolders(t *testing.T) (art, data string) {
	t.Helper()
	skip := t.Skipf
	if os.Getenv("MTC_REQUIRE_GPU") == "1" {
		skip = func(format string, args ...any) {
			t.Fatalf(strings.Replace(format, "skipped: ", "MTC_REQUIRE_GPU=1 but ", 1), args...)
		}
	}
	d, err := Probe(0)
	if err != nil {
		skip("skipped: no GPU (%v)", err)
	}
	t.Logf("%v, driver %d", d, d.DriverVersion)
	_, file, _, _ := goruntime.Caller(0)
	art = os.Getenv("MTC_CUDA_ART")
	if art == "" {
		art = filepath.Join(filepath.Dir(file), "..", "..", ".gpu", "art")
	}
	data = os.Getenv("MTC_TESTDATA")
	if data == "" {
		data = refcase.Root()
	}
	if _, err := os.Stat(art); err != nil {
		skip("skipped: no CUDA artifacts (%v): run scripts/gpu-prepare.sh on a machine with Go and LLVM 14", err)
	}
	return art, data
}

// TestCUDAReferenceCases_RequiresGPU runs every reference case on the GPU: all-position logits
// of one prefill (the tiled matmul path), incremental decode after a prefill of half the prompt
// (one step of 3 tokens for the small-batch GEMV path, then single tokens), and the 16 greedy
// tokens with the argmax computed on the device.
func TestCUDAReferenceCases_RequiresGPU(t *testing.T) {
	art, data := gpuFolders(t)
	entries, err := os.ReadDir(data)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		n++
		t.Run(e.Name(), func(t *testing.T) { runReferenceCase(t, filepath.Join(art, e.Name()), filepath.Join(data, e.Name())) })
	}
	if n == 0 {
		t.Fatalf("no reference cases in %s", data)
	}
}

func runReferenceCase(t *testing.T, artDir, caseDir string) {
	c, err := refcase.Load(caseDir)
	if err != nil {
		t.Fatal(err)
	}
	md, err := Open(artDir, Config{Capacity: 256})
	if err != nil {
		t.Fatal(err)
	}
	defer md.Close()
	ckpt, err := weights.Open(caseDir)
	if err != nil {
		t.Fatal(err)
	}
	defer ckpt.Close()
	if err := md.Bind(ckpt); err != nil {
		t.Fatal(err)
	}
	s, err := md.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const tol = 1e-3
	T := len(c.Tokens)
	got, err := s.Step(c.Tokens, T)
	if err != nil {
		t.Fatal(err)
	}
	d, bound, err := c.Compare(got, 0, T, tol)
	if err != nil || d > bound {
		t.Errorf("prefill of %d tokens: max|diff| = %.3g, tolerance %.3g (%v)", T, d, bound, err)
	}
	t.Logf("prefill max|diff| = %.3g (tolerance %.3g), GPU time %v", d, bound, s.StepTime())

	s.Reset()
	half := T / 2
	if _, err := s.Step(c.Tokens[:half], 1); err != nil {
		t.Fatal(err)
	}
	p := half
	if p+3 <= T {
		rows, err := s.Step(c.Tokens[p:p+3], 3)
		if err != nil {
			t.Fatal(err)
		}
		if d, bound, _ := c.Compare(rows, p, 3, tol); d > bound {
			t.Errorf("step of 3 tokens at position %d: max|diff| = %.3g > %.3g", p, d, bound)
		}
		p += 3
	}
	for ; p < T; p++ {
		row, err := s.Step(c.Tokens[p:p+1], 1)
		if err != nil {
			t.Fatal(err)
		}
		if d, bound, _ := c.Compare(row, p, 1, tol); d > bound {
			t.Errorf("decode at position %d: max|diff| = %.3g > %.3g", p, d, bound)
		}
	}

	s.Reset()
	ids, err := s.StepArgmax(c.Tokens, 1)
	if err != nil {
		t.Fatal(err)
	}
	greedy := []int32{ids[0]}
	for len(greedy) < len(c.Greedy) {
		if ids, err = s.StepArgmax(greedy[len(greedy)-1:], 1); err != nil {
			t.Fatal(err)
		}
		greedy = append(greedy, ids[0])
	}
	for i := range greedy {
		if greedy[i] != c.Greedy[i] {
			t.Fatalf("greedy tokens %v, want %v", greedy, c.Greedy)
		}
	}
	if last := refcase.Argmax(got[(T-1)*c.Vocab:]); last != greedy[0] {
		t.Errorf("device argmax %d, host argmax of the prefill logits %d", greedy[0], last)
	}
}

// TestCUDARandomWeights_RequiresGPU binds random weights to a reference artifact and checks
// that prefill and decode agree (the same logits for the last position either way).
func TestCUDARandomWeights_RequiresGPU(t *testing.T) {
	art, data := gpuFolders(t)
	entries, err := os.ReadDir(data)
	if err != nil || len(entries) == 0 {
		t.Fatalf("reference cases in %s: %v", data, err)
	}
	var dir string
	for _, e := range entries {
		if e.IsDir() {
			dir = filepath.Join(art, e.Name())
			break
		}
	}
	md, err := Open(dir, Config{Capacity: 64})
	if err != nil {
		t.Fatal(err)
	}
	defer md.Close()
	if err := md.BindRandom(1); err != nil {
		t.Fatal(err)
	}
	s, err := md.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	tokens := []int32{2, 5, 9, 4, 7, 1, 3, 8}
	all, err := s.Step(tokens, 1)
	if err != nil {
		t.Fatal(err)
	}
	s.Reset()
	var last []float32
	for i := range tokens {
		if last, err = s.Step(tokens[i:i+1], 1); err != nil {
			t.Fatal(err)
		}
	}
	var maxDiff, maxAbs float64
	for i := range all {
		maxDiff = max(maxDiff, abs(float64(all[i]-last[i])))
		maxAbs = max(maxAbs, abs(float64(all[i])))
	}
	if maxDiff > 1e-3*max(1, maxAbs) {
		t.Errorf("prefill and decode disagree: max|diff| %.3g (max|logit| %.3g)", maxDiff, maxAbs)
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
