package ptx

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/mtc-dev/mtc/internal/diag"
	"github.com/mtc-dev/mtc/ir"
	"github.com/mtc-dev/mtc/ir/interp"
	"github.com/mtc-dev/mtc/passes"
)

// opGraph builds a small graph with ir.Builder and random weights, stored in every dtype.
type opGraph struct {
	t      *testing.T
	b      *ir.Builder
	rng    *rand.Rand
	tok    *ir.Value
	stored map[string][]byte    // bytes as the checkpoint stores them
	f32s   map[string][]float32 // the same values in f32, for the interpreter
	shapes map[string][]int64
	line   int
}

func newOpGraph(t *testing.T, seed uint64) *opGraph {
	g := &opGraph{t: t, b: ir.NewBuilder("op"), rng: rand.New(rand.NewPCG(seed, 3)),
		stored: map[string][]byte{}, f32s: map[string][]float32{}, shapes: map[string][]int64{}}
	g.tok = g.op(ir.OpTokens, nil, nil, nil)
	return g
}

func (g *opGraph) pos() diag.Pos {
	g.line++
	return diag.Pos{File: "op.mir", Line: g.line, Col: 1}
}

// weight declares a checkpoint tensor of random values in [-1, 1) stored as dt (f16 values
// include subnormals).
func (g *opGraph) weight(name string, dt ir.DType, dims ...int) *ir.Weight {
	g.t.Helper()
	shape := make(ir.Shape, len(dims))
	n := 1
	for i, d := range dims {
		shape[i] = ir.Dim(d)
		n *= d
		g.shapes[name] = append(g.shapes[name], int64(d))
	}
	w, err := g.b.Load(name, ir.Type{DType: dt, Shape: shape}, g.pos())
	if err != nil {
		g.t.Fatal(err)
	}
	raw, f := make([]byte, n*int(dt.Size())), make([]float32, n)
	for i := range f {
		x := float32(g.rng.Float64()*2 - 1)
		switch dt {
		case ir.F32:
			binary.LittleEndian.PutUint32(raw[4*i:], math.Float32bits(x))
			f[i] = x
		case ir.BF16:
			bits := uint16(math.Float32bits(x) >> 16)
			binary.LittleEndian.PutUint16(raw[2*i:], bits)
			f[i] = math.Float32frombits(uint32(bits) << 16)
		case ir.F16:
			exp := uint16(9 + g.rng.IntN(7))
			if i%16 == 5 {
				exp = 0
			}
			bits := uint16(g.rng.IntN(2))<<15 | exp<<10 | uint16(g.rng.IntN(1024))
			binary.LittleEndian.PutUint16(raw[2*i:], bits)
			f[i] = halfToF32(bits)
		}
	}
	g.stored[name], g.f32s[name] = raw, f
	return w
}

func (g *opGraph) derive(name string, op ir.WeightOp, args []*ir.Weight, attrs ir.Attrs) *ir.Weight {
	g.t.Helper()
	w, err := g.b.Derive(name, op, args, attrs, g.pos())
	if err != nil {
		g.t.Fatal(err)
	}
	return w
}

func (g *opGraph) op(op ir.Op, args []*ir.Value, ws []*ir.Weight, attrs ir.Attrs) *ir.Value {
	g.t.Helper()
	v, err := g.b.Add(op, args, ws, attrs, g.pos())
	if err != nil {
		g.t.Fatal(err)
	}
	return v
}

// embed is an activation of rows T: embedding rows of a random table.
func (g *opGraph) embed(name string, dt ir.DType, vocab, cols int) *ir.Value {
	return g.op(ir.OpEmbed, []*ir.Value{g.tok}, []*ir.Weight{g.weight(name, dt, vocab, cols)}, nil)
}

// Tensor serves the interpreter.
func (g *opGraph) Tensor(name string) ([]float32, []int64, error) {
	f, ok := g.f32s[name]
	if !ok {
		return nil, nil, fmt.Errorf("no tensor %s", name)
	}
	return f, g.shapes[name], nil
}

type vals = []*ir.Value
type wts = []*ir.Weight

