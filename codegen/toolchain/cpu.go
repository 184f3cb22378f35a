package toolchain

import (
	"context"
	"fmt"
	"runtime"
	"strings"

	"github.com/mtc-dev/mtc/internal/cpufeat"
)

// CPU is a CPU to compile for, in LLVM's terms.
type CPU struct {
	// Name is the -mcpu value ("icelake-client", "x86-64-v3"); "" means LLVM's generic CPU
	// for the target.
	Name string
	// Attrs are the -mattr entries, "+name" or "-name", in order; a later entry wins.
	Attrs []string
	// Features are the features of internal/cpufeat's table that Name and Attrs let LLVM use,
	// sorted, as "+name": what a host must have to run code compiled for this CPU. An artifact
	// records them and the runtime passes them to Missing.
	Features []string
}

// MAttr returns the -mattr value.
func (c CPU) MAttr() string { return strings.Join(c.Attrs, ",") }

// String formats c as "name" or "name +feat,-feat", the way a user writes --cpu and
// --cpu-features.
func (c CPU) String() string {
	name := c.Name
	if name == "" {
		name = "generic"
	}
	if len(c.Attrs) == 0 {
		return name
	}
	return name + " " + c.MAttr()
}

// flags returns the -mcpu and -mattr arguments for c.
func (c CPU) flags() []string {
	var out []string
	if c.Name != "" {
		out = append(out, "-mcpu="+c.Name)
	}
	if len(c.Attrs) > 0 {
		out = append(out, "-mattr="+c.MAttr())
	}
	return out
}

// Missing returns the features of required that have lacks, sorted, as "+name". It is
// cpufeat.Missing, which the runtime calls directly.
func Missing(required, have []string) []string { return cpufeat.Missing(required, have) }

// HostCPU describes the machine it runs on: the CPU name llc detects, with every checkable
// feature pinned on or off to match what internal/cpufeat detects, because a virtual machine
// may hide features its CPU model normally has.
func (tc *Toolchain) HostCPU(ctx context.Context) (CPU, error) {
	triple, err := hostTriple(runtime.GOARCH)
	if err != nil {
		return CPU{}, err
	}
	have, err := cpufeat.Host()
	if err != nil {
		return CPU{}, err
	}
	ti, err := tc.target(ctx, triple)
	if err != nil {
		return CPU{}, err
	}
	name := tc.hostCPU
	if !ti.cpus[name] {
		name = "" // "generic" or a CPU this LLVM cannot name: the baseline, plus features
	}
	names, err := tc.checkable(ctx, triple)
	if err != nil {
		return CPU{}, err
	}
	hostHas := map[string]bool{}
	for _, f := range have {
		hostHas[f] = true
	}
	// Enable first, then disable: disabling a feature also disables every feature that needs
	// it, so a host set that LLVM considers inconsistent errs towards less, never more.
	var attrs []string
	for _, n := range names {
		if hostHas["+"+n] {
			attrs = append(attrs, "+"+n)
		}
	}
	for _, n := range names {
		if !hostHas["+"+n] {
			attrs = append(attrs, "-"+n)
		}
	}
	c := CPU{Name: name, Attrs: attrs}
	if c.Features, err = tc.cpuFeatures(ctx, triple, c.Name, c.Attrs); err != nil {
		return CPU{}, err
	}
	if extra := Missing(c.Features, have); len(extra) > 0 {
		return CPU{}, fmt.Errorf("internal error: LLVM enables %s for host CPU %s, but the host lacks them", strings.Join(extra, ","), c)
	}
	return c, nil
}

// ParseCPU turns a user's --cpu and --cpu-features choice into a CPU for the host's
// architecture. name is an LLVM CPU name ("x86-64-v3", "skylake-avx512", "neoverse-n1"), or
// "", "host" or "native" for HostCPU. features is a comma-separated list of "+name" and
// "-name" (LLVM -mattr syntax), applied after the CPU's own. Unknown names are errors that
// suggest near misses.
func (tc *Toolchain) ParseCPU(ctx context.Context, name, features string) (CPU, error) {
	triple, err := hostTriple(runtime.GOARCH)
	if err != nil {
		return CPU{}, err
	}
	return tc.parseCPU(ctx, triple, name, features)
}

// parseCPU is ParseCPU for any triple; the host names are accepted only for the host's.
func (tc *Toolchain) parseCPU(ctx context.Context, triple, name, features string) (CPU, error) {
	ti, err := tc.target(ctx, triple)
	if err != nil {
		return CPU{}, err
	}
	attrs, err := parseFeatureList(features)
	if err != nil {
		return CPU{}, err
	}
	var c CPU
	switch name {
	case "", "host", "native":
		if host, _ := hostTriple(runtime.GOARCH); host != triple {
			return CPU{}, fmt.Errorf("the host CPU is not a %s CPU", triple)
		}
		if c, err = tc.HostCPU(ctx); err != nil {
			return CPU{}, err
		}
	default:
		c = CPU{Name: name}
	}
	c.Attrs = append(c.Attrs[:len(c.Attrs):len(c.Attrs)], attrs...)
	if err := checkCPU(ti, triple, c); err != nil {
		return CPU{}, err
	}
	if c.Features, err = tc.cpuFeatures(ctx, triple, c.Name, c.Attrs); err != nil {
		return CPU{}, err
	}
	return c, nil
}

// checkCPU checks c's name and attributes against what llc knows for triple.
func checkCPU(ti *targetInfo, triple string, c CPU) error {
	if c.Name != "" && !ti.cpus[c.Name] {
		return fmt.Errorf("unknown CPU %q: LLVM 14 does not know it for %s%s; llc-14 -mtriple=%s -mcpu=help lists the CPUs it knows",
			c.Name, triple, didYouMean(c.Name, ti.CPUs, ""), triple)
	}
	for _, a := range c.Attrs {
		if len(a) < 2 || (a[0] != '+' && a[0] != '-') {
			return fmt.Errorf("CPU feature %q must start with + (enable) or - (disable)", a)
		}
		if n := a[1:]; !ti.features[n] {
			return fmt.Errorf("unknown CPU feature %q: LLVM 14 does not know it for %s%s; llc-14 -mtriple=%s -mattr=help lists the features it knows",
				n, triple, didYouMean(n, ti.Features, a[:1]), triple)
		}
	}
	return nil
}

// parseFeatureList splits an -mattr style list ("+avx2, +fma,-avx512f").
func parseFeatureList(s string) ([]string, error) {
	var out []string
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if f[0] != '+' && f[0] != '-' {
			return nil, fmt.Errorf("CPU feature %q must start with + (enable) or - (disable), as in +%s", f, f)
		}
		name := f[1:]
		if !validFeatureName(name) {
			return nil, fmt.Errorf("CPU feature %q is not a feature name", f)
		}
		out = append(out, f)
	}
	return out, nil
}

// validFeatureName reports whether n looks like an LLVM feature name: letters, digits, '.',
// '_' and inner '-' ("sse4.2", "amx-tile", "avx512vp2intersect").
func validFeatureName(n string) bool {
	if n == "" {
		return false
	}
	for i, r := range n {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '_':
		case r == '-' && i > 0 && i < len(n)-1:
		default:
			return false
		}
	}
	return true
}
