package ir_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mtc-dev/mtc/internal/diag"
	"github.com/mtc-dev/mtc/ir"
)

// tinyGraph builds a one-layer graph by hand with every pre-pass op.
func tinyGraph(t testing.TB) *ir.Graph {
	t.Helper()
	b := ir.NewBuilder("tiny")
	pos := func(l int) diag.Pos { return diag.Pos{File: "tiny.yaml", Line: l, Col: 1} }
	must := func(v *ir.Value, err error) *ir.Value {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	load := func(name string, shape ...ir.Dim) *ir.Weight {
		t.Helper()
		w, err := b.Load(name, ir.Type{DType: ir.BF16, Shape: shape}, pos(2))
		if err != nil {
			t.Fatal(err)
		}
		return w
	}
	E := load("model.embed_tokens.weight", 32, 8)
	g1, b1 := load("ln.weight", 8), load("ln.bias", 8)
	wq, wk, wv := load("q", 8, 8), load("k", 4, 8), load("v", 4, 8)
	wo, up, down := load("o", 8, 8), load("up", 16, 8), load("down", 8, 16)
	lm := load("lm_head.weight", 32, 8)
	tok := must(b.Add(ir.OpTokens, nil, nil, nil, pos(3)))
	x := must(b.Add(ir.OpEmbed, []*ir.Value{tok}, []*ir.Weight{E}, nil, pos(3)))
	a := must(b.Add(ir.OpLayerNorm1P, []*ir.Value{x}, []*ir.Weight{g1, b1}, ir.Attrs{"eps": 1e-5}, pos(4)))
	q := must(b.Add(ir.OpMatMul, []*ir.Value{a}, []*ir.Weight{wq}, nil, pos(5)))
	k := must(b.Add(ir.OpMatMul, []*ir.Value{a}, []*ir.Weight{wk}, nil, pos(5)))
	v := must(b.Add(ir.OpMatMul, []*ir.Value{a}, []*ir.Weight{wv}, nil, pos(5)))
	rp := ir.Attrs{"heads": 2, "head_dim": 4, "rot": 2, "theta": 10000, "scale": 1}
	q = must(b.Add(ir.OpRoPE, []*ir.Value{q}, nil, rp, pos(6)))
	rk := ir.Attrs{"heads": 1, "head_dim": 4, "rot": 2, "theta": 10000, "scale": 1}
	k = must(b.Add(ir.OpRoPE, []*ir.Value{k}, nil, rk, pos(6)))
	o := must(b.Add(ir.OpAttention, []*ir.Value{q, k, v}, nil, ir.Attrs{"layer": 0, "heads": 2, "kv_heads": 1, "head_dim": 4}, pos(7)))
	o = must(b.Add(ir.OpMatMul, []*ir.Value{o}, []*ir.Weight{wo}, nil, pos(7)))
	x = must(b.Add(ir.OpAdd, []*ir.Value{x, o}, nil, nil, pos(7)))
	m := must(b.Add(ir.OpMatMul, []*ir.Value{x}, []*ir.Weight{up}, nil, pos(8)))
	m = must(b.Add(ir.OpSqReLU, []*ir.Value{m}, nil, nil, pos(8)))
	m = must(b.Add(ir.OpMatMul, []*ir.Value{m}, []*ir.Weight{down}, nil, pos(8)))
	x = must(b.Add(ir.OpAdd, []*ir.Value{x, m}, nil, nil, pos(8)))
	x = must(b.Add(ir.OpLast, []*ir.Value{x}, nil, nil, pos(9)))
	y := must(b.Add(ir.OpMatMul, []*ir.Value{x}, []*ir.Weight{lm}, nil, pos(9)))
	b.Return(y)
	if err := ir.Verify(b.Graph()); err != nil {
		t.Fatal(err)
	}
	return b.Graph()
}

func TestRoundTrip(t *testing.T) {
	g := tinyGraph(t)
	text := ir.Print(g)
	g2, err := ir.Parse("tiny.mir", []byte(text))
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, text)
	}
	if diff := cmp.Diff(text, ir.Print(g2)); diff != "" {
		t.Errorf("print(parse(x)) != x (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(text, ir.Print(g.Clone())); diff != "" {
		t.Errorf("print(clone(x)) != print(x):\n%s", diff)
	}
}