// emuOpCases are small graphs exercising every op, with odd sizes (rows of weights that allow
// 16-, 4- and 2-byte loads and ones that do not), every weight dtype, and both attentions.
var emuOpCases = []struct {
	name  string
	vocab int
	build func(g *opGraph) *ir.Value
}{
	{"matmul/f32-k37", 11, func(g *opGraph) *ir.Value {
		return g.op(ir.OpMatMul, vals{g.embed("E", ir.F32, 11, 37)}, wts{g.weight("W", ir.F32, 19, 37)}, nil)
	}},
	{"matmul/bf16-k69", 7, func(g *opGraph) *ir.Value {
		return g.op(ir.OpMatMul, vals{g.embed("E", ir.F16, 7, 69)}, wts{g.weight("W", ir.BF16, 33, 69)}, nil)
	}},
	{"matmul/f16-k42", 7, func(g *opGraph) *ir.Value {
		return g.op(ir.OpMatMul, vals{g.embed("E", ir.BF16, 7, 42)}, wts{g.weight("W", ir.F16, 21, 42)}, nil)
	}},
	{"matmul/f16-k48", 7, func(g *opGraph) *ir.Value {
		return g.op(ir.OpMatMul, vals{g.embed("E", ir.F32, 7, 48)}, wts{g.weight("W", ir.F16, 17, 48)}, nil)
	}},
	{"matmul/bf16-k42", 7, func(g *opGraph) *ir.Value {
		return g.op(ir.OpMatMul, vals{g.embed("E", ir.F32, 7, 42)}, wts{g.weight("W", ir.BF16, 150, 42)}, nil)
	}},
	{"matmul/f32-k36", 7, func(g *opGraph) *ir.Value {
		return g.op(ir.OpMatMul, vals{g.embed("E", ir.F32, 7, 36)}, wts{g.weight("W", ir.F32, 66, 36)}, nil)
	}},
	{"matmul_sqrelu/bf16-k40", 8, func(g *opGraph) *ir.Value {
		return g.op(ir.OpMatMulSqReLU, vals{g.embed("E", ir.F32, 8, 40)}, wts{g.weight("W", ir.BF16, 70, 40)}, nil)
	}},
	{"matmul_add/f16-k29", 8, func(g *opGraph) *ir.Value {
		x, r := g.embed("E", ir.F32, 8, 29), g.embed("E2", ir.BF16, 8, 23)
		return g.op(ir.OpMatMulAdd, vals{x, r}, wts{g.weight("W", ir.F16, 23, 29)}, nil)
	}},
	{"matmul_rope/packed", 6, func(g *opGraph) *ir.Value {
		x := g.embed("E", ir.F32, 6, 24)
		wqkv := g.derive("Wqkv", ir.WeightConcat, wts{g.weight("Wq", ir.BF16, 24, 24), g.weight("Wk", ir.BF16, 16, 24), g.weight("Wv", ir.BF16, 16, 24)}, nil)
		tab := g.derive("rope", ir.WeightRoPETable, nil, ir.Attrs{"rot": 4, "theta": 10000, "scale": 1})
		return g.op(ir.OpMatMulRoPE, vals{x}, wts{wqkv, tab}, ir.Attrs{"heads": 5, "head_dim": 8, "rot": 4})
	}},
	{"matmul_rope/odd-head", 6, func(g *opGraph) *ir.Value {
		x := g.embed("E", ir.F32, 6, 35)
		tab := g.derive("rope", ir.WeightRoPETable, nil, ir.Attrs{"rot": 4, "theta": 500, "scale": 2})
		return g.op(ir.OpMatMulRoPE, vals{x}, wts{g.weight("W", ir.F32, 21, 35), tab}, ir.Attrs{"heads": 3, "head_dim": 5, "rot": 4})
	}},
	{"matmul_rope/full-rotary", 6, func(g *opGraph) *ir.Value {
		x := g.embed("E", ir.F32, 6, 16)
		tab := g.derive("rope", ir.WeightRoPETable, nil, ir.Attrs{"rot": 16, "theta": 500, "scale": 1})
		return g.op(ir.OpMatMulRoPE, vals{x}, wts{g.weight("W", ir.BF16, 130, 16), tab}, ir.Attrs{"heads": 8, "head_dim": 16, "rot": 16})
	}},
	{"layernorm", 7, func(g *opGraph) *ir.Value {
		x := g.embed("E", ir.F32, 7, 300)
		return g.op(ir.OpLayerNorm, vals{x}, wts{g.weight("g", ir.F32, 300), g.weight("b", ir.BF16, 300)}, ir.Attrs{"eps": 1e-5})
	}},
	{"layernorm1p/add1", 7, func(g *opGraph) *ir.Value {
		x := g.embed("E", ir.F32, 7, 37)
		y := g.op(ir.OpLayerNorm1P, vals{x}, wts{g.weight("g", ir.F16, 37), g.weight("b", ir.F32, 37)}, ir.Attrs{"eps": 1e-6})
		gamma := g.derive("g1", ir.WeightAdd1, wts{g.weight("g2", ir.BF16, 37)}, nil)
		return g.op(ir.OpLayerNorm, vals{y}, wts{gamma, g.weight("b2", ir.F16, 37)}, ir.Attrs{"eps": 1e-5})
	}},
	{"rope", 9, func(g *opGraph) *ir.Value {
		x := g.embed("E", ir.F32, 9, 3*16+5)
		return g.op(ir.OpRoPE, vals{x}, nil, ir.Attrs{"heads": 3, "head_dim": 16, "rot": 8, "theta": 500, "scale": 2})
	}},
	{"rope_cached", 9, func(g *opGraph) *ir.Value {
		x := g.embed("E", ir.F32, 9, 2*6+1)
		tab := g.derive("rope", ir.WeightRoPETable, nil, ir.Attrs{"rot": 6, "theta": 10000, "scale": 1})
		return g.op(ir.OpRoPECached, vals{x}, wts{tab}, ir.Attrs{"heads": 2, "head_dim": 6, "rot": 6})
	}},
	{"attention/mqa", 10, func(g *opGraph) *ir.Value {
		q, k, v := g.embed("Eq", ir.F32, 10, 3*20), g.embed("Ek", ir.F32, 10, 20), g.embed("Ev", ir.BF16, 10, 20)
		return g.op(ir.OpAttention, vals{q, k, v}, nil, ir.Attrs{"layer": 0, "heads": 3, "kv_heads": 1, "head_dim": 20})
	}},
	{"gqa_attention", 10, func(g *opGraph) *ir.Value {
		qkv := g.embed("E", ir.F32, 10, (4+2*2)*12)
		return g.op(ir.OpGQAAttention, vals{qkv}, nil, ir.Attrs{"layer": 0, "heads": 4, "kv_heads": 2, "head_dim": 12})
	}},
	{"slice-add-sqrelu", 5, func(g *opGraph) *ir.Value {
		x := g.embed("E", ir.F32, 5, 50)
		a := g.op(ir.OpSlice, vals{x}, nil, ir.Attrs{"begin": 3, "end": 20})
		b := g.op(ir.OpSlice, vals{x}, nil, ir.Attrs{"begin": 30, "end": 47})
		return g.op(ir.OpSqReLU, vals{g.op(ir.OpAdd, vals{a, b}, nil, nil)}, nil, nil)
	}},
	{"last-matmul", 5, func(g *opGraph) *ir.Value {
		x := g.op(ir.OpLast, vals{g.embed("E", ir.F32, 5, 24)}, nil, nil)
		return g.op(ir.OpMatMul, vals{x}, wts{g.weight("W", ir.BF16, 9, 24)}, nil)
	}},
}

