package ptx

import (
	"fmt"
	"sort"
	"strings"

	"github.com/mtc-dev/mtc/artifact"
)

// Entries returns the names of the .entry functions (kernels) a PTX module defines, in order.
// A line declares one when its first directive after optional .visible/.weak/.extern linkage
// is .entry; the name runs to the parameter list's "(" or to the end of the line.
func Entries(ptx []byte) []string {
	var out []string
	for _, line := range strings.Split(string(ptx), "\n") {
		f := strings.Fields(line)
		for len(f) > 0 && (f[0] == ".visible" || f[0] == ".weak" || f[0] == ".extern") {
			f = f[1:]
		}
		if len(f) < 2 || f[0] != ".entry" {
			continue
		}
		name, _, _ := strings.Cut(f[1], "(")
		out = append(out, name)
	}
	return out
}

// CheckEntries checks that ptx defines exactly one .entry for each kernel of the table and no
// other, naming every kernel that is missing, duplicated or unexpected.
func CheckEntries(ptx []byte, kernels []artifact.Kernel) error {
	count := map[string]int{}
	for _, e := range Entries(ptx) {
		count[e]++
	}
	var problems []string
	want := map[string]bool{}
	for _, k := range kernels {
		want[k.Symbol] = true
		switch n := count[k.Symbol]; n {
		case 1:
		case 0:
			problems = append(problems, fmt.Sprintf("kernel %s: no .entry %s", k.Name, k.Symbol))
		default:
			problems = append(problems, fmt.Sprintf("kernel %s: %d .entry %s", k.Name, n, k.Symbol))
		}
	}
	var extra []string
	for e := range count {
		if !want[e] {
			extra = append(extra, e)
		}
	}
	sort.Strings(extra)
	for _, e := range extra {
		problems = append(problems, fmt.Sprintf(".entry %s is not in the kernel table", e))
	}
	if len(problems) > 0 {
		return fmt.Errorf("PTX does not match the kernel table: %s", strings.Join(problems, "; "))
	}
	return nil
}
