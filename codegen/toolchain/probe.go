package toolchain

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/mtc-dev/mtc/internal/cpufeat"
)

// probeQuery asks: does a function compiled with cpu and attrs have feature (a bare name)?
type probeQuery struct {
	cpu     string
	attrs   []string
	feature string
}

// probeModule writes the module that answers qs: for query i, @p<i> is compiled with the
// query's CPU and attributes and calls @c<i>, an empty function that additionally enables the
// feature. See the package documentation. The callee must not be alwaysinline: LLVM inlines
// alwaysinline functions without checking that the features are compatible.
func probeModule(triple string, qs []probeQuery) string {
	var b strings.Builder
	fmt.Fprintf(&b, "target triple = %q\n", triple)
	for i, q := range qs {
		fmt.Fprintf(&b, "define void @p%d() #%d {\n  call void @c%d()\n  ret void\n}\n", i, 2*i, i)
		fmt.Fprintf(&b, "define internal void @c%d() #%d {\n  ret void\n}\n", i, 2*i+1)
		caller := strings.Join(q.attrs, ",")
		callee := strings.Join(append(q.attrs[:len(q.attrs):len(q.attrs)], "+"+q.feature), ",")
		fmt.Fprintf(&b, "attributes #%d = { %s}\n", 2*i, fnAttrs(q.cpu, caller))
		fmt.Fprintf(&b, "attributes #%d = { %s}\n", 2*i+1, fnAttrs(q.cpu, callee))
	}
	return b.String()
}

func fnAttrs(cpu, features string) string {
	var s string
	if cpu != "" {
		s += fmt.Sprintf("%q=%q ", "target-cpu", cpu)
	}
	if features != "" {
		s += fmt.Sprintf("%q=%q ", "target-features", features)
	}
	return s
}

var remainingCallRE = regexp.MustCompile(`call void @c(\d+)\(\)`)

// probe answers each query with one opt run: true when the feature is enabled.
func (tc *Toolchain) probe(ctx context.Context, triple string, qs []probeQuery) ([]bool, error) {
	inv := invocation{args: []string{tc.Opt.Path, "-mtriple=" + triple, "-passes=cgscc(inline)", "-S", "-o", "-"}}
	out, _, err := inv.run(ctx, []byte(probeModule(triple, qs)))
	if err != nil {
		return nil, fmt.Errorf("measuring CPU features: %w", err)
	}
	enabled := make([]bool, len(qs))
	for i := range enabled {
		enabled[i] = true
	}
	for _, m := range remainingCallRE.FindAllSubmatch(out, -1) {
		i, err := strconv.Atoi(string(m[1]))
		if err != nil || i >= len(qs) {
			return nil, fmt.Errorf("measuring CPU features: unexpected call %q in opt's output", m[0])
		}
		enabled[i] = false
	}
	return enabled, nil
}

// goarchOf maps an LLVM triple to the GOARCH whose cpufeat table describes it.
func goarchOf(triple string) string {
	switch {
	case strings.HasPrefix(triple, "x86_64-"):
		return "amd64"
	case strings.HasPrefix(triple, "aarch64-"):
		return "arm64"
	}
	return ""
}

// checkable returns the features of cpufeat's table for triple that LLVM knows, as bare names.
func (tc *Toolchain) checkable(ctx context.Context, triple string) ([]string, error) {
	ti, err := tc.target(ctx, triple)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, f := range cpufeat.Known(goarchOf(triple)) {
		if ti.features[f[1:]] {
			out = append(out, f[1:])
		}
	}
	return out, nil
}

// cpuFeatures returns the checkable features that cpu with attrs enables, sorted, as "+name".
func (tc *Toolchain) cpuFeatures(ctx context.Context, triple, cpu string, attrs []string) ([]string, error) {
	key := triple + "\x00" + cpu + "\x00" + strings.Join(attrs, ",")
	return lookup(&tc.cache, &tc.cache.probes, key, func() ([]string, error) {
		names, err := tc.checkable(ctx, triple)
		if err != nil {
			return nil, err
		}
		qs := make([]probeQuery, len(names))
		for i, n := range names {
			qs[i] = probeQuery{cpu: cpu, attrs: attrs, feature: n}
		}
		enabled, err := tc.probe(ctx, triple, qs)
		if err != nil {
			return nil, err
		}
		var out []string
		for i, n := range names {
			if enabled[i] {
				out = append(out, "+"+n)
			}
		}
		sort.Strings(out)
		return out, nil
	})
}
