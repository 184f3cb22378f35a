package llvm

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/mtc-dev/mtc/internal/diag"
	"github.com/mtc-dev/mtc/ir"
)

// gb builds a test graph with ir.Builder and a random checkpoint for its weights.
type gb struct {
	t    testing.TB
	b    *ir.Builder
	ck   checkpoint
	rng  *rand.Rand
	line int
	tok  *ir.Value
	// shapeOnly declares weights without generating their data (for graphs that are only
	// generated, never run).
	shapeOnly bool
}

func newGB(t testing.TB, name string, seed uint64) *gb {
	g := &gb{t: t, b: ir.NewBuilder(name), ck: checkpoint{}, rng: rand.New(rand.NewPCG(seed, 1))}
	g.tok = g.op(ir.OpTokens, nil, nil, nil)
	return g
}

func (g *gb) pos() diag.Pos {
	g.line++
	return diag.Pos{File: "test.mir", Line: g.line, Col: 1}
}

// weight declares a checkpoint tensor of random values stored as dt.
func (g *gb) weight(name string, dt ir.DType, dims ...int) *ir.Weight {
	g.t.Helper()
	shape := make(ir.Shape, len(dims))
	n := 1
	for i, d := range dims {
		shape[i] = ir.Dim(d)
		n *= d
	}
	w, err := g.b.Load(name, ir.Type{DType: dt, Shape: shape}, g.pos())
	if err != nil {
		g.t.Fatal(err)
	}
	if g.shapeOnly {
		return w
	}
	tn := &tensor{dtype: dt.String(), f32: make([]float32, n), raw: make([]byte, n*int(dt.Size()))}
	for _, d := range dims {
		tn.shape = append(tn.shape, int64(d))
	}
	for i := range tn.f32 {
		switch dt {
		case ir.F32:
			x := float32(g.rng.Float64()*2 - 1)
			binary.LittleEndian.PutUint32(tn.raw[4*i:], math.Float32bits(x))
			tn.f32[i] = x
		case ir.BF16:
			bits := uint16(math.Float32bits(float32(g.rng.Float64()*2-1)) >> 16)
			binary.LittleEndian.PutUint16(tn.raw[2*i:], bits)
			tn.f32[i] = math.Float32frombits(uint32(bits) << 16)
		case ir.F16:
			// Exponents 9..15 (magnitudes 2^-6 .. 2): normal values; every 16th value is a
			// subnormal to exercise the conversion's corner.
			exp := uint16(9 + g.rng.IntN(7))
			if i%16 == 5 {
				exp = 0
			}
			bits := uint16(g.rng.IntN(2))<<15 | exp<<10 | uint16(g.rng.IntN(1024))
			binary.LittleEndian.PutUint16(tn.raw[2*i:], bits)
			tn.f32[i] = halfValue(bits)
		default:
			g.t.Fatalf("weight %s: unsupported test dtype %v", name, dt)
		}
	}
	g.ck[name] = tn
	return w
}

// halfValue decodes IEEE half bits (finite values only).
func halfValue(h uint16) float32 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e, m := int(h>>10&0x1f), float64(h&0x3ff)
	if e == 0 {
		return float32(sign * math.Ldexp(m, -24))
	}
	return float32(sign * math.Ldexp(1+m/1024, e-15))
}

func (g *gb) derive(name string, op ir.WeightOp, args []*ir.Weight, attrs ir.Attrs) *ir.Weight {
	g.t.Helper()
	w, err := g.b.Derive(name, op, args, attrs, g.pos())
	if err != nil {
		g.t.Fatal(err)
	}
	return w
}

func (g *gb) op(op ir.Op, args []*ir.Value, ws []*ir.Weight, attrs ir.Attrs) *ir.Value {
	g.t.Helper()
	v, err := g.b.Add(op, args, ws, attrs, g.pos())
	if err != nil {
		g.t.Fatal(err)
	}
	return v
}

// embed looks the step's tokens up in a fresh random table.
func (g *gb) embed(name string, dt ir.DType, vocab, h int) *ir.Value {
	return g.op(ir.OpEmbed, []*ir.Value{g.tok}, []*ir.Weight{g.weight(name, dt, vocab, h)}, nil)
}

// graph returns the graph with result res and a memory plan that gives every value its own
// buffer.
func (g *gb) graph(res *ir.Value) *ir.Graph {
	g.b.Return(res)
	gr := g.b.Graph()
	planSequential(gr)
	if err := ir.Verify(gr); err != nil {
		g.t.Fatal(err)
	}
	return gr
}

// planSequential places every value after the previous one (no reuse).
func planSequential(g *ir.Graph) {
	off := int64(0)
	for _, v := range g.Values {
		if v.Op == ir.OpTokens {
			continue
		}
		v.Buf = off
		off += ir.BytesPerToken(v)
	}
}
