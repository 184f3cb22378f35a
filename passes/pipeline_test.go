package passes

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mtc-dev/mtc/internal/golden"
	"github.com/mtc-dev/mtc/ir"
)

// tinyShape is the 2-layer model of the golden files: layers with different head counts and
// FFN sizes, GQA, head_dim 4 with half of it rotated.
var tinyShape = modelShape{Name: "tiny", Layers: []layerShape{{2, 1, 16}, {4, 2, 12}}, Hidden: 8, HeadDim: 4, Vocab: 16, Rot: 2}

func TestPipelineOrder(t *testing.T) {
	if err := checkOrder(Pipeline); err != nil {
		t.Fatal(err)
	}
	want := []string{"fold-layernorm1p", "fuse-qkv", "lower-rope", "lower-gqa", "fuse-epilogue", "sink-last", "dead-code", "plan-memory"}
	if diff := cmp.Diff(want, Names()); diff != "" {
		t.Errorf("Names() (-want +got):\n%s", diff)
	}
	for _, p := range Pipeline {
		if p.Doc == "" || p.Run == nil {
			t.Errorf("pass %s has no Doc or no Run", p.Name)
		}
		if p.Required != (p.Name == "plan-memory") {
			t.Errorf("pass %s: Required = %v", p.Name, p.Required)
		}
	}
	// checkOrder must catch each rule broken.
	for _, c := range mustPrecede {
		list := append([]Pass(nil), Pipeline...)
		var bi, ai int
		for i, p := range list {
			switch p.Name {
			case c.before:
				bi = i
			case c.after:
				ai = i
			}
		}
		list[bi], list[ai] = list[ai], list[bi]
		if err := checkOrder(list); err == nil {
			t.Errorf("checkOrder accepts %s after %s", c.before, c.after)
		}
	}
	if err := checkOrder(Pipeline[:len(Pipeline)-1]); err == nil || !strings.Contains(err.Error(), "names a pass that is not in the pipeline") {
		t.Errorf("checkOrder without plan-memory: %v", err)
	}
}

// TestOrderRulesMatter swaps the two passes of each ordering rule and checks that the compiled
// graph gets worse (different text or a bigger arena), so no rule in the table is folklore. The
// graph is the tiny model plus a dead, wide value.
func TestOrderRulesMatter(t *testing.T) {
	compile := func(list []Pass) string {
		g := buildModel(t, tinyShape)
		w, err := ir.NewBuilder("").Load("unused.weight", ir.Type{DType: ir.BF16, Shape: ir.Shape{1000, 8}}, g.Values[1].Pos)
		if err != nil {
			t.Fatal(err)
		}
		g.Weights = append(g.Weights, w)
		dead, err := ir.NewValue(ir.OpMatMul, []*ir.Value{g.Values[1]}, []*ir.Weight{w}, nil, g.Values[1].Pos)
		if err != nil {
			t.Fatal(err)
		}
		g.Values = append(g.Values[:2], append([]*ir.Value{dead}, g.Values[2:]...)...)
		if err := runPasses(g, list, nil); err != nil {
			t.Fatal(err)
		}
		perToken, perRow := ArenaBytes(g)
		return fmt.Sprintf("arena %d, rows %d\n%s", perToken, perRow, ir.Print(g))
	}
	want := compile(Pipeline)
	for _, c := range mustPrecede {
		t.Run(c.before+" < "+c.after, func(t *testing.T) {
			list := append([]Pass(nil), Pipeline...)
			var bi, ai int
			for i, p := range list {
				switch p.Name {
				case c.before:
					bi = i
				case c.after:
					ai = i
				}
			}
			list[bi], list[ai] = list[ai], list[bi]
			if compile(list) == want {
				t.Errorf("running %s after %s changes nothing, yet the rule says: %s", c.before, c.after, c.reason)
			}
		})
	}
}

