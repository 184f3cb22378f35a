package toolchain

import (
	"context"
	"fmt"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// Target triples mtc compiles for.
const (
	tripleX86   = "x86_64-unknown-linux-gnu"
	tripleArm64 = "aarch64-unknown-linux-gnu"
	tripleNVPTX = NVPTXTriple
)

// NVPTXTriple is the LLVM target triple of GPU kernels.
const NVPTXTriple = "nvptx64-nvidia-cuda"

// HostTriple returns the LLVM target triple CompileSharedObject compiles for on this machine:
// x86_64-unknown-linux-gnu or aarch64-unknown-linux-gnu.
func HostTriple() (string, error) { return hostTriple(runtime.GOARCH) }

// hostTriple returns the LLVM triple for a GOARCH value on Linux.
func hostTriple(goarch string) (string, error) {
	switch goarch {
	case "amd64":
		return tripleX86, nil
	case "arm64":
		return tripleArm64, nil
	}
	return "", fmt.Errorf("mtc compiles CPU kernels for amd64 and arm64, not %s", goarch)
}

// targetInfo is what `llc -mtriple=T -mcpu=help` lists for a target.
type targetInfo struct {
	CPUs     []string // in llc's order (sorted)
	Features []string // bare names, in llc's order
	cpus     map[string]bool
	features map[string]bool
}

var helpEntryRE = regexp.MustCompile(`^\s+(\S+)\s+- `)

// parseHelp reads the output of `llc -mcpu=help`:
//
//	Available CPUs for this target:
//
//	  alderlake      - Select the alderlake processor.
//	  ...
//	Available features for this target:
//
//	  16bit-mode     - 16-bit mode (i8086).
//	  ...
func parseHelp(out string) (*targetInfo, error) {
	ti := &targetInfo{cpus: map[string]bool{}, features: map[string]bool{}}
	var section *[]string
	for _, line := range strings.Split(out, "\n") {
		switch {
		case strings.HasPrefix(line, "Available CPUs for this target:"):
			section = &ti.CPUs
		case strings.HasPrefix(line, "Available features for this target:"):
			section = &ti.Features
		case strings.HasPrefix(line, "Use +feature"):
			section = nil
		default:
			if m := helpEntryRE.FindStringSubmatch(line); m != nil && section != nil {
				*section = append(*section, m[1])
			}
		}
	}
	if len(ti.CPUs) == 0 || len(ti.Features) == 0 {
		return nil, fmt.Errorf("no CPU or feature list in the output of llc -mcpu=help: %q", firstLine(out))
	}
	for _, c := range ti.CPUs {
		ti.cpus[c] = true
	}
	for _, f := range ti.Features {
		ti.features[f] = true
	}
	return ti, nil
}

// cache holds what a Toolchain learned from llc and opt; results never change for one tool.
type cache struct {
	mu      sync.Mutex
	targets map[string]*targetInfo // by triple
	layouts map[string]string      // by triple
	probes  map[string][]string    // by probeKey
}

// lookup returns the cached value for key in m, or computes and stores it. The lock is not held
// while compute runs, so two callers may both compute a value; both get the same answer.
func lookup[V any](c *cache, m *map[string]V, key string, compute func() (V, error)) (V, error) {
	c.mu.Lock()
	v, ok := (*m)[key]
	c.mu.Unlock()
	if ok {
		return v, nil
	}
	v, err := compute()
	if err != nil {
		return v, err
	}
	c.mu.Lock()
	if *m == nil {
		*m = map[string]V{}
	}
	(*m)[key] = v
	c.mu.Unlock()
	return v, nil
}

// target returns the CPUs and features llc knows for triple.
func (tc *Toolchain) target(ctx context.Context, triple string) (*targetInfo, error) {
	return lookup(&tc.cache, &tc.cache.targets, triple, func() (*targetInfo, error) {
		inv := invocation{args: []string{tc.LLC.Path, "-mtriple=" + triple, "-mcpu=help"}}
		stdout, stderr, err := inv.run(ctx, nil)
		if err != nil {
			return nil, err
		}
		return parseHelp(string(stderr) + string(stdout))
	})
}

var dataLayoutRE = regexp.MustCompile(`(?m)^\s*target datalayout = "([^"]*)"`)

// DataLayout returns LLVM 14's data layout string for triple (for example
// "e-m:e-p270:32:32-...-S128" for x86_64-unknown-linux-gnu), which a module for that target
// should declare. It asks llc to compile an empty module and reads the layout it chose.
func (tc *Toolchain) DataLayout(ctx context.Context, triple string) (string, error) {
	return lookup(&tc.cache, &tc.cache.layouts, triple, func() (string, error) {
		inv := invocation{args: []string{tc.LLC.Path, "-mtriple=" + triple, "-stop-after=finalize-isel", "-o", "-"}}
		stdout, _, err := inv.run(ctx, nil)
		if err != nil {
			return "", err
		}
		m := dataLayoutRE.FindSubmatch(stdout)
		if m == nil {
			return "", fmt.Errorf("llc printed no data layout for %s", triple)
		}
		return string(m[1]), nil
	})
}

// suggest returns the names in options closest to name by edit distance, if any is close.
func suggest(name string, options []string) []string {
	best, limit := []string(nil), len(name)/3+1
	for _, o := range options {
		d := editDistance(name, o)
		switch {
		case d > limit:
		case d < limit:
			best, limit = []string{o}, d
		default:
			best = append(best, o)
		}
	}
	if len(best) > 3 {
		return nil // too many equally close names to be a useful hint
	}
	sort.Strings(best)
	return best
}

// didYouMean formats suggest's answer for an error message.
func didYouMean(name string, options []string, prefix string) string {
	s := suggest(name, options)
	if len(s) == 0 {
		return ""
	}
	for i := range s {
		s[i] = prefix + s[i]
	}
	list := s[len(s)-1]
	if len(s) > 1 {
		list = strings.Join(s[:len(s)-1], ", ") + " or " + list
	}
	return fmt.Sprintf(" (did you mean %s?)", list)
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
