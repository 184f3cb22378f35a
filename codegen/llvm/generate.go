package llvm

import (
	"fmt"
	"slices"

	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/codegen/launch"
	"github.com/mtc-dev/mtc/internal/diag"
	"github.com/mtc-dev/mtc/ir"
)

// Options selects the target of the generated code.
type Options struct {
	// Triple is the LLVM target triple written into the module ("x86_64-unknown-linux-gnu");
	// empty leaves it to the tools (the host).
	Triple string
	// CPU is the LLVM CPU name the module will be compiled for (toolchain.CPU.Name, the -mcpu
	// value), written into every function as "target-cpu"; empty means generic.
	CPU string
	// Features are the features the code may use, in "+name" form, including those CPU
	// implies (toolchain.CPU.Features). They choose code paths (+f16c: hardware half
	// conversion; +avx512f, +avx2: the default vector width) and are not written into the
	// module: the toolchain's -mattr decides what LLVM may emit.
	Features []string
	// VectorWidth is the number of f32 lanes of the kernels' vectors: 16 for AVX-512, 8 for
	// AVX2, 4 for SSE or NEON. Zero picks 16 with +avx512f, 8 with +avx2 and 4 otherwise.
	VectorWidth int
	// WeightsDType is the format matmul kernels read their weight matrices in: "" as the
	// checkpoint stores them (f32, bf16 or f16), or WeightsInt8, the q8 block format the runtime
	// quantises every matrix to at load time (wformat.go).
	WeightsDType string
	// Precision is PrecisionExact (the default: f32 activations and accumulation) or
	// PrecisionFast: the prefill (GEMM) path of bf16 matrices multiplies bf16-rounded
	// activations with AVX512_BF16 dot products, that of q8 matrices int8-quantised activations
	// with AVX512_VNNI dot products, on targets with those features and 16 lanes; all other
	// kernels stay exact.
	Precision string
	// KVDType is the element type of the KV cache: "f32" (the default when empty), "f16" or
	// "bf16", which halve the bytes attention reads at the cost of rounding keys and values.
	KVDType string
}

// Values of Options.WeightsDType and Options.Precision (the manifest's spellings).
const (
	WeightsInt8    = artifact.WeightsInt8
	PrecisionExact = artifact.PrecisionExact
	PrecisionFast  = artifact.PrecisionFast
)

// Output is the generated code and the parts of the artifact manifest that describe it.
type Output struct {
	// LL is the LLVM module (textual IR, deterministic for a given graph and Options).
	LL []byte
	// Weights are the tensors the program reads, in g.UsedWeights() order, each followed by the
	// weights derived from it for the kernels (its q8 form); a concat weight that only matmuls
	// read is left out, since they read its parts in place. Ref{Kind: "weight", Index: i} names
	// Weights[i].
	Weights []artifact.Weight
	// Slots are the KV-cache slots; slot i belongs to the attention whose layer attribute is i.
	Slots []artifact.Slot
	// Kernels is the kernel table: every function of LL that the program calls, each once.
	Kernels []artifact.Kernel
	// Program is the step: the launches in order, one per value (two per attention).
	Program []artifact.Launch
	// Arenas are the sizes of the activation arena (bytes per token) and the row arena (bytes
	// per logit row): the largest Buf + bytes per row over each arena's values.
	Arenas launch.Arenas
	// Result is the (row-)arena reference of the graph's result.
	Result artifact.Ref
}

// Generate compiles g, whose values must carry arena offsets (the plan-memory pass), to an LLVM
// module of CPU kernels and the launch program that runs one step.
func Generate(g *ir.Graph, o Options) (*Output, error) {
	o, err := o.normalize()
	if err != nil {
		return nil, err
	}
	md := newModule(o)
	out, err := md.program(g)
	if err != nil {
		return nil, err
	}
	md.utilities()
	out.Kernels = md.kernels
	out.LL = md.text()
	return out, nil
}

func (o Options) normalize() (Options, error) {
	o.Features = slices.Clone(o.Features)
	if o.VectorWidth == 0 {
		switch {
		case slices.Contains(o.Features, "+avx512f"):
			o.VectorWidth = 16
		case slices.Contains(o.Features, "+avx2"):
			o.VectorWidth = 8
		default:
			o.VectorWidth = 4
		}
	}
	switch o.VectorWidth {
	case 4, 8, 16:
	default:
		return o, fmt.Errorf("codegen/llvm: vector width %d is not supported (want 4, 8 or 16 lanes)", o.VectorWidth)
	}
	switch o.WeightsDType {
	case "", WeightsInt8:
	default:
		return o, fmt.Errorf("codegen/llvm: weights dtype %q is not supported (want %q, or empty for the checkpoint's)", o.WeightsDType, WeightsInt8)
	}
	if err := o.normalizeKV(); err != nil {
		return o, err
	}
	switch o.Precision {
	case "":
		o.Precision = PrecisionExact
	case PrecisionExact, PrecisionFast:
	default:
		return o, fmt.Errorf("codegen/llvm: precision %q is not supported (want %q or %q)", o.Precision, PrecisionExact, PrecisionFast)
	}
	return o, nil
}

// program lowers every value of g to launches (emitting the kernels they need) and fills in
// the manifest parts.
func (md *module) program(g *ir.Graph) (*Output, error) {
	if err := ir.Verify(g); err != nil {
		return nil, err
	}
	out := &Output{}
	p := &lowering{md: md, g: g, weights: map[*ir.Weight]int{}, q8: map[*ir.Weight]int{}}
	var errs diag.List
	out.Weights = p.planWeights(&errs)
	slots, err := launch.KVSlots(g)
	if err != nil {
		return nil, err
	}
	out.Slots = slots
	md.describeSlots(g, out.Slots)
	if len(errs) > 0 {
		return nil, errs.Err()
	}
	out.Program, out.Arenas = launch.Program(g, &errs, p.value)
	if len(errs) > 0 {
		return nil, errs.Err()
	}
	out.Result = launch.Arena(g.Result)
	return out, nil
}

// lowering holds what lowering one graph needs besides the module.
type lowering struct {
	md      *module
	g       *ir.Graph
	weights map[*ir.Weight]int // manifest index of each listed weight
	q8      map[*ir.Weight]int // manifest index of the q8 form of a matrix
}

// value returns the launches that compute v.
func (p *lowering) value(v *ir.Value) ([]artifact.Launch, error) {
	for _, w := range v.Weights {
		if _, err := storage(w.Type.DType); err != nil {
			return nil, fmt.Errorf("weight @%s: %v", w.Name, err)
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
		return p.elementwise(v)
	}
	return nil, fmt.Errorf("no CPU lowering for op %v", v.Op)
}

// weightRef is the reference to weight w.
func (p *lowering) weightRef(w *ir.Weight) artifact.Ref {
	return artifact.Ref{Kind: artifact.RefWeight, Index: p.weights[w]}
}