func TestOptionsErrors(t *testing.T) {
	tests := []struct {
		name string
		o    Options
		want string
	}{
		{"unknown print-after", Options{PrintAfter: map[string]bool{"fuse-qvk": true, "zzz": true, "fuse-qkv": true}},
			`print-after: unknown passes "fuse-qvk", "zzz"; valid names: all, fold-layernorm1p, fuse-qkv, lower-rope, lower-gqa, fuse-epilogue, sink-last, dead-code, plan-memory`},
		{"unknown disable", Options{Disable: map[string]bool{"all": true}},
			`disable: unknown pass "all"; valid names: fold-layernorm1p, fuse-qkv`},
		{"required disabled", Options{Disable: map[string]bool{"plan-memory": true}},
			"pass plan-memory is required and cannot be disabled"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := buildModel(t, tinyShape)
			before := ir.Print(g)
			err := Run(g, &tt.o)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got error %v, want %q", err, tt.want)
			}
			if diff := cmp.Diff(before, ir.Print(g)); diff != "" {
				t.Errorf("a rejected run changed the graph:\n%s", diff)
			}
		})
	}
	bad := buildModel(t, tinyShape)
	bad.Values[2].Attrs["eps"] = -1
	if err := Run(bad, nil); err == nil || !strings.Contains(err.Error(), "invalid IR before the first pass: tiny.yaml:10:3: %2 (layernorm1p): eps = -1 must be positive") {
		t.Errorf("Run on invalid input: %v", err)
	}
	if err := ValidatePrintAfter([]string{"all", "lower-gqa"}); err != nil {
		t.Error(err)
	}
	if err := ValidatePrintAfter([]string{"lower-gqa", "gqa"}); err == nil || !strings.Contains(err.Error(), `unknown pass "gqa"; valid names: all, fold-layernorm1p`) {
		t.Errorf("ValidatePrintAfter(gqa) = %v", err)
	}
}

func TestPrintAfter(t *testing.T) {
	for _, tt := range []struct {
		name  string
		print map[string]bool
		want  []string
	}{
		{"one pass", map[string]bool{"lower-gqa": true}, []string{"lower-gqa"}},
		{"all", map[string]bool{"all": true}, Names()},
		{"disabled pass prints nothing", map[string]bool{"dead-code": true, "lower-rope": true}, []string{"dead-code"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			g := buildModel(t, tinyShape)
			if err := Run(g, &Options{PrintAfter: tt.print, Dump: &buf, Disable: map[string]bool{"lower-rope": tt.name == "disabled pass prints nothing"}}); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, line := range strings.Split(buf.String(), "\n") {
				if name, ok := strings.CutPrefix(line, "// after "); ok {
					got = append(got, name)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("dumped passes (-want +got):\n%s", diff)
			}
			if last := tt.want[len(tt.want)-1]; last == "plan-memory" && !strings.HasSuffix(buf.String(), ir.Print(g)) {
				t.Errorf("the dump does not end with the final IR")
			}
		})
	}
}

// TestGolden checks the printed IR of the tiny model before the pipeline (tiny.mir) and after
// each pass (tiny.<pass>.mir). Run `go test ./passes -update` to rewrite them, and review the diff.
func TestGolden(t *testing.T) {
	g := buildModel(t, tinyShape)
	golden.Check(t, "testdata/tiny.mir", []byte(ir.Print(g)))
	for _, p := range Pipeline {
		if err := RunPass(p, g, nil); err != nil {
			t.Fatal(err)
		}
		golden.Check(t, "testdata/tiny."+p.Name+".mir", []byte(ir.Print(g)))
	}
}

// TestGoldenFilesParse checks that every golden file is valid IR that prints back to itself.
func TestGoldenFilesParse(t *testing.T) {
	paths, err := filepath.Glob("testdata/*.mir")
	if err != nil || len(paths) != len(Pipeline)+1 {
		t.Fatalf("want %d golden files, found %v (%v)", len(Pipeline)+1, paths, err)
	}
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		g, err := ir.Parse(path, src)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if diff := cmp.Diff(string(src), ir.Print(g)); diff != "" {
			t.Errorf("%s: print(parse(x)) != x:\n%s", path, diff)
		}
	}
}