// TestEmulatedOps runs every op case on the emulator and the interpreter: a prefill of 5
// tokens (tiled matmuls), a step of 3 (small-batch GEMV) and one of 1 (decode GEMV).
func TestEmulatedOps(t *testing.T) {
	for i, c := range emuOpCases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			g := newOpGraph(t, uint64(i))
			g.b.Return(c.build(g))
			graph := g.b.Graph()
			off := map[string]bool{}
			for _, p := range passes.Pipeline {
				if !p.Required {
					off[p.Name] = true
				}
			}
			if err := passes.Run(graph, &passes.Options{Disable: off}); err != nil {
				t.Fatal(err)
			}
			out, mod, err := generate(graph, Options{})
			if err != nil {
				t.Fatal(err)
			}
			const capacity = 16
			em, err := emuLoad(out, mod, g.stored, capacity)
			if err != nil {
				t.Fatal(err)
			}
			in, err := interp.New(graph, g, capacity)
			if err != nil {
				t.Fatal(err)
			}
			tokens := []int32{1, 4, 2, 0, 3, 2, 4, 1, 3}
			last := graph.Result.Type.Rows() == ir.DimR
			p := 0
			for _, n := range []int{5, 3, 1} {
				step := tokens[p : p+n]
				r := n
				if last {
					r = min(2, n)
				}
				want, err := in.Run(step, r)
				if err != nil {
					t.Fatal(err)
				}
				got, ids, err := em.step(step, r)
				if err != nil {
					t.Fatal(err)
				}
				cols := len(want) / r
				maxRef, maxDiff := 1.0, 0.0
				for j := range want {
					maxRef = math.Max(maxRef, math.Abs(float64(want[j])))
					d := math.Abs(float64(got[j]) - float64(want[j]))
					if d != d {
						d = math.Inf(1)
					}
					maxDiff = math.Max(maxDiff, d)
				}
				if maxDiff > 1e-4*maxRef {
					t.Errorf("step of %d tokens at %d: max|diff| = %.3g (max|ref| %.3g)", n, p, maxDiff, maxRef)
				}
				for row := 0; row < r; row++ {
					best := 0
					for j := 1; j < cols; j++ {
						if got[row*cols+j] > got[row*cols+best] {
							best = j
						}
					}
					if ids[row] != int32(best) {
						t.Errorf("step of %d tokens, row %d: device argmax %d, host %d", n, row, ids[row], best)
					}
				}
				p += n
			}
		})
	}
}

