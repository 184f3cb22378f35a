package cpufeat

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
)

// ParseCPUInfo reads the text of /proc/cpuinfo (name is used in errors) and returns the LLVM
// features of arch's table whose flags every processor lists, sorted, as "+name".
//
// An arch without a table and a text without any flag line are errors: the caller cannot
// tell "no features" from "could not tell".
func ParseCPUInfo(name, arch string, data []byte) ([]string, error) {
	rules := rulesFor(arch)
	if rules == nil {
		return nil, fmt.Errorf("%s: no CPU feature table for GOARCH %q (mtc detects features on amd64 and arm64)", name, arch)
	}
	flags, err := commonFlags(name, flagsKey(arch), data)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, r := range rules {
		if hasAll(flags, r.Flags) {
			out = append(out, "+"+r.Feature)
		}
	}
	sort.Strings(out)
	return out, nil
}

// commonFlags returns the flags that every "key : flag flag ..." line of data lists.
func commonFlags(name, key string, data []byte) (map[string]bool, error) {
	var common map[string]bool
	for lineNo, line := range bytes.Split(data, []byte("\n")) {
		k, v, ok := strings.Cut(string(line), ":")
		if !ok || strings.TrimSpace(k) != key {
			continue
		}
		this := map[string]bool{}
		for _, f := range strings.Fields(v) {
			this[f] = true
		}
		if len(this) == 0 {
			return nil, fmt.Errorf("%s:%d: empty %q line", name, lineNo+1, key)
		}
		if common == nil {
			common = this
			continue
		}
		for f := range common {
			if !this[f] {
				delete(common, f)
			}
		}
	}
	if common == nil {
		return nil, fmt.Errorf("%s: no %q line (expected one per processor, like %q)", name, key, key+"\t: fpu sse sse2 ...")
	}
	return common, nil
}

func hasAll(set map[string]bool, names []string) bool {
	for _, n := range names {
		if !set[n] {
			return false
		}
	}
	return true
}
