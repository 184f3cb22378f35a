package driver

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/mtc-dev/mtc/artifact"
	cpugen "github.com/mtc-dev/mtc/codegen/llvm"
	"github.com/mtc-dev/mtc/codegen/ptx"
	"github.com/mtc-dev/mtc/codegen/toolchain"
	"github.com/mtc-dev/mtc/runtime"
	"github.com/mtc-dev/mtc/runtime/cuda"
	"github.com/mtc-dev/mtc/weights"
)

// generateCPU emits the kernels as LLVM IR, compiles them with LLVM 14 into a shared object and
// fills the manifest's program.
func generateCPU(ctx context.Context, c *Compiled, m *artifact.Manifest, files map[string]artifact.NamedBytes, o *CompileOptions) error {
	tc, err := toolchain.Find(ctx, toolchain.Options{})
	if err != nil {
		return err
	}
	cpu, err := tc.ParseCPU(ctx, o.CPU, strings.Join(o.CPUFeatures, ","))
	if err != nil {
		return err
	}
	triple, err := toolchain.HostTriple()
	if err != nil {
		return err
	}
	out, err := cpugen.Generate(c.Graph, cpugen.Options{
		Triple: triple, CPU: cpu.Name, Features: cpu.Features, KVDType: o.KVDType,
		WeightsDType: o.WeightsDType, Precision: o.Precision,
	})
	if err != nil {
		return err
	}
	m.WeightsDType = o.WeightsDType
	m.Precision = artifact.PrecisionExact
	if o.Precision != "" {
		m.Precision = o.Precision
	}
	tmp, err := os.MkdirTemp("", "mtc-compile-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	so := filepath.Join(tmp, "kernels.so")
	if err := tc.CompileSharedObject(ctx, out.LL, so, toolchain.CompileOptions{CPU: cpu}); err != nil {
		return err
	}
	soData, err := os.ReadFile(so)
	if err != nil {
		return err
	}
	m.Triple, m.CPU, m.CPUFeatures = triple, cpu.Name, cpu.Features
	m.Weights, m.Slots, m.Kernels, m.Program, m.Result = out.Weights, out.Slots, out.Kernels, out.Program, out.Result
	m.ArenaBytesPerToken, m.ArenaBytesPerRow = out.Arenas.PerToken, out.Arenas.PerRow
	m.Model.WeightBytes = decodeBytes(m)
	files[artifact.FileLL] = artifact.NamedBytes{Name: "kernels.ll", Data: out.LL}
	files[artifact.FileSO] = artifact.NamedBytes{Name: "kernels.so", Data: soData, Mode: 0o755}
	return nil
}

func generateCUDA(ctx context.Context, c *Compiled, m *artifact.Manifest, files map[string]artifact.NamedBytes, o *CompileOptions) error {
	tc, err := toolchain.Find(ctx, toolchain.Options{})
	if err != nil {
		return err
	}
	out, err := ptx.Generate(c.Graph, ptx.Options{Arch: o.GPUArch})
	if err != nil {
		return err
	}
	code, err := out.CompilePTX(ctx, tc)
	if err != nil {
		return err
	}
	out.Fill(m, files, code)
	m.Model.WeightBytes = decodeBytes(m)
	return nil
}

// cudaEngine runs a CUDA artifact through runtime/cuda.
type cudaEngine struct {
	model *cuda.Model
	*cuda.Session
}

func (e *cudaEngine) Close() error {
	e.Session.Close()
	return e.model.Close()
}

// nativeEngine runs a CPU artifact through the runtime.
type nativeEngine struct {
	art   *runtime.Artifact
	model *runtime.Model
	*runtime.Session
}

func (e *nativeEngine) Close() error {
	e.Session.Close()
	e.model.Close()
	return e.art.Close()
}

func openNative(s *Session, ckpt *weights.Checkpoint, o OpenOptions, capacity int) (Engine, error) {
	if s.Manifest.Target == artifact.TargetCUDA {
		md, err := cuda.Open(s.Dir, cuda.Config{Capacity: capacity})
		if err != nil {
			return nil, err
		}
		if ckpt == nil {
			err = md.BindRandom(o.Seed)
		} else {
			err = md.Bind(ckpt)
		}
		if err != nil {
			md.Close()
			return nil, err
		}
		sess, err := md.NewSession()
		if err != nil {
			md.Close()
			return nil, err
		}
		return &cudaEngine{model: md, Session: sess}, nil
	}
	if s.Manifest.Target != artifact.TargetCPU {
		return nil, fmt.Errorf("no native backend for target %s", s.Manifest.Target)
	}
	art, err := runtime.Load(s.Dir, runtime.Config{Threads: o.Threads, Capacity: capacity})
	if err != nil {
		return nil, err
	}
	var md *runtime.Model
	if ckpt == nil {
		md, err = art.BindRandom(o.Seed, "")
	} else {
		md, err = art.Bind(ckpt)
	}
	if err != nil {
		art.Close()
		return nil, err
	}
	return &nativeEngine{art: art, model: md, Session: md.NewSession()}, nil
}

// The CUDA engine measures the card: its memory bandwidth from the device's clock and bus
// width; the FMA peak is not measured on the GPU (reported as 0).
func (e *cudaEngine) streamReadGBs(int64) (float64, error) { return e.model.MemoryBandwidthGBs(), nil }
func (e *cudaEngine) fmaPeakGFLOPs() (float64, error)      { return 0, nil }
func (e *cudaEngine) threads() int                         { return 0 }
