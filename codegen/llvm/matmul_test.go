package llvm

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/ir"
	"github.com/mtc-dev/mtc/ir/interp"
)

// The matmul family is tested here over what opCases leave out: K spanning several k-blocks of
// the GEMM (with and without a remainder, and q8 rows that end in a partial block), row counts
// on both paths (GEMV below gemmMinRows, GEMM with every tail microkernel and more than one row
// block), packed QKV parts whose boundaries fall inside a column block, and the other weight
// formats and precisions, each against the interpreter:
//
//   - exact, f32/bf16/f16 weights: max|Δ| ≤ 1e-5·max|y| (only the summation order differs);
//   - int8 weights (q8, exact): the same bound against the interpreter run on the dequantised
//     weights (d·q), which is what the kernels multiply by;
//   - fast, bf16 weights: x is rounded to bf16 (relative error ≤ 2⁻⁹ per value), so the bound is
//     1e-2·max|y|; with half FMAs (bf16 and f16 weights, targets with AVX512-FP16) x is rounded
//     to half and 128 products at a time are summed in half (relative error about 2⁻¹¹ per
//     value and per addition), under the same bound;
//   - fast, int8 weights: x is quantised to 8 bits per block of 32 (error ≤ max|x|/254 per
//     value), against the dequantised weights: 3e-2·max|y|.

type mmCase struct {
	name  string
	op    ir.Op
	dt    ir.DType
	k     int
	parts []int // rows of the weight parts (a concat when more than one)
	rope  ir.Attrs
}

var mmCases = []mmCase{
	{name: "plain/k600", op: ir.OpMatMul, dt: ir.BF16, k: 600, parts: []int{45}},
	{name: "plain/k512-f32", op: ir.OpMatMul, dt: ir.F32, k: 512, parts: []int{70}},
	{name: "sqrelu/k768-f16", op: ir.OpMatMulSqReLU, dt: ir.F16, k: 768, parts: []int{33}},
	{name: "add/k300", op: ir.OpMatMulAdd, dt: ir.BF16, k: 300, parts: []int{64}},
	{name: "plain/k301-odd", op: ir.OpMatMul, dt: ir.BF16, k: 301, parts: []int{40}}, // an odd last pair
	{name: "rope/parts", op: ir.OpMatMulRoPE, dt: ir.BF16, k: 270, parts: []int{48, 16, 16},
		rope: ir.Attrs{"heads": 4, "head_dim": 16, "rot": 8}},
}

// mmRows are the step sizes run in order: GEMV (1, 3, 5), the smallest GEMM, GEMM with tails
// of every size, and two row blocks.
var mmRows = []int{1, 3, 5, gemmMinRows, 19, 47, 600}

const mmCapacity = 700

type mmMode struct {
	name string
	q8   bool
	fast bool
	tol  float64
}

var mmModes = []mmMode{
	{"exact", false, false, 1e-5},
	{"int8", true, false, 1e-5},
	{"bf16-fast", false, true, 1e-2},
	{"int8-fast", true, true, 3e-2},
}

// build builds c's graph: the last R rows of the matmul of embedded rows (the result is not
// the matmul itself, which as the output head would keep exact precision and stored weights).
func (c mmCase) build(g *gb) *ir.Value {
	return g.op(ir.OpLast, vs{c.matmul(g)}, nil, nil)
}

// matmul builds c's matmul.
func (c mmCase) matmul(g *gb) *ir.Value {
	n := 0
	for _, p := range c.parts {
		n += p
	}
	x := g.embed("E", ir.F32, 29, c.k)
	var w *ir.Weight
	if len(c.parts) == 1 {
		w = g.weight("W", c.dt, n, c.k)
	} else {
		var parts []*ir.Weight
		for i, p := range c.parts {
			parts = append(parts, g.weight(fmt.Sprintf("W%d", i), c.dt, p, c.k))
		}
		w = g.derive("W", ir.WeightConcat, parts, nil)
	}
	switch c.op {
	case ir.OpMatMulAdd:
		r := g.embed("R", ir.F32, 29, n)
		return g.op(c.op, vs{x, r}, ws{w}, nil)
	case ir.OpMatMulRoPE:
		tab := g.derive("rope", ir.WeightRoPETable, nil, ir.Attrs{"rot": c.rope["rot"], "theta": 10000, "scale": 1})
		return g.op(c.op, vs{x}, ws{w, tab}, c.rope)
	}
	return g.op(c.op, vs{x}, ws{w}, nil)
}

// dequantized returns ck with every matrix a matmul of g reads (or each of its parts) replaced by
// its q8 values.
func dequantized(g *ir.Graph, ck checkpoint) checkpoint {
	out := checkpoint{}
	for name, t := range ck {
		out[name] = t
	}
	for _, v := range g.Values {
		if !isMatmul(v.Op) {
			continue
		}
		ws := []*ir.Weight{v.Weights[0]}
		if v.Weights[0].Op == ir.WeightConcat {
			ws = v.Weights[0].Args
		}
		for _, w := range ws {
			t := *ck[w.Name]
			_, t.f32 = quantizeQ8(t.f32, int(t.shape[0]), int(t.shape[1]))
			out[w.Name] = &t
		}
	}
	return out
}