// TestDeterministic runs the pipeline three times on clones of one graph and once on the graph
// parsed back from its text: all four results must print identically.
func TestDeterministic(t *testing.T) {
	for _, s := range append(meaningShapes(), tinyShape) {
		g := buildModel(t, s)
		var texts []string
		for i := range 4 {
			c := g.Clone()
			if i == 3 {
				c = mustParse(t, ir.Print(g))
			}
			if err := Run(c, nil); err != nil {
				t.Fatal(err)
			}
			texts = append(texts, ir.Print(c))
		}
		for i, text := range texts[1:] {
			if diff := cmp.Diff(texts[0], text); diff != "" {
				t.Errorf("%s: run %d differs from run 0:\n%s", s.Name, i+1, diff)
			}
		}
	}
}

// TestVerifierRunsAfterEachPass registers broken passes in a test-only pipeline: each failure
// must name the pass, leave a crash file holding the IR from before that pass, and stop the run.
func TestVerifierRunsAfterEachPass(t *testing.T) {
	tests := []struct {
		name string
		run  func(g *ir.Graph, o *Options) error
		want string
	}{
		{"breaks a type", func(g *ir.Graph, _ *Options) error {
			g.Values[2].Type = ir.Mat(ir.DimT, 99)
			return nil
		}, "internal error: invalid IR after pass broken: "},
		{"drops a position", func(g *ir.Graph, _ *Options) error {
			g.Values[3].Pos.Line = 0
			return nil
		}, "internal error: invalid IR after pass broken: "},
		{"aliases buffers", func(g *ir.Graph, _ *Options) error {
			g.Values[1].Buf, g.Values[2].Buf = 0, 0
			return nil
		}, "overlaps %1 (embed)"},
		{"panics", func(g *ir.Graph, _ *Options) error {
			g.Values = nil
			var m map[string]int
			m["x"]++
			return nil
		}, "internal error in pass broken: assignment to entry in nil map"},
		{"returns an error", func(g *ir.Graph, _ *Options) error {
			return errors.New("cannot cope")
		}, "internal error in pass broken: cannot cope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			ran := false
			list := []Pass{
				passNamed(t, "fold-layernorm1p"),
				{Name: "broken", Run: tt.run, Doc: "breaks the graph"},
				{Name: "after", Run: func(*ir.Graph, *Options) error { ran = true; return nil }, Doc: "must not run"},
			}
			g := buildModel(t, tinyShape)
			want := g.Clone()
			if err := RunPass(list[0], want, nil); err != nil {
				t.Fatal(err)
			}
			err := runPasses(g, list, &Options{CrashDir: dir})
			if err == nil {
				t.Fatal("the broken pass was not caught")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
			crash := filepath.Join(dir, "tiny.broken.crash.mir")
			if !strings.Contains(err.Error(), "IR from before pass broken written to "+crash) {
				t.Errorf("error %q does not name the crash file %s", err, crash)
			}
			if ran {
				t.Error("the pipeline went on after the failing pass")
			}
			src, rerr := os.ReadFile(crash)
			if rerr != nil {
				t.Fatal(rerr)
			}
			if diff := cmp.Diff(ir.Print(want), string(src)); diff != "" {
				t.Errorf("crash file is not the IR from before the pass (-want +got):\n%s", diff)
			}
			mustParse(t, string(src)) // it can be rerun
		})
	}
}

func TestFileSafe(t *testing.T) {
	for in, want := range map[string]string{"": "graph", "minitron-8b": "minitron-8b", "a/b c": "a_b_c", "../x": "_._x"} {
		if got := fileSafe(in); got != want {
			t.Errorf("fileSafe(%q) = %q, want %q", in, got, want)
		}
	}
}
