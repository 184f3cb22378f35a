// Command gpucheck prepares and runs the CUDA checks of scripts/gpu-prepare.sh and
// scripts/gpu-check.sh. It is built statically (CGO_ENABLED=0) on a machine with Go and LLVM 14
// and copied, with the artifacts it compiles, to a machine that has an NVIDIA GPU and driver
// but no Go or LLVM.
//
//	gpucheck compile [-arch sm_80] MODEL OUT   compile MODEL for CUDA into the artifact folder OUT
//	gpucheck tokens CASE                       print a reference case's prompt as comma-separated ids
//	gpucheck compare [-greedy IDS] LOGITS CASE compare `mtc run --logits-out` (and its greedy ids) with CASE
//	gpucheck probe                             describe GPU 0 (name, architecture, peak bandwidth)
//	gpucheck bench [-prefill N] [-decode N] ART time prefill and decode with random weights
//
// compile is what `mtc compile MODEL --target cuda -o OUT` does once the driver wires the CUDA
// code generator; gpu-prepare.sh prefers mtc and falls back to this.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/codegen/ptx"
	"github.com/mtc-dev/mtc/codegen/toolchain"
	"github.com/mtc-dev/mtc/internal/refcase"
	"github.com/mtc-dev/mtc/internal/version"
	"github.com/mtc-dev/mtc/ir"
	"github.com/mtc-dev/mtc/models"
	"github.com/mtc-dev/mtc/passes"
	"github.com/mtc-dev/mtc/runtime/cuda"
	"github.com/mtc-dev/mtc/weights"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	cmds := map[string]func(args []string) error{
		"compile": compileCmd, "tokens": tokensCmd, "compare": compareCmd, "probe": probeCmd, "bench": benchCmd,
	}
	f, ok := cmds[os.Args[1]]
	if !ok {
		usage()
	}
	if err := f(os.Args[2:]); err != nil {
		fmt.Fprintf(os.Stderr, "gpucheck %s: %v\n", os.Args[1], err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: gpucheck compile|tokens|compare|probe|bench ... (see the package comment)")
	os.Exit(2)
}

// parse parses flags of fs and checks the number of positional arguments.
func parse(fs *flag.FlagSet, args []string, n int, what string) ([]string, error) {
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() != n {
		return nil, fmt.Errorf("want %s, got %d arguments", what, fs.NArg())
	}
	return fs.Args(), nil
}

func compileCmd(args []string) error {
	fs := flag.NewFlagSet("compile", flag.ContinueOnError)
	arch := fs.String("arch", toolchain.DefaultPTXArch, "GPU architecture of the PTX")
	pos, err := parse(fs, args, 2, "MODEL OUT")
	if err != nil {
		return err
	}
	ctx := context.Background()
	s, g, err := lower(pos[0])
	if err != nil {
		return err
	}
	out, err := ptx.Generate(g, ptx.Options{Arch: *arch})
	if err != nil {
		return err
	}
	tc, err := toolchain.Find(ctx, toolchain.Options{})
	if err != nil {
		return err
	}
	code, err := out.CompilePTX(ctx, tc)
	if err != nil {
		return err
	}
	m := &artifact.Manifest{
		FormatVersion: artifact.FormatVersion,
		MTCVersion:    version.Version,
		Spec:          string(s.Format()),
		Passes:        passes.Names(),
		Model: artifact.Model{
			Name: s.Name, VocabSize: s.VocabSize, Hidden: s.Hidden, Layers: len(s.Layers),
			BOS: s.BOS, EOS: s.EOS, MaxPositions: s.MaxPositions, FLOPsPerToken: s.Stats(0).FLOPsPerToken,
		},
	}
	files := map[string]artifact.NamedBytes{artifact.FileGraph: {Name: "graph.mir", Data: []byte(ir.Print(g))}}
	out.Fill(m, files, code)
	m.Model.WeightBytes = readBytes(m, 0)
	if err := artifact.Write(pos[1], m, files); err != nil {
		return err
	}
	fmt.Printf("gpucheck: compiled %s for CUDA %s into %s: %d kernels, %d launches, %d bytes of PTX\n",
		s.Name, *arch, pos[1], len(m.Kernels), len(m.Program), len(code))
	return nil
}

// lower reads a model (a spec, a config.json, a checkpoint folder or the name of a shipped
// spec) and runs the pass pipeline, as mtc compile does.
func lower(path string) (*models.Spec, *ir.Graph, error) {
	var s *models.Spec
	var err error
	if _, serr := os.Stat(path); serr != nil && !strings.ContainsAny(path, "/.") {
		s, err = models.Builtin(path)
	} else {
		s, err = models.Load(path)
	}
	if err != nil {
		return nil, nil, err
	}
	g, err := models.Lower(s)
	if err != nil {
		return nil, nil, err
	}
	if err := passes.Run(g, &passes.Options{}); err != nil {
		return nil, nil, err
	}
	return s, g, nil
}

func tokensCmd(args []string) error {
	fs := flag.NewFlagSet("tokens", flag.ContinueOnError)
	pos, err := parse(fs, args, 1, "CASE")
	if err != nil {
		return err
	}
	c, err := refcase.Load(pos[0])
	if err != nil {
		return err
	}
	ids := make([]string, len(c.Tokens))
	for i, t := range c.Tokens {
		ids[i] = strconv.Itoa(int(t))
	}
	fmt.Println(strings.Join(ids, ","))
	return nil
}

// compareCmd checks the logits file of `mtc run --logits-out` against the reference case with
// the tolerance of the reference tests, max|diff| ≤ 1e-3·max(1, max|ref|), and the greedy
// tokens printed by mtc run against the reference's.
func compareCmd(args []string) error {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	greedy := fs.String("greedy", "", "greedy token ids printed by mtc run (space-separated)")
	pos, err := parse(fs, args, 2, "LOGITS CASE")
	if err != nil {
		return err
	}
	c, err := refcase.Load(pos[1])
	if err != nil {
		return err
	}
	f, err := weights.Open(pos[0])
	if err != nil {
		return err
	}
	defer f.Close()
	lt, ok := f.Tensor("logits")
	if !ok {
		return fmt.Errorf("%s has no logits tensor", pos[0])
	}
	got, err := lt.Float32s()
	if err != nil {
		return err
	}
	T := len(c.Tokens)
	d, tol, err := c.Compare(got, 0, T, 1e-3)
	if err != nil {
		return err
	}
	fmt.Printf("%s: logits of %d positions: max|diff| = %.3g, tolerance %.3g\n", c.Name, T, d, tol)
	if d > tol {
		return fmt.Errorf("%s: logits differ from the reference: max|diff| = %.3g > %.3g", c.Name, d, tol)
	}
	if *greedy != "" {
		var ids []int32
		for _, s := range strings.Fields(*greedy) {
			n, err := strconv.Atoi(s)
			if err != nil {
				return fmt.Errorf("-greedy: %q is not a token id", s)
			}
			ids = append(ids, int32(n))
		}
		if fmt.Sprint(ids) != fmt.Sprint(c.Greedy) {
			return fmt.Errorf("%s: greedy tokens %v, want %v", c.Name, ids, c.Greedy)
		}
		fmt.Printf("%s: %d greedy tokens match\n", c.Name, len(ids))
	}
	return nil
}

func probeCmd(args []string) error {
	d, err := cuda.Probe(0)
	if err != nil {
		return err
	}
	fmt.Printf("%v; compute capability %d.%d, driver %d, %.1f GiB shared memory opt-in %d bytes\n",
		d, d.ComputeCapability[0], d.ComputeCapability[1], d.DriverVersion, float64(d.MemoryBytes)/(1<<30), d.MaxSharedOptIn)
	return nil
}

// benchCmd times a prefill and token-by-token decode with random weights (device argmax, so
// each decode step copies back one token id).
func benchCmd(args []string) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	prefill := fs.Int("prefill", 512, "prompt tokens")
	decode := fs.Int("decode", 64, "decoded tokens")
	pos, err := parse(fs, args, 1, "ART")
	if err != nil {
		return err
	}
	capacity := *prefill + *decode + 16
	start := time.Now()
	md, err := cuda.Open(pos[0], cuda.Config{Capacity: capacity})
	if err != nil {
		return err
	}
	defer md.Close()
	opened := time.Since(start)
	start = time.Now()
	if err := md.BindRandom(1); err != nil {
		return err
	}
	bound := time.Since(start)
	s, err := md.NewSession()
	if err != nil {
		return err
	}
	defer s.Close()
	m := md.Manifest
	fmt.Printf("bench %s on %v: load+JIT %.2fs, random weights %.2fs\n", m.Model.Name, md.Device, opened.Seconds(), bound.Seconds())
	prompt := make([]int32, *prefill)
	for i := range prompt {
		prompt[i] = int32(1 + i%(m.Model.VocabSize-1))
	}
	if _, err := s.StepArgmax(prompt[:min(16, len(prompt))], 1); err != nil { // warm up
		return err
	}
	s.Reset()
	start = time.Now()
	ids, err := s.StepArgmax(prompt, 1)
	if err != nil {
		return err
	}
	pre := time.Since(start)
	flops := float64(m.Model.FLOPsPerToken) * float64(len(prompt))
	fmt.Printf("prefill %d tokens: %.3fs wall, %.3fs GPU: %.0f tokens/s, %.2f TFLOP/s (matmuls)\n",
		len(prompt), pre.Seconds(), s.StepTime().Seconds(), float64(len(prompt))/pre.Seconds(), flops/s.StepTime().Seconds()/1e12)
	var gpu time.Duration
	start = time.Now()
	for i := 0; i < *decode; i++ {
		if ids, err = s.StepArgmax(ids, 1); err != nil {
			return err
		}
		gpu += s.StepTime()
	}
	wall := time.Since(start)
	per := wall.Seconds() / float64(*decode)
	bytes := float64(readBytes(m, capacity))
	bw := bytes / (gpu.Seconds() / float64(*decode)) / 1e9
	fmt.Printf("decode %d tokens: %.2f ms/token wall (%.1f tokens/s), %.2f ms/token GPU; %.1f GB of weights per token: %.0f GB/s = %.0f%% of the %.0f GB/s peak\n",
		*decode, 1e3*per, 1/per, 1e3*gpu.Seconds()/float64(*decode), bytes/1e9, bw, 100*bw/md.MemoryBandwidthGBs(), md.MemoryBandwidthGBs())
	return nil
}

// readBytes is the number of weight bytes one step reads: every weight the program references
// (capacity binds rope tables; 0 leaves them out).
func readBytes(m *artifact.Manifest, capacity int) int64 {
	read := map[int]bool{}
	for _, l := range m.Program {
		for _, r := range l.Bufs {
			if r.Kind == artifact.RefWeight {
				read[r.Index] = true
			}
		}
	}
	var total int64
	for i := range read {
		w := m.Weights[i]
		n := int64(1)
		for _, d := range w.Shape {
			if d == artifact.ShapeCapacity {
				d = int64(capacity)
			}
			n *= d
		}
		size := map[string]int64{"f32": 4, "bf16": 2, "f16": 2, "i8": 1}[w.DType]
		total += n * size
	}
	return total
}
