package ptx

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/codegen/launch"
	"github.com/mtc-dev/mtc/internal/diag"
	"github.com/mtc-dev/mtc/internal/golden"
	"github.com/mtc-dev/mtc/ir"
	"github.com/mtc-dev/mtc/passes"
)

// TestGoldenTiny pins the NVPTX module and the launch program of a one-layer graph.
func TestGoldenTiny(t *testing.T) {
	g := parseGraph(t, "tiny.mir")
	out, err := Generate(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "tiny.ll"), out.LL)
	prog, err := json.MarshalIndent(struct {
		Weights []artifact.Weight
		Slots   []artifact.Slot
		Kernels []artifact.Kernel
		Program []artifact.Launch
		Arenas  launch.Arenas
		Result  artifact.Ref
		Argmax  int
	}{out.Weights, out.Slots, out.Kernels, out.Program, out.Arenas, out.Result, out.Argmax}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "tiny.program.json"), append(prog, '\n'))
}

// TestPTXEntries compiles the kernels of every test model with llc and checks that the PTX
// defines exactly one .entry per kernel of the table, with the geometry the table records.
func TestPTXEntries(t *testing.T) {
	tc := testToolchain(t)
	for _, model := range testModels(t) {
		t.Run(filepath.Base(model), func(t *testing.T) {
			t.Parallel()
			out, err := Generate(specGraph(t, model), Options{Arch: "sm_80"})
			if err != nil {
				t.Fatal(err)
			}
			ptx, err := out.CompilePTX(context.Background(), tc)
			if err != nil {
				t.Fatal(err)
			}
			entries := Entries(ptx)
			var want []string
			for _, k := range out.Kernels {
				want = append(want, k.Symbol)
			}
			if diff := cmp.Diff(sortedCopy(want), sortedCopy(entries)); diff != "" {
				t.Errorf(".entry names differ from the kernel table (-want +got):\n%s", diff)
			}
			text := string(ptx)
			for _, line := range []string{".version 7.0", ".target sm_80", ".address_size 64", ".extern .shared .align 16 .b8 mtc_shared[];"} {
				if !strings.Contains(text, line+"\n") {
					t.Errorf("PTX lacks the line %q", line)
				}
			}
			for _, bad := range []string{"call.uni", ".local"} {
				if strings.Contains(text, bad) {
					t.Errorf("PTX contains %q: kernels must not call functions or spill accumulators", bad)
				}
			}
			for _, k := range out.Kernels {
				if k.Block[0] <= 0 || k.Block[0]%32 != 0 || k.Block[0] > 1024 || k.Block[1] != 1 || k.Block[2] != 1 {
					t.Errorf("kernel %s: block %v", k.Name, k.Block)
				}
				if !strings.Contains(text, fmt.Sprintf(".entry %s(", k.Symbol)) {
					t.Errorf("kernel %s: no .entry", k.Name)
				}
			}
			if out.Kernels[out.Argmax].Op != OpArgmax {
				t.Errorf("Kernels[Argmax] is %+v", out.Kernels[out.Argmax])
			}
			t.Logf("%d kernels, %d launches, %d bytes of PTX", len(out.Kernels), len(out.Program), len(ptx))
		})
	}
}

func sortedCopy(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// TestProgram checks the launch program's shape for a real model: every value has its
// launches, the kernels are shared between layers, and each launch's grain and split fit the
// kernel's ABI.
func TestProgram(t *testing.T) {
	g := specGraph(t, "minitron-8b")
	out, err := Generate(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	attn := 0
	for _, v := range g.Values {
		if v.Op == ir.OpGQAAttention {
			attn++
		}
	}
	if want := len(g.Values) - 1 + attn; len(out.Program) != want {
		t.Errorf("%d launches, want %d (one per value, two per attention)", len(out.Program), want)
	}
	if len(out.Kernels) > 16 {
		t.Errorf("%d kernels for a uniform model: layers should share them", len(out.Kernels))
	}
	for i, l := range out.Program {
		k := out.Kernels[l.Kernel]
		switch k.Op {
		case "matmul", "matmul_sqrelu", "matmul_add", "matmul_rope":
			if l.Grain != mmGrain || l.Split.Const <= 0 || k.SharedBytes != mmShared {
				t.Errorf("program[%d] %s: grain %d, split %+v, shared %d", i, k.Name, l.Grain, l.Split, k.SharedBytes)
			}
		default:
			if l.Grain != 1 {
				t.Errorf("program[%d] %s: grain %d, want one item per block", i, k.Name, l.Grain)
			}
		}
		if k.Op == OpArgmax {
			t.Errorf("program[%d] runs the argmax kernel", i)
		}
	}
	if len(out.Slots) != 32 || out.Slots[0].Width != 8*128 {
		t.Errorf("slots %v", out.Slots)
	}
}

func TestGenerateErrors(t *testing.T) {
	tests := []struct {
		name  string
		graph func(t *testing.T) *ir.Graph
		o     Options
		want  string
	}{
		{"unplanned", func(t *testing.T) *ir.Graph {
			g := parseGraph(t, "tiny.mir")
			for _, v := range g.Values {
				v.Buf = ir.NoBuf
			}
			return g
		}, Options{}, "has no arena buffer: run the plan-memory pass before code generation"},
		{"shared memory", func(t *testing.T) *ir.Graph { return wideGroup(t, 128) }, Options{Arch: "sm_86"},
			"a group of 128 query heads of 128 dims needs 181888 bytes of shared memory per block, more than the 101376 that sm_86 allows"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Generate(tt.graph(t), tt.o)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Generate = %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

// wideGroup is a graph with one gqa_attention whose single KV head serves heads query heads of
// 128 dims.
func wideGroup(t *testing.T, heads int) *ir.Graph {
	t.Helper()
	b := ir.NewBuilder("wide")
	pos := diag.Pos{File: "wide.mir", Line: 1, Col: 1}
	e, err := b.Load("E", ir.Type{DType: ir.F32, Shape: ir.Shape{4, ir.Dim((heads + 2) * 128)}}, pos)
	if err != nil {
		t.Fatal(err)
	}
	tok, _ := b.Add(ir.OpTokens, nil, nil, nil, pos)
	x, err := b.Add(ir.OpEmbed, []*ir.Value{tok}, []*ir.Weight{e}, nil, pos)
	if err != nil {
		t.Fatal(err)
	}
	y, err := b.Add(ir.OpGQAAttention, []*ir.Value{x}, nil, ir.Attrs{"layer": 0, "heads": float64(heads), "kv_heads": 1, "head_dim": 128}, pos)
	if err != nil {
		t.Fatal(err)
	}
	b.Return(y)
	g := b.Graph()
	if err := passes.Run(g, &passes.Options{}); err != nil {
		t.Fatal(err)
	}
	return g
}
