package passes

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mtc-dev/mtc/ir"
)

func mustParse(t testing.TB, src string) *ir.Graph {
	t.Helper()
	g, err := ir.Parse("test.mir", []byte(src))
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, src)
	}
	return g
}

func passNamed(t testing.TB, name string) Pass {
	t.Helper()
	for _, p := range Pipeline {
		if p.Name == name {
			return p
		}
	}
	t.Fatalf("no pass %q", name)
	return Pass{}
}

// checkPass runs the named pass (with the verifier) on before and compares the printed result
// with after, parsed and printed again so that numbering and spacing do not matter.
func checkPass(t *testing.T, name, before, after string) {
	t.Helper()
	g := mustParse(t, before)
	if err := RunPass(passNamed(t, name), g, &Options{}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(ir.Print(mustParse(t, after)), ir.Print(g)); diff != "" {
		t.Errorf("%s (-want +got):\n%s", name, diff)
	}
}

// passCase is a table row of a pass test: before, edited, must become after, edited (after
// empty: unchanged).
type passCase struct {
	name        string
	before      string
	beforeEdits []string
	after       string
	afterEdits  []string
}

// runPassCases runs checkPass for each case as a subtest.
func runPassCases(t *testing.T, pass string, cases []passCase) {
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			before := edit(t, tt.before, tt.beforeEdits...)
			after := before
			if tt.after != "" {
				after = edit(t, tt.after, tt.afterEdits...)
			}
			checkPass(t, pass, before, after)
		})
	}
}

// edit applies old, new replacement pairs to src, each once; a missing old text fails the test.
func edit(t testing.TB, src string, pairs ...string) string {
	t.Helper()
	for i := 0; i+1 < len(pairs); i += 2 {
		if !strings.Contains(src, pairs[i]) {
			t.Fatalf("edit: %q not in\n%s", pairs[i], src)
		}
		src = strings.Replace(src, pairs[i], pairs[i+1], 1)
	}
	return src
}