func TestVerifierRejects(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(g *ir.Graph)
		want   string
	}{
		{"wrong declared type", func(g *ir.Graph) { g.Values[2].Type = ir.Mat(ir.DimT, 9) }, "%2 (layernorm1p) has type f32[T,9], its op gives f32[T,8]"},
		{"use before definition", func(g *ir.Graph) { g.Values[1], g.Values[2] = g.Values[2], g.Values[1] }, "%1 (layernorm1p): operand 0 is not defined before its use"},
		{"missing attribute", func(g *ir.Graph) { delete(g.Values[2].Attrs, "eps") }, "%2 (layernorm1p): missing attribute eps"},
		{"no position", func(g *ir.Graph) { g.Values[3].Pos = diag.Pos{} }, "%3 (matmul) has no source position"},
		{"duplicate kv slot", func(g *ir.Graph) {
			a := g.Values[8]
			c := *a
			c.Attrs = ir.Attrs{"layer": 0, "heads": 2, "kv_heads": 1, "head_dim": 4}
			g.Values = append(g.Values[:9], append([]*ir.Value{&c}, g.Values[9:]...)...)
		}, "writes KV-cache slot 0, already written by %8"},
		{"kv heads do not divide", func(g *ir.Graph) { g.Values[8].Attrs["kv_heads"] = 3 }, "want positive with kv_heads dividing heads"},
		{"no result", func(g *ir.Graph) { g.Result = nil }, "has no result"},
		{"overlapping buffers", func(g *ir.Graph) { g.Values[1].Buf, g.Values[2].Buf = 0, 16 }, "overlaps %1 (embed)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := tinyGraph(t)
			tt.break_(g)
			err := ir.Verify(g)
			if err == nil {
				t.Fatalf("Verify accepted the broken graph:\n%s", ir.Print(g))
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	good := ir.Print(tinyGraph(t))
	tests := []struct {
		name, from, to, want string
	}{
		{"unknown op", "= sqrelu", "= sqrt", `unknown op "sqrt"`},
		{"undefined value", "= sqrelu %11", "= sqrelu %99", "use of undefined value %99"},
		{"bad dtype", "i32[T]", "u32[T]", `want a dtype`},
		{"bad version", "mir 1", "mir 7", "unsupported IR format version 7"},
		{"undefined weight", "%15, @lm_head.weight", "%15, @nope", "undefined weight @nope"},
		{"type mismatch", "sqrelu %11 : f32[T,16]", "sqrelu %11 : f32[T,17]", "declared as f32[T,17], but sqrelu gives f32[T,16]"},
		{"unknown attribute", "{eps=1e-05}", "{eps=1e-05, foo=1}", `unknown attribute "foo"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(good, tt.from) {
				t.Fatalf("test text %q not in printed graph:\n%s", tt.from, good)
			}
			_, err := ir.Parse("bad.mir", []byte(strings.Replace(good, tt.from, tt.to, 1)))
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "bad.mir:") {
				t.Errorf("got error %v, want bad.mir:LINE:COL: ...%s", err, tt.want)
			}
		})
	}
}

func TestOpTableComplete(t *testing.T) {
	for _, op := range ir.Ops() {
		if strings.HasPrefix(op.String(), "op(") {
			t.Errorf("op %d has no name", op)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(ir.Print(tinyGraph(f))))
	f.Add([]byte("mir 1\ngraph \"x\"\n%0 = tokens : i32[T] loc(\"a\":1:1)\nreturn %0\n"))
	f.Add([]byte("mir 1\ngraph \"x\"\nweight @r = rope_table {rot=4, theta=1e4, scale=1} : f32[C,4] loc(\"a\":1:1)\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		g, err := ir.Parse("fuzz.mir", src)
		if err != nil {
			return
		}
		text := ir.Print(g)
		g2, err := ir.Parse("fuzz.mir", []byte(text))
		if err != nil {
			t.Fatalf("printed graph does not parse: %v\n%s", err, text)
		}
		if text2 := ir.Print(g2); text2 != text {
			t.Fatalf("print(parse(print(g))) != print(g):\n%s", cmp.Diff(text, text2))
		}
	})
}
