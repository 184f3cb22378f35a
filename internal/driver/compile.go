// Package driver wires mtc's packages together for the command line and the end-to-end tests:
// compiling a model into an artifact, and opening an artifact (or a spec, compiled on the fly)
// with weights on a backend.
package driver

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/internal/version"
	"github.com/mtc-dev/mtc/ir"
	"github.com/mtc-dev/mtc/models"
	"github.com/mtc-dev/mtc/passes"
)

// CompileOptions configures a compile.
type CompileOptions struct {
	Target      string          // artifact.TargetInterp, TargetCPU or TargetCUDA
	PrintAfter  map[string]bool // pass names (or "all") whose output IR is printed to Dump
	Dump        io.Writer
	CPU         string   // LLVM -mcpu; "" = host
	CPUFeatures []string // LLVM -mattr features; nil = host
	GPUArch     string   // e.g. sm_80
	KVDType     string   // KV-cache element type of CPU code: f32 (default when empty), f16 or bf16
	// WeightsDType is the format of the matmul weights of CPU code: "" as the checkpoint stores
	// them, or "int8" (quantised at load time to int8 blocks of 32 with an f32 scale).
	WeightsDType string
	// Precision is the matmul arithmetic of CPU code: "exact" (the default when empty) or
	// "fast" (prefill in half-precision FMAs for bf16 and f16 weights where the CPU has
	// AVX512-FP16, else bf16 dot products for bf16 weights; int8 dot products for int8 weights).
	Precision string
	CrashDir  string
	// Taps keeps the activations importance scoring reads (models.LowerOptions.Taps) readable
	// after each step.
	Taps bool
}

// Compiled is a model lowered and optimised, ready for code generation.
type Compiled struct {
	Spec   *models.Spec
	Graph  *ir.Graph
	Passes []string
}

// LoadModel reads a model: a YAML spec, a config.json, a checkpoint folder, or the name of a
// shipped spec (minitron-8b, minitron-4b, nemotron-4-15b).
func LoadModel(path string) (*models.Spec, error) {
	if _, err := os.Stat(path); err != nil && !strings.ContainsAny(path, "/.") {
		if s, berr := models.Builtin(path); berr == nil {
			return s, nil
		}
	}
	return models.Load(path)
}

// Lower reads a model and runs the pass pipeline on its IR.
func Lower(path string, o *CompileOptions) (*Compiled, error) {
	spec, err := LoadModel(path)
	if err != nil {
		return nil, err
	}
	return LowerSpec(spec, o)
}

// LowerSpec lowers a spec and runs the pass pipeline.
func LowerSpec(spec *models.Spec, o *CompileOptions) (*Compiled, error) {
	g, err := models.LowerWith(spec, models.LowerOptions{Taps: o.Taps})
	if err != nil {
		return nil, err
	}
	popts := &passes.Options{PrintAfter: o.PrintAfter, Dump: o.Dump, CrashDir: o.CrashDir}
	if popts.Dump == nil {
		popts.Dump = io.Discard
	}
	if err := passes.Run(g, popts); err != nil {
		return nil, err
	}
	return &Compiled{Spec: spec, Graph: g, Passes: passes.Names()}, nil
}

// Compile compiles the model at path into an artifact folder at out.
func Compile(ctx context.Context, path, out string, o *CompileOptions) (*artifact.Manifest, error) {
	c, err := Lower(path, o)
	if err != nil {
		return nil, err
	}
	return CompileLowered(ctx, c, out, o)
}

// CompileLowered generates code for a lowered model and writes the artifact.
func CompileLowered(ctx context.Context, c *Compiled, out string, o *CompileOptions) (*artifact.Manifest, error) {
	m := baseManifest(c)
	m.Target = o.Target
	files := map[string]artifact.NamedBytes{
		artifact.FileGraph: {Name: "graph.mir", Data: []byte(ir.Print(c.Graph))},
	}
	switch o.Target {
	case artifact.TargetInterp, "":
		m.Target = artifact.TargetInterp
	case artifact.TargetCPU:
		if err := generateCPU(ctx, c, m, files, o); err != nil {
			return nil, err
		}
	case artifact.TargetCUDA:
		if err := generateCUDA(ctx, c, m, files, o); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("unknown target %q (want cpu, cuda or interp)", o.Target)
	}
	if err := artifact.Write(out, m, files); err != nil {
		return nil, err
	}
	return m, nil
}

func baseManifest(c *Compiled) *artifact.Manifest {
	s := c.Spec
	st := s.Stats(0)
	m := &artifact.Manifest{
		FormatVersion: artifact.FormatVersion,
		MTCVersion:    version.Version,
		Spec:          string(s.Format()),
		Passes:        c.Passes,
		Model: artifact.Model{
			Name: s.Name, VocabSize: s.VocabSize, Hidden: s.Hidden, Layers: len(s.Layers),
			BOS: s.BOS, EOS: s.EOS, MaxPositions: s.MaxPositions,
			FLOPsPerToken: st.FLOPsPerToken,
		},
	}
	return m
}

// SpecOf decodes the spec recorded in a manifest.
func SpecOf(m *artifact.Manifest, dir string) (*models.Spec, error) {
	return models.DecodeSpec(filepath.Join(dir, artifact.ManifestFile)+"#spec", []byte(m.Spec))
}
