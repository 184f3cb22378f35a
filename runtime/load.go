package runtime

import (
	"fmt"
	"path/filepath"
	goruntime "runtime"
	"strings"

	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/internal/cpufeat"
)

// Config holds the runtime's options.
type Config struct {
	// Threads is the number of threads that run kernels, the calling goroutine included
	// (0: GOMAXPROCS, which is the number of usable cores).
	Threads int
	// Capacity is the KV-cache capacity in positions: the longest context a session holds
	// (0: the model's max_position_embeddings, at most DefaultCapacity).
	Capacity int
}

// DefaultCapacity bounds the KV-cache capacity chosen when Config.Capacity is 0.
const DefaultCapacity = 4096

// Artifact is a loaded CPU artifact: its manifest, its kernel library and the thread pool that
// runs the kernels. Bind it to weights to get a Model.
type Artifact struct {
	Dir      string             // the artifact folder
	Manifest *artifact.Manifest // validated

	capacity int
	lib      *library
	kernels  []uintptr // kernels[i]: address of Manifest.Kernels[i].Symbol
	// weightIndex maps a weight name to its index in Manifest.Weights.
	weightIndex map[string]int
	pool        *Pool

	// runProgram is the address of mtc_run_program, the library's step loop (0 if absent: the
	// runtime then calls the kernels launch by launch).
	runProgram uintptr
	perLaunch  bool // tests: launch by launch even when the library has the step loop

	streamRead func(p uintptr, n int64) float64 // mtc_stream_read, nil if absent
	fmaPeak    func(iters int64) float64        // mtc_fma_peak, nil if absent
	// fmaFLOPsPerIter is what mtc_fma_flops_per_iter returns: the FLOPs of one mtc_fma_peak round.
	fmaFLOPsPerIter int64
}

// Symbols of the optional utility functions a CPU kernel library may export for `mtc bench`.
const (
	// SymStreamRead is double mtc_stream_read(const float *p, int64_t n): read the n floats at
	// p once, in order, and return their sum (so that the reads cannot be optimised away).
	SymStreamRead = "mtc_stream_read"
	// SymFMAPeak is double mtc_fma_peak(int64_t iters): run iters rounds of independent vector
	// fused multiply-adds; the result depends on every round (so none can be optimised away).
	SymFMAPeak = "mtc_fma_peak"
	// SymFMAFLOPsPerIter is int64_t mtc_fma_flops_per_iter(void): the floating-point operations
	// of one mtc_fma_peak round (2 per multiply-add).
	SymFMAFLOPsPerIter = "mtc_fma_flops_per_iter"
	// SymRunProgram is void mtc_run_program(const int64_t *table, int64_t n, int64_t worker,
	// int64_t workers, int64_t *sync): run a whole step's launches (records of fn, bufs, ints,
	// split, grain) as one of workers threads, with spinning barriers between launches.
	SymRunProgram = "mtc_run_program"
)