// TestMatmulFormats runs mmCases in every mode on every host target that supports it and
// compares each step with the interpreter.
func TestMatmulFormats(t *testing.T) {
	targets := hostTargets(t)
	if ft, ok := fastTarget(t); ok {
		targets[0] = ft // the same vector width, and the fast modes too
	}
	if testing.Short() {
		targets = targets[:1]
	}
	half, hasHalf := halfTarget(t)
	if hasHalf {
		targets = append(targets, half) // fast precision with half FMAs (gemm_half.go)
	}
	for ti, tg := range targets {
		for mi, mode := range mmModes {
			isHalf := hasHalf && ti == len(targets)-1
			switch {
			case mode.fast && !slices.Contains(tg.o.Features, "+avx512bf16"):
				continue
			case isHalf && !mode.fast:
				continue // exact precision is the same code as on the first target
			case !isHalf && ti > 0 && mi != ti%2:
				continue // narrower targets: exact on one, int8 on the next
			}
			t.Run(tg.name+"/"+mode.name, func(t *testing.T) {
				t.Parallel()
				o := tg.o
				if mode.q8 {
					o.WeightsDType = WeightsInt8
				}
				if mode.fast {
					o.Precision = PrecisionFast
				}
				o, err := o.normalize()
				if err != nil {
					t.Fatal(err)
				}
				md := newModule(o)
				var graphs []*ir.Graph
				var outs []*Output
				var cks []checkpoint
				for i, c := range mmCases {
					g := newGB(t, c.name, uint64(100+i))
					gr := g.graph(c.build(g))
					out, err := md.program(gr)
					if err != nil {
						t.Fatalf("%s: %v", c.name, err)
					}
					graphs, outs, cks = append(graphs, gr), append(outs, out), append(cks, g.ck)
				}
				md.utilities()
				for _, out := range outs {
					out.Kernels = md.kernels
				}
				t0 := time.Now()
				l := loadLib(t, buildSO(t, md.text(), o))
				t.Logf("compile %v", time.Since(t0))
				for i, c := range mmCases {
					mm := outs[i].Program[len(outs[i].Program)-2]
					name := outs[i].Kernels[mm.Kernel].Name
					halfWeights := c.dt == ir.F16 && slices.Contains(o.Features, "+avx512fp16")
					if fast, want := strings.HasSuffix(name, "_fast"), mode.fast && (c.dt == ir.BF16 || mode.q8 || halfWeights); fast != want {
						t.Errorf("%s: kernel %s: fast = %v, want %v", c.name, name, fast, want)
					}
					ck := cks[i]
					if mode.q8 {
						ck = dequantized(graphs[i], ck)
					}
					ip, err := interp.New(graphs[i], ck, mmCapacity)
					if err != nil {
						t.Fatal(err)
					}
					r := newRunner(t, l, outs[i], cks[i], mmCapacity)
					rng := rand.New(rand.NewPCG(uint64(i), 9))
					for _, T := range mmRows {
						tokens := make([]int32, T)
						for j := range tokens {
							tokens[j] = int32(rng.IntN(29))
						}
						want, err := ip.Run(tokens, T)
						if err != nil {
							t.Fatal(err)
						}
						got := r.step(tokens, T, len(want))
						if e := relErr(got, want); e > mode.tol {
							t.Errorf("%s: T=%d: relative error %.3g > %g\n got %v\nwant %v", c.name, T, e, mode.tol, head(got), head(want))
						}
					}
				}
			})
		}
	}
}

// TestOutputHeadStaysExact generates a model with int8 weights and fast precision: every layer
// matrix is read in its q8 form by fast kernels, and the output head reads lm_head.weight as
// stored, with an exact kernel; no packed QKV is listed.
func TestOutputHeadStaysExact(t *testing.T) {
	g := newGB(t, "head", 1)
	g.shapeOnly = true
	o := Options{CPU: "icelake-server", Features: []string{"+avx512f", "+avx512bf16", "+avx512vnni"}, VectorWidth: 16, WeightsDType: WeightsInt8, Precision: PrecisionFast}
	out, err := Generate(g.graph(tinyModel(g, tinyDims)), o)
	if err != nil {
		t.Fatal(err)
	}
	var q8 []string
	for _, w := range out.Weights {
		if w.Transform == artifact.TransformQuantizeQ8 {
			q8 = append(q8, w.Args[0])
		}
		if w.Transform == artifact.TransformConcat {
			t.Errorf("weight %s: a packed copy is listed", w.Name)
		}
	}
	want := []string{
		"model.layers.0.self_attn.q_proj.weight", "model.layers.0.self_attn.k_proj.weight", "model.layers.0.self_attn.v_proj.weight",
		"model.layers.0.self_attn.o_proj.weight", "model.layers.0.mlp.up_proj.weight", "model.layers.0.mlp.down_proj.weight",
	}
	if len(q8) != 2*len(want) || !slices.Equal(q8[:len(want)], want) {
		t.Errorf("quantised %v, want the %d layer matrices of each of 2 layers", q8, len(want))
	}
	for _, l := range out.Program {
		name := out.Kernels[l.Kernel].Name
		if !strings.HasPrefix(name, "matmul") {
			continue
		}
		head := l.Note == out.Program[len(out.Program)-1].Note
		if fast := strings.HasSuffix(name, "_fast"); fast == head || strings.Contains(name, "_q8_") == head {
			t.Errorf("%s (%s): want the output head exact over bf16 and every other matmul fast over q8", l.Note, name)
		}
	}
}
