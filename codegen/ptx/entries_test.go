package ptx

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mtc-dev/mtc/artifact"
)

func TestEntries(t *testing.T) {
	ptx := []byte(`//
.version 7.0
.target sm_80
.visible .entry mtc_g_a(
	.param .u64 mtc_g_a_param_0
)
.entry mtc_g_b(.param .u64 p)
.weak .entry mtc_g_c
.func helper(
// .entry commented_out(
.visible .entry mtc_g_a(
`)
	if diff := cmp.Diff([]string{"mtc_g_a", "mtc_g_b", "mtc_g_c", "mtc_g_a"}, Entries(ptx)); diff != "" {
		t.Errorf("Entries (-want +got):\n%s", diff)
	}
	kernels := []artifact.Kernel{{Name: "a", Symbol: "mtc_g_a"}, {Name: "b", Symbol: "mtc_g_b"}, {Name: "d", Symbol: "mtc_g_d"}}
	err := CheckEntries(ptx, kernels)
	for _, want := range []string{"kernel a: 2 .entry mtc_g_a", "kernel d: no .entry mtc_g_d", ".entry mtc_g_c is not in the kernel table"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("CheckEntries = %v, want it to mention %q", err, want)
		}
	}
	if err := CheckEntries([]byte(".visible .entry mtc_g_a(\n.entry mtc_g_b(\n"), kernels[:2]); err != nil {
		t.Errorf("CheckEntries of a matching module: %v", err)
	}
}

// FuzzEntries feeds arbitrary text to the PTX scanner: it must not panic, and every name it
// returns must appear in the input after ".entry".
func FuzzEntries(f *testing.F) {
	f.Add([]byte(".visible .entry mtc_g_a(\n"))
	f.Add([]byte(".entry (\n.entry\n.weak .extern .entry x"))
	f.Add([]byte("\x00\xff.entry \t y(((\r\n"))
	f.Fuzz(func(t *testing.T, ptx []byte) {
		for _, e := range Entries(ptx) {
			if !strings.Contains(string(ptx), e) {
				t.Fatalf("entry %q is not in the input", e)
			}
		}
		_ = CheckEntries(ptx, []artifact.Kernel{{Name: "k", Symbol: "mtc_g_k"}})
	})
}
