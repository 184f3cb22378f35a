package llvm

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"testing"

	"github.com/mtc-dev/mtc/internal/cpufeat"
	"github.com/mtc-dev/mtc/ir"
	"github.com/mtc-dev/mtc/ir/interp"
)

// target is a code-generation configuration the host can run.
type target struct {
	name string
	o    Options
}

// hostTargets lists the configurations to test on this machine: AVX-512 (16 lanes, hardware
// half conversion), AVX2 without F16C (8 lanes, integer half conversion) and baseline
// (4 lanes, no FMA), as far as the host supports them.
func hostTargets(t testing.TB) []target {
	t.Helper()
	if runtime.GOARCH != "amd64" {
		return []target{{"baseline", Options{VectorWidth: 4}}}
	}
	have, err := cpufeat.Host()
	if err != nil {
		t.Logf("host features unknown (%v): testing the baseline target only", err)
	}
	hasAll := func(fs ...string) bool {
		for _, f := range fs {
			if !slices.Contains(have, f) {
				return false
			}
		}
		return true
	}
	var out []target
	avx512 := []string{"+avx2", "+avx512bw", "+avx512dq", "+avx512f", "+avx512vl", "+f16c", "+fma"}
	if hasAll(avx512...) {
		out = append(out, target{"avx512", Options{CPU: "skylake-avx512", Features: avx512, VectorWidth: 16}})
	}
	if hasAll("+avx2", "+fma") {
		out = append(out, target{"avx2", Options{Features: []string{"+avx2", "+fma"}, VectorWidth: 8}})
	}
	return append(out, target{"baseline", Options{VectorWidth: 4}})
}

// suite is a set of opCases compiled into one shared object for one target.
type suite struct {
	target target
	cases  []opCase
	lib    *lib
	ll     []byte
	// imports are the dynamic symbols the shared object needs from elsewhere.
	imports []string
	graphs  []*ir.Graph
	outs    []*Output
	cks     []checkpoint
}

// secondaryCases are the cases run on targets other than the widest: those whose code
// depends most on the vector width and the half conversion.
var secondaryCases = []string{"embed/f16", "matmul/f16", "matmul_add", "matmul_rope/packed", "layernorm1p", "gqa_attention", "rope", "slice-add-sqrelu-last"}

var (
	suitesOnce sync.Once
	suitesErr  error
	suites     []*suite
)

// compiledSuites generates the opCases for every host target (all cases for the first, the
// widest; secondaryCases for the others, none with -short) and compiles the modules in parallel,
// once per process.
func compiledSuites(t *testing.T) []*suite {
	t.Helper()
	tc := testToolchain(t)
	suitesOnce.Do(func() {
		dir, err := os.MkdirTemp("", "mtc-codegen-llvm-test")
		if err != nil {
			suitesErr = err
			return
		}
		defer os.RemoveAll(dir) // the loaded objects stay mapped
		targets := hostTargets(t)
		if testing.Short() {
			targets = targets[:1]
		}
		for i, tg := range targets {
			s, err := generateSuite(t, tg, i == 0)
			if err != nil {
				suitesErr = err
				return
			}
			suites = append(suites, s)
		}
		sos := make([]string, len(suites))
		errs := make([]error, len(suites))
		var wg sync.WaitGroup
		for i, s := range suites {
			wg.Add(1)
			go func() {
				defer wg.Done()
				sub := filepath.Join(dir, s.target.name)
				if errs[i] = os.Mkdir(sub, 0o755); errs[i] == nil {
					sos[i], errs[i] = compileSO(tc, sub, s.ll, s.target.o)
				}
			}()
		}
		wg.Wait()
		for i, s := range suites {
			if errs[i] != nil {
				suitesErr = fmt.Errorf("target %s: %w", s.target.name, errs[i])
				return
			}
			s.imports = undefinedSymbols(t, sos[i])
			s.lib = loadLib(t, sos[i])
		}
	})
	if suitesErr != nil {
		t.Fatal(suitesErr)
	}
	return suites
}

// generateSuite lowers the cases for tg into one module.
func generateSuite(t testing.TB, tg target, all bool) (*suite, error) {
	o, err := tg.o.normalize()
	if err != nil {
		return nil, err
	}
	tg.o = o
	md := newModule(o)
	s := &suite{target: tg}
	for i, c := range opCases {
		if !all && !slices.Contains(secondaryCases, c.name) {
			continue
		}
		g := newGB(t, c.name, uint64(i+1))
		gr := g.graph(c.build(g))
		out, err := md.program(gr)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", c.name, err)
		}
		s.cases = append(s.cases, c)
		s.graphs, s.outs, s.cks = append(s.graphs, gr), append(s.outs, out), append(s.cks, g.ck)
	}
	md.utilities()
	for _, out := range s.outs {
		out.Kernels = md.kernels
	}
	s.ll = md.text()
	return s, nil
}

// relErr is max|got-want| / max|want|: the error relative to the result's scale. A NaN or a
// length mismatch is an infinite error.
func relErr(got, want []float32) float64 {
	if len(got) != len(want) {
		return math.Inf(1)
	}
	var maxDiff, scale float64
	for i := range want {
		g, w := float64(got[i]), float64(want[i])
		if math.IsNaN(g) != math.IsNaN(w) {
			return math.Inf(1)
		}
		maxDiff = math.Max(maxDiff, math.Abs(g-w))
		scale = math.Max(scale, math.Abs(w))
	}
	if scale == 0 {
		return maxDiff
	}
	return maxDiff / scale
}

type stepSpec struct{ T, R int }

// steps run in order against one KV cache: prefill, then shorter steps and decode.
var steps = []stepSpec{{19, 19}, {5, 5}, {3, 1}, {1, 1}, {2, 2}}

const testCapacity = 32

// TestProgramsMatchInterp runs every opCase's program on the compiled kernels, splitting each
// launch like the runtime (and, in "odd", at places that ignore the grain), and compares each
// step's result with the reference interpreter.
func TestProgramsMatchInterp(t *testing.T) {
	for _, s := range compiledSuites(t) {
		t.Run(s.target.name, func(t *testing.T) {
			for i, c := range s.cases {
				for _, mode := range []string{"aligned", "odd"} {
					t.Run(c.name+"/"+mode, func(t *testing.T) {
						ip, err := interp.New(s.graphs[i], s.cks[i], testCapacity)
						if err != nil {
							t.Fatal(err)
						}
						r := newRunner(t, s.lib, s.outs[i], s.cks[i], testCapacity)
						if mode == "odd" {
							r.split = oddSplit
						}
						rng := rand.New(rand.NewPCG(uint64(i), 7))
						for _, st := range steps {
							tokens := make([]int32, st.T)
							for j := range tokens {
								tokens[j] = int32(rng.IntN(c.vocab))
							}
							pos := ip.Pos()
							want, err := ip.Run(tokens, st.R)
							if err != nil {
								t.Fatal(err)
							}
							got := r.step(tokens, st.R, len(want))
							if e := relErr(got, want); e > 1e-5 {
								t.Errorf("step T=%d R=%d at P=%d: relative error %.3g > 1e-5\n got %v\nwant %v", st.T, st.R, pos, e, head(got), head(want))
							}
						}
					})
				}
			}
		})
	}
}

func head(x []float32) string {
	if len(x) > 12 {
		return fmt.Sprint(x[:12]) + "..."
	}
	return fmt.Sprint(x)
}