// TestEmulatedMatmulTiles runs a 70-row prefill through matmuls whose grids have fewer blocks
// than tiles (N = 16: one block walks both row tiles) and several tiles in each dimension.
func TestEmulatedMatmulTiles(t *testing.T) {
	for _, n := range []int{16, 130} {
		t.Run(fmt.Sprint("n", n), func(t *testing.T) {
			g := newOpGraph(t, uint64(n))
			x := g.embed("E", ir.F32, 50, 20)
			g.b.Return(g.op(ir.OpMatMulAdd, vals{x, g.embed("R", ir.F32, 50, n)}, wts{g.weight("W", ir.BF16, n, 20)}, nil))
			graph := g.b.Graph()
			if err := passes.Run(graph, &passes.Options{}); err != nil {
				t.Fatal(err)
			}
			out, mod, err := generate(graph, Options{})
			if err != nil {
				t.Fatal(err)
			}
			em, err := emuLoad(out, mod, g.stored, 80)
			if err != nil {
				t.Fatal(err)
			}
			in, err := interp.New(graph, g, 80)
			if err != nil {
				t.Fatal(err)
			}
			tokens := make([]int32, 70)
			for i := range tokens {
				tokens[i] = int32(i * 7 % 50)
			}
			want, err := in.Run(tokens, 70)
			if err != nil {
				t.Fatal(err)
			}
			got, _, err := em.step(tokens, 70)
			if err != nil {
				t.Fatal(err)
			}
			for i := range want {
				if d := math.Abs(float64(got[i] - want[i])); !(d <= 1e-4*math.Max(1, math.Abs(float64(want[i])))) {
					t.Fatalf("y[%d,%d] = %g, want %g", i/n, i%n, got[i], want[i])
				}
			}
		})
	}
}

// TestEmulatedLongAttention attends over more positions than one chunk of the attend kernel
// holds: a prefill of 70 tokens, then a decode step at position 70.
func TestEmulatedLongAttention(t *testing.T) {
	g := newOpGraph(t, 9)
	qkv := g.embed("E", ir.F32, 50, (4+2*2)*12)
	g.b.Return(g.op(ir.OpGQAAttention, vals{qkv}, nil, ir.Attrs{"layer": 0, "heads": 4, "kv_heads": 2, "head_dim": 12}))
	graph := g.b.Graph()
	if err := passes.Run(graph, &passes.Options{}); err != nil {
		t.Fatal(err)
	}
	out, mod, err := generate(graph, Options{})
	if err != nil {
		t.Fatal(err)
	}
	em, err := emuLoad(out, mod, g.stored, 80)
	if err != nil {
		t.Fatal(err)
	}
	in, err := interp.New(graph, g, 80)
	if err != nil {
		t.Fatal(err)
	}
	tokens := make([]int32, 71)
	for i := range tokens {
		tokens[i] = int32(i * 13 % 50)
	}
	for _, step := range [][]int32{tokens[:70], tokens[70:]} {
		want, err := in.Run(step, len(step))
		if err != nil {
			t.Fatal(err)
		}
		got, _, err := em.step(step, len(step))
		if err != nil {
			t.Fatal(err)
		}
		for i := range want {
			if d := math.Abs(float64(got[i] - want[i])); !(d <= 1e-5*math.Max(1, math.Abs(float64(want[i])))) {
				t.Fatalf("step of %d tokens: y[%d] = %g, want %g", len(step), i, got[i], want[i])
			}
		}
	}
}