// Load opens the CPU artifact in dir: it reads and validates the manifest (checking every file's
// size and SHA-256), checks that the host can run the code (architecture and every CPU feature
// the kernels were compiled for), loads the kernel library and resolves every kernel symbol.
func Load(dir string, cfg Config) (*Artifact, error) {
	m, err := artifact.Read(dir)
	if err != nil {
		return nil, err
	}
	mpath := filepath.Join(dir, artifact.ManifestFile)
	if m.Target != artifact.TargetCPU {
		return nil, fmt.Errorf("%s: target %q, this runtime runs %q artifacts", mpath, m.Target, artifact.TargetCPU)
	}
	if err := checkTriple(mpath, m.Triple, goruntime.GOARCH); err != nil {
		return nil, err
	}
	if err := checkFeatures(mpath, m.CPUFeatures, cpufeat.Host); err != nil {
		return nil, err
	}
	capacity, err := chooseCapacity(mpath, cfg.Capacity, m.Model.MaxPositions)
	if err != nil {
		return nil, err
	}
	if err := checkWeights(mpath, m, capacity); err != nil {
		return nil, err
	}
	so, err := filepath.Abs(m.Path(dir, artifact.FileSO))
	if err != nil {
		return nil, err
	}
	lib, err := openLibrary(so)
	if err != nil {
		return nil, err
	}
	a := &Artifact{Dir: dir, Manifest: m, capacity: capacity, lib: lib, weightIndex: map[string]int{}}
	for i, w := range m.Weights {
		a.weightIndex[w.Name] = i
	}
	var missing []string
	for _, k := range m.Kernels {
		p := lib.lookup(k.Symbol)
		if p == 0 {
			missing = append(missing, fmt.Sprintf("%s (kernel %s)", k.Symbol, k.Name))
		}
		a.kernels = append(a.kernels, p)
	}
	if len(missing) > 0 {
		lib.close()
		return nil, fmt.Errorf("%s: the kernel library does not define %s (recompile the artifact)", so, strings.Join(missing, ", "))
	}
	a.runProgram = lib.lookup(SymRunProgram)
	if p := lib.lookup(SymStreamRead); p != 0 {
		bindFunc(&a.streamRead, p)
	}
	if p, q := lib.lookup(SymFMAPeak), lib.lookup(SymFMAFLOPsPerIter); p != 0 && q != 0 {
		bindFunc(&a.fmaPeak, p)
		var perIter func() int64
		bindFunc(&perIter, q)
		a.fmaFLOPsPerIter = perIter()
	}
	a.pool = NewPool(cfg.Threads)
	return a, nil
}

// useProgram reports whether sessions run steps in the library's step loop: when it has one,
// and its spinning barriers cannot starve (one thread, or no more threads than GOMAXPROCS).
func (a *Artifact) useProgram() bool {
	return a.runProgram != 0 && !a.perLaunch && (a.pool.Threads() == 1 || a.pool.spin > 0)
}

// Capacity returns the KV-cache capacity in positions.
func (a *Artifact) Capacity() int { return a.capacity }

// Threads returns the number of threads that run kernels.
func (a *Artifact) Threads() int { return a.pool.Threads() }

// Close stops the thread pool and unloads the kernel library. Models and sessions made from
// the artifact must not be used afterwards.
func (a *Artifact) Close() error {
	if a.pool != nil {
		a.pool.Close()
		a.pool = nil
	}
	return a.lib.close()
}

// checkTriple refuses code for another architecture with a clear message (the dynamic loader
// would only say "wrong ELF class" or similar). An empty triple is not checked.
func checkTriple(mpath, triple, goarch string) error {
	if triple == "" {
		return nil
	}
	arch, _, _ := strings.Cut(triple, "-")
	want := map[string]string{"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64", "arm64": "arm64"}[arch]
	if want == "" || want == goarch {
		return nil
	}
	return fmt.Errorf("%s: the kernels were compiled for %s (triple %s), this host is %s (recompile on this machine)", mpath, want, triple, goarch)
}

// checkFeatures refuses code compiled for CPU features the host lacks: running it would die
// with SIGILL at the first such instruction.
func checkFeatures(mpath string, required []string, host func() ([]string, error)) error {
	if len(cpufeat.Missing(required, nil)) == 0 {
		return nil // nothing required
	}
	have, err := host()
	if err != nil {
		return fmt.Errorf("%s: the kernels need CPU features %s, and this host's cannot be checked: %w", mpath, strings.Join(required, ","), err)
	}
	if miss := cpufeat.Missing(required, have); len(miss) > 0 {
		return fmt.Errorf("%s: this CPU lacks %s, which the kernels were compiled for (recompile the artifact on this machine, or for a CPU without them)", mpath, strings.Join(miss, ", "))
	}
	return nil
}

// chooseCapacity applies Config.Capacity's default and bounds.
func chooseCapacity(mpath string, want, maxPos int) (int, error) {
	switch {
	case want < 0:
		return 0, fmt.Errorf("KV-cache capacity %d must be positive (or 0 for the default)", want)
	case want == 0 && maxPos > 0:
		return min(maxPos, DefaultCapacity), nil
	case want == 0:
		return DefaultCapacity, nil
	case maxPos > 0 && want > maxPos:
		return 0, fmt.Errorf("%s: KV-cache capacity %d exceeds the model's max_position_embeddings %d", mpath, want, maxPos)
	}
	return want, nil
}
