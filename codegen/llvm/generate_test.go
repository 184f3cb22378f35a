package llvm

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/internal/golden"
	"github.com/mtc-dev/mtc/ir"
)

// goldenOptions is the target of the golden files: AVX2 without F16C, so they show the integer
// half conversion path and stay small.
var goldenOptions = Options{Triple: "x86_64-unknown-linux-gnu", CPU: "haswell", Features: []string{"+avx2", "+fma"}, VectorWidth: 8}

func parseMIR(t testing.TB, path string) *ir.Graph {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	g, err := ir.Parse(path, src)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestGolden compares the module and the manifest parts generated for testdata/tiny.mir with
// golden files (go test -update rewrites them) and checks the module with opt -verify.
func TestGolden(t *testing.T) {
	out, err := Generate(parseMIR(t, "testdata/tiny.mir"), goldenOptions)
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/tiny.ll", out.LL)
	parts := *out
	parts.LL = nil
	js, err := json.MarshalIndent(parts, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/tiny.program.json", append(js, '\n'))
	verifyLL(t, "testdata/tiny.ll", out.LL)
}

// TestDeterministic generates the same graph twice, from separately parsed copies.
func TestDeterministic(t *testing.T) {
	var lls [][]byte
	var outs []*Output
	for range 2 {
		out, err := Generate(parseMIR(t, "testdata/tiny.mir"), Options{Features: []string{"+avx512f"}})
		if err != nil {
			t.Fatal(err)
		}
		lls = append(lls, out.LL)
		outs = append(outs, out)
	}
	if string(lls[0]) != string(lls[1]) {
		t.Error("two generations of the same graph differ")
	}
	if diff := cmp.Diff(outs[0], outs[1]); diff != "" {
		t.Errorf("outputs differ (-first +second):\n%s", diff)
	}
}

// functionBodies splits a module into its defined functions by name.
func functionBodies(ll string) map[string]string {
	bodies := map[string]string{}
	re := regexp.MustCompile(`(?m)^define [^@]*@([\w.]+)\(`)
	for _, m := range re.FindAllStringSubmatchIndex(ll, -1) {
		name := ll[m[2]:m[3]]
		end := strings.Index(ll[m[0]:], "\n}\n")
		bodies[name] = ll[m[0] : m[0]+end]
	}
	return bodies
}

// TestCodeShape checks, in the manner of Go's asmcheck, the lines that matter in the emitted IR:
// matmul kernels work on vectors of the configured width with fmuladd, load bf16 as i16 vectors
// with 2-byte alignment and pack blocks into 64-byte aligned stack buffers; no function calls
// anything but LLVM intrinsics; layernorm uses no stack.
func TestCodeShape(t *testing.T) {
	for _, vw := range []int{16, 8} {
		t.Run(fmt.Sprint(vw), func(t *testing.T) {
			out, err := Generate(parseMIR(t, "testdata/tiny.mir"), Options{VectorWidth: vw})
			if err != nil {
				t.Fatal(err)
			}
			ll := string(out.LL)
			bodies := functionBodies(ll)
			checks := []struct {
				fn, want string
				neg      bool
			}{
				{"matmul", fmt.Sprintf(`call <%d x float> @llvm\.fmuladd\.v%df32\(`, vw, vw), false},
				{"matmul", fmt.Sprintf(`load <%d x i16>, <%d x i16>\* %%\d+, align 2`, vw, vw), false},
				{"matmul", `alloca \[\d+ x float\], align 64`, false}, // the GEMM's packed blocks
				{"layernorm", `alloca`, true},
				{"gqa_attention_attend", `alloca`, false},
			}
			for _, k := range out.Kernels {
				body := bodies[k.Symbol]
				if body == "" {
					t.Fatalf("kernel %s is not defined in the module", k.Symbol)
				}
				for _, c := range checks {
					if !strings.HasPrefix(k.Name, c.fn) {
						continue
					}
					if found := regexp.MustCompile(c.want).MatchString(body); found == c.neg {
						t.Errorf("%s: %q found = %v, want %v", k.Name, c.want, found, !c.neg)
					}
				}
			}
			for _, m := range regexp.MustCompile(`call [^@]*@([\w.]+)\(`).FindAllStringSubmatch(ll, -1) {
				if !strings.HasPrefix(m[1], "llvm.") {
					t.Errorf("the module calls %s; kernels may call only LLVM intrinsics", m[1])
				}
			}
		})
	}
}

// TestKernelsSharedAcrossLayers generates Minitron-8B-shaped graphs of 2 and 32 layers: every
// layer must reuse the same kernels, and the program must grow by the same launches per layer.
func TestKernelsSharedAcrossLayers(t *testing.T) {
	minitron8b := modelDims{vocab: 256000, h: 4096, heads: 48, kvh: 8, hd: 128, rot: 64, ffn: 16384}
	gen := func(layers int) *Output {
		g := newGB(t, "minitron-8b", 1)
		g.shapeOnly = true
		d := minitron8b
		d.layers = layers
		out, err := Generate(g.graph(tinyModel(g, d)), Options{VectorWidth: 16})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	small, big := gen(2), gen(32)
	var names []string
	for _, k := range big.Kernels {
		names = append(names, k.Name)
	}
	if len(big.Kernels) != len(small.Kernels) || len(big.Kernels) >= 20 {
		t.Errorf("%d kernels for 2 layers, %d for 32, want the same number below 20: %v", len(small.Kernels), len(big.Kernels), names)
	}
	perLayer := (len(big.Program) - len(small.Program)) / 30
	if perLayer != 9 || len(small.Program) != 2*perLayer+4 {
		t.Errorf("programs of %d and %d launches, want 9 per layer plus embed, norm, last, lm_head", len(small.Program), len(big.Program))
	}
	// Scratch: per query head and decode chunk a maximum, a sum and 128 accumulators, plus
	// 64 bytes of alignment slack.
	want := artifact.Slot{Width: 8 * 128, DType: "f32", Align: kvAlign, Scratch: 4*48*decodeChunks*(2+128) + 64}
	if len(big.Slots) != 32 || big.Slots[31] != want {
		t.Errorf("slots = %v, want 32 of %v", big.Slots, want)
	}
}

// TestGenerateErrors checks that graphs the CPU backend cannot run are refused with a located
// message.
func TestGenerateErrors(t *testing.T) {
	tests := []struct {
		name  string
		build func(g *gb) *ir.Graph
		o     Options
		want  string
	}{
		{"unplanned value", func(g *gb) *ir.Graph {
			gr := g.graph(g.embed("E", ir.F32, 4, 8))
			gr.Values[1].Buf = ir.NoBuf
			return gr
		}, Options{}, `test.mir:3:1: %1 (embed) has no arena buffer: run the plan-memory pass before code generation`},
		{"attention layers with a gap", func(g *gb) *ir.Graph {
			qkv := g.embed("E", ir.F32, 4, 4*8)
			return g.graph(g.op(ir.OpGQAAttention, vs{qkv}, nil, ir.Attrs{"layer": 1, "heads": 2, "kv_heads": 1, "head_dim": 8}))
		}, Options{}, `test.mir:4:1: %2 (gqa_attention) has layer=1, but the attention layers must be numbered 0..0 without gaps (layer 0 is missing)`},
		{"vector width", func(g *gb) *ir.Graph {
			return g.graph(g.embed("E", ir.F32, 4, 8))
		}, Options{VectorWidth: 12}, `codegen/llvm: vector width 12 is not supported (want 4, 8 or 16 lanes)`},
		{"invalid graph", func(g *gb) *ir.Graph {
			gr := g.graph(g.embed("E", ir.F32, 4, 8))
			gr.Values[1].Type = ir.Mat(ir.DimT, 9)
			return gr
		}, Options{}, `test.mir:3:1: %1 (embed) has type f32[T,9], its op gives f32[T,8]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := newGB(t, "bad", 1)
			g.shapeOnly = true
			_, err := Generate(tt.build(g), tt.o)
			if err == nil {
				t.Fatalf("Generate succeeded, want error %q", tt.want)
			}
			if diff := cmp.Diff(tt.want, err.Error()); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
		})
	}
}
