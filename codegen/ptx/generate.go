package ptx

import (
	"context"
	"fmt"

	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/codegen/launch"
	cpugen "github.com/mtc-dev/mtc/codegen/llvm"
	"github.com/mtc-dev/mtc/codegen/toolchain"
	"github.com/mtc-dev/mtc/internal/diag"
	"github.com/mtc-dev/mtc/ir"
)

// OpArgmax is the Op of the argmax kernel in the kernel table. The kernel is not part of the
// launch program: the runtime calls it after a step to reduce each logits row to its token.
const OpArgmax = "argmax"

// Options selects the GPU the code is generated for.
type Options struct {
	// Arch is the GPU architecture of the PTX ("sm_80"; empty means
	// toolchain.DefaultPTXArch). LLVM 14 knows none newer than sm_86: sm_80 PTX runs on Hopper,
	// the driver compiles it when it loads the module.
	Arch string
}

// Output is the generated code and the parts of the artifact manifest that describe it.
type Output struct {
	// LL is the NVPTX LLVM module (textual IR, deterministic for a given graph).
	LL []byte
	// Arch is the GPU architecture the PTX is compiled for.
	Arch string
	// Weights are the tensors the program reads, in g.UsedWeights() order; Ref{Kind: "weight",
	// Index: i} names Weights[i].
	Weights []artifact.Weight
	// Slots are the KV-cache slots; slot i belongs to the attention whose layer attribute is i.
	Slots []artifact.Slot
	// Kernels is the kernel table; Kernels[Argmax] is the argmax kernel (Op OpArgmax).
	Kernels []artifact.Kernel
	Program []artifact.Launch
	// Arenas are the sizes of the activation arena (bytes per token) and the row arena (bytes
	// per logit row): the largest Buf + bytes per row over each arena's values.
	Arenas launch.Arenas
	// Result is the (row-)arena reference of the graph's result (f32 [R, vocab]).
	Result artifact.Ref
	// Argmax is the index in Kernels of the argmax kernel over result rows.
	Argmax int
}

// Generate compiles g, whose values must carry arena offsets (the plan-memory pass), to an
// NVPTX module of kernels and the launch program that runs one step.
func Generate(g *ir.Graph, o Options) (*Output, error) {
	out, _, err := generate(g, o)
	return out, err
}

// generate is Generate, also returning the module (which the tests' emulator runs).
func generate(g *ir.Graph, o Options) (*Output, *module, error) {
	if o.Arch == "" {
		o.Arch = toolchain.DefaultPTXArch
	}
	if err := ir.Verify(g); err != nil {
		return nil, nil, err
	}
	md := newModule()
	p := &lowering{md: md, arch: o.Arch, weights: map[*ir.Weight]int{}}
	out := &Output{Arch: o.Arch}
	var errs diag.List
	for i, w := range g.UsedWeights() {
		aw, err := cpugen.ManifestWeight(w)
		if err != nil {
			errs.Add(w.Pos, "weight @%s: %v", w.Name, err)
			continue
		}
		p.weights[w] = i
		out.Weights = append(out.Weights, aw)
	}
	if len(errs) > 0 {
		return nil, nil, errs.Err()
	}
	slots, err := launch.KVSlots(g)
	if err != nil {
		return nil, nil, err
	}
	out.Slots = slots
	out.Program, out.Arenas = launch.Program(g, &errs, p.value)
	if len(errs) > 0 {
		return nil, nil, errs.Err()
	}
	if g.Result == nil || g.Result.Op == ir.OpTokens {
		return nil, nil, fmt.Errorf("graph %s: the result must be an f32 matrix", g.Name)
	}
	cols, err := launch.ConstCols(g.Result)
	if err != nil {
		return nil, nil, diag.Errorf(g.Result.Pos, "result %%%d: %v", g.Result.ID, err)
	}
	out.Result = launch.Arena(g.Result)
	out.Argmax = argmaxKernel(md, cols)
	out.Kernels = md.kernels
	out.LL = md.text()
	return out, md, nil
}

// CompilePTX turns the module into PTX with LLVM 14 (opt and llc for nvptx64) and checks that
// the PTX defines exactly one .entry per kernel of the table.
func (out *Output) CompilePTX(ctx context.Context, tc *toolchain.Toolchain) ([]byte, error) {
	ptx, err := tc.CompilePTX(ctx, out.LL, toolchain.PTXOptions{Arch: out.Arch})
	if err != nil {
		return nil, err
	}
	if err := CheckEntries([]byte(ptx), out.Kernels); err != nil {
		return nil, err
	}
	return []byte(ptx), nil
}

// Fill records the output in a CUDA artifact's manifest and file set: target, GPU
// architecture, weights, slots, kernels, program, arena and result, plus kernels.ll and
// kernels.ptx (the PTX from CompilePTX).
func (out *Output) Fill(m *artifact.Manifest, files map[string]artifact.NamedBytes, ptx []byte) {
	m.Target = artifact.TargetCUDA
	m.GPUArch = out.Arch
	m.Weights = out.Weights
	m.Slots = out.Slots
	m.Kernels = out.Kernels
	m.Program = out.Program
	m.ArenaBytesPerToken, m.ArenaBytesPerRow = out.Arenas.PerToken, out.Arenas.PerRow
	m.Result = out.Result
	files[artifact.FileLL] = artifact.NamedBytes{Name: "kernels.ll", Data: out.LL}
	files[artifact.FilePTX] = artifact.NamedBytes{Name: "kernels.ptx", Data: ptx}
}

// lowering holds what lowering one graph needs besides the module.
type lowering struct {
	md      *module
	arch    string
	weights map[*ir.Weight]int
}

// value returns the launches that compute v.
func (p *lowering) value(v *ir.Value) ([]artifact.Launch, error) {
	for _, a := range v.Args {
		if a.Op != ir.OpTokens && a.Buf == ir.NoBuf {
			return nil, fmt.Errorf("operand %%%d (%v) has no arena buffer", a.ID, a.Op)
		}
	}
	for _, w := range v.Weights {
		if !w.Type.DType.IsFloat() {
			return nil, fmt.Errorf("weight @%s is %v: GPU kernels read f32, bf16 or f16 tensors", w.Name, w.Type.DType)
		}
	}
	switch v.Op {
	case ir.OpEmbed:
		return p.embed(v)
	case ir.OpLayerNorm, ir.OpLayerNorm1P:
		return p.layerNorm(v)
	case ir.OpMatMul, ir.OpMatMulSqReLU, ir.OpMatMulAdd, ir.OpMatMulRoPE:
		return p.matmul(v)
	case ir.OpRoPE, ir.OpRoPECached:
		return p.rope(v)
	case ir.OpAttention, ir.OpGQAAttention:
		return p.attention(v)
	case ir.OpSlice, ir.OpAdd, ir.OpSqReLU, ir.OpLast:
		return p.rowwise(v)
	}
	return nil, fmt.Errorf("no GPU lowering for op %v", v.Op)
}

// weightRef is the reference to weight w.
func (p *lowering) weightRef(w *ir.Weight) artifact.Ref {
	return artifact.Ref{Kind: artifact.RefWeight, Index: p.weights[w]}
}
