package toolchain

import (
	"context"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/mtc-dev/mtc/internal/cpufeat"
)

// TestCheckableFeaturesAreSeparable checks cpufeat's tables against LLVM 14: every LLVM name
// must be a feature llc knows, and the inliner probe must see each one appear when it alone is
// enabled and disappear when it alone is disabled (so no name is one LLVM's inliner ignores).
func TestCheckableFeaturesAreSeparable(t *testing.T) {
	t.Parallel()
	tc := testToolchain(t)
	ctx := context.Background()
	for _, triple := range []string{tripleX86, tripleArm64} {
		t.Run(triple, func(t *testing.T) {
			names, err := tc.checkable(ctx, triple)
			if err != nil {
				t.Fatal(err)
			}
			var known []string
			for _, f := range cpufeat.Known(goarchOf(triple)) {
				known = append(known, f[1:])
			}
			if diff := cmp.Diff(known, names); diff != "" {
				t.Errorf("features of cpufeat's table that LLVM 14 does not know (-table +llc):\n%s", diff)
			}
			var qs []probeQuery
			for _, n := range names {
				qs = append(qs,
					probeQuery{attrs: []string{"+" + n}, feature: n},
					probeQuery{attrs: []string{"-" + n}, feature: n})
			}
			got, err := tc.probe(ctx, triple, qs)
			if err != nil {
				t.Fatal(err)
			}
			for i, q := range qs {
				if want := q.attrs[0][0] == '+'; got[i] != want {
					t.Errorf("generic CPU with %s: probe says %s enabled = %v, want %v", q.attrs[0], q.feature, got[i], want)
				}
			}
		})
	}
}

func TestParseCPU(t *testing.T) {
	t.Parallel()
	tc := testToolchain(t)
	v3 := []string{"+avx", "+avx2", "+bmi", "+bmi2", "+f16c", "+fma", "+lzcnt", "+movbe", "+popcnt", "+sse3", "+sse4.1", "+sse4.2", "+ssse3", "+xsave"}
	with := func(base []string, add ...string) []string {
		out := append(append([]string(nil), base...), add...)
		return cpufeat.Missing(out, nil) // sorted, deduplicated
	}
	without := func(base []string, drop string) []string {
		var out []string
		for _, f := range base {
			if f != drop {
				out = append(out, f)
			}
		}
		return out
	}
	tests := []struct {
		triple, name, features string
		want                   CPU
		has, lacks             []string // when want.Features is nil
	}{
		{
			// The psABI levels: v2 adds SSE4.2 and POPCNT, v3 AVX2, FMA and friends, v4 AVX-512.
			triple: tripleX86, name: "x86-64",
			want: CPU{Name: "x86-64", Features: []string{}},
		},
		{
			triple: tripleX86, name: "x86-64-v2",
			want: CPU{Name: "x86-64-v2", Features: []string{"+popcnt", "+sse3", "+sse4.1", "+sse4.2", "+ssse3"}},
		},
		{
			triple: tripleX86, name: "x86-64-v3",
			want: CPU{Name: "x86-64-v3", Features: v3},
		},
		{
			triple: tripleX86, name: "x86-64-v4",
			want: CPU{Name: "x86-64-v4", Features: with(v3, "+avx512bw", "+avx512cd", "+avx512dq", "+avx512f", "+avx512vl")},
		},
		{
			triple: tripleX86, name: "x86-64-v3", features: " +avx512f, ",
			want: CPU{Name: "x86-64-v3", Attrs: []string{"+avx512f"}, Features: with(v3, "+avx512f")},
		},
		{
			// Disabling AVX also disables what needs it; later entries win.
			triple: tripleX86, name: "x86-64-v3", features: "+avx512f,-avx",
			want: CPU{Name: "x86-64-v3", Attrs: []string{"+avx512f", "-avx"}, Features: []string{
				"+bmi", "+bmi2", "+lzcnt", "+movbe", "+popcnt", "+sse3", "+sse4.1", "+sse4.2", "+ssse3", "+xsave"}},
		},
		{
			triple: tripleX86, name: "x86-64-v3", features: "-avx2",
			want: CPU{Name: "x86-64-v3", Attrs: []string{"-avx2"}, Features: without(v3, "+avx2")},
		},
		{
			triple: tripleX86, name: "skylake-avx512",
			has:   []string{"+avx512f", "+avx512bw", "+avx512cd", "+avx512dq", "+avx512vl", "+clwb", "+fma", "+adx", "+aes"},
			lacks: []string{"+avx512bf16", "+avx512fp16", "+avx512vnni", "+amx-tile", "+sse4a", "+sha"},
		},
		{
			triple: tripleX86, name: "sapphirerapids",
			has:   []string{"+avx512bf16", "+avx512fp16", "+avx512vnni", "+amx-tile", "+amx-int8", "+amx-bf16", "+avxvnni"},
			lacks: []string{"+sse4a", "+avx512er"},
		},
		{
			triple: tripleX86, name: "znver3",
			has:   []string{"+avx2", "+fma", "+sse4a", "+vaes", "+sha"},
			lacks: []string{"+avx512f"},
		},
		{
			triple: tripleArm64, name: "neoverse-n1",
			want: CPU{Name: "neoverse-n1", Features: []string{"+aes", "+ccpp", "+crc", "+dotprod", "+fullfp16", "+lse", "+rcpc", "+rdm", "+sha2"}},
		},
		{
			triple: tripleArm64, name: "neoverse-v1", features: "-sve",
			has:   []string{"+bf16", "+i8mm", "+dotprod"},
			lacks: []string{"+sve", "+sve2"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name+tt.features, func(t *testing.T) {
			got, err := tc.parseCPU(context.Background(), tt.triple, tt.name, tt.features)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want.Name != "" {
				if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
					t.Errorf("ParseCPU(%q, %q) (-want +got):\n%s", tt.name, tt.features, diff)
				}
				return
			}
			if m := Missing(tt.has, got.Features); m != nil {
				t.Errorf("%s lacks %v; has %v", tt.name, m, got.Features)
			}
			for _, f := range tt.lacks {
				if Missing([]string{f}, got.Features) == nil {
					t.Errorf("%s has %s", tt.name, f)
				}
			}
		})
	}
}

func TestParseCPUErrors(t *testing.T) {
	t.Parallel()
	tc := testToolchain(t)
	tests := []struct {
		triple, name, features, want string
	}{
		{tripleX86, "znver4", "", `unknown CPU "znver4": LLVM 14 does not know it for x86_64-unknown-linux-gnu (did you mean znver1, znver2 or znver3?); llc-14 -mtriple=x86_64-unknown-linux-gnu -mcpu=help lists`},
		{tripleArm64, "neoverse-v2", "", `unknown CPU "neoverse-v2": LLVM 14 does not know it for aarch64-unknown-linux-gnu (did you mean neoverse-n2 or neoverse-v1?)`},
		{tripleX86, "x86-64-v3", "avx2", `CPU feature "avx2" must start with + (enable) or - (disable), as in +avx2`},
		{tripleX86, "x86-64-v3", "+avx3", `unknown CPU feature "avx3": LLVM 14 does not know it for x86_64-unknown-linux-gnu (did you mean +avx or +avx2?); llc-14 -mtriple=x86_64-unknown-linux-gnu -mattr=help`},
		{tripleX86, "x86-64-v3", "-neon", `unknown CPU feature "neon"`},
		{tripleX86, "x86-64", "+", `CPU feature "+" is not a feature name`},
		{tripleX86, "x86-64", "+avx 2", `CPU feature "+avx 2" is not a feature name`},
		{tripleArm64, "native", "", "the host CPU is not a aarch64-unknown-linux-gnu CPU"},
	}
	for _, tt := range tests {
		if tt.name == "native" && runtime.GOARCH == "arm64" {
			continue
		}
		_, err := tc.parseCPU(context.Background(), tt.triple, tt.name, tt.features)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseCPU(%q, %q): got error\n\t%v\nwant one containing\n\t%s", tt.name, tt.features, err, tt.want)
		}
	}
}

func TestHostCPU(t *testing.T) {
	t.Parallel()
	tc := testToolchain(t)
	if _, err := hostTriple(runtime.GOARCH); err != nil {
		t.Skip(err)
	}
	ctx := context.Background()
	c, err := tc.HostCPU(ctx)
	if err != nil {
		t.Fatal(err)
	}
	host, err := cpufeat.Host()
	if err != nil {
		t.Fatal(err)
	}
	names, err := tc.checkable(ctx, mustHostTriple(t))
	if err != nil {
		t.Fatal(err)
	}
	// Every checkable feature the host has, and nothing else.
	var want []string
	for _, n := range names {
		if Missing([]string{n}, host) == nil {
			want = append(want, "+"+n)
		}
	}
	if diff := cmp.Diff(cpufeat.Missing(want, nil), c.Features, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("HostCPU().Features (-host +got):\n%s", diff)
	}
	if want := tc.hostCPU; c.Name != want && c.Name != "" {
		t.Errorf("HostCPU().Name = %q, want llc's %q", c.Name, want)
	}
	if len(c.Attrs) != len(names) {
		t.Errorf("HostCPU pins %d features, want all %d checkable ones: %v", len(c.Attrs), len(names), c.Attrs)
	}
	for _, name := range []string{"", "native", "host"} {
		p, err := tc.ParseCPU(ctx, name, "")
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(c, p); diff != "" {
			t.Errorf("ParseCPU(%q) differs from HostCPU (-host +parsed):\n%s", name, diff)
		}
	}
	t.Logf("host CPU: %s\nfeatures: %v", c.Name, c.Features)
}

func mustHostTriple(t *testing.T) string {
	t.Helper()
	triple, err := hostTriple(runtime.GOARCH)
	if err != nil {
		t.Skip(err)
	}
	return triple
}

func TestParseFeatureList(t *testing.T) {
	tests := []struct {
		in      string
		want    []string
		wantErr string
	}{
		{"", nil, ""},
		{" , ,", nil, ""},
		{"+avx2,+fma", []string{"+avx2", "+fma"}, ""},
		{" +sse4.2 , -amx-tile,+avx512vp2intersect", []string{"+sse4.2", "-amx-tile", "+avx512vp2intersect"}, ""},
		{"avx2", nil, "must start with + (enable) or - (disable)"},
		{"+avx2,fma", nil, `"fma" must start with +`},
		{"-", nil, "is not a feature name"},
		{"+-avx", nil, "is not a feature name"},
		{`+avx"2`, nil, "is not a feature name"},
		{"+avx2=1", nil, "is not a feature name"},
	}
	for _, tt := range tests {
		got, err := parseFeatureList(tt.in)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("parseFeatureList(%q) = %v, %v; want an error containing %q", tt.in, got, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("parseFeatureList(%q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("parseFeatureList(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func FuzzParseFeatureList(f *testing.F) {
	f.Add("+avx2,-fma")
	f.Add(" +sse4.2 , -amx-tile")
	f.Add("+,-,,")
	f.Fuzz(func(t *testing.T, s string) {
		got, err := parseFeatureList(s)
		if err != nil {
			return
		}
		for _, a := range got {
			if len(a) < 2 || (a[0] != '+' && a[0] != '-') || !validFeatureName(a[1:]) {
				t.Fatalf("parseFeatureList(%q) accepted %q", s, a)
			}
		}
		// The joined list parses back to itself, as llc's -mattr would read it.
		again, err := parseFeatureList(strings.Join(got, ","))
		if err != nil || !cmp.Equal(got, again, cmpopts.EquateEmpty()) {
			t.Fatalf("round trip of %q: %v, %v", got, again, err)
		}
	})
}

func TestCPUString(t *testing.T) {
	tests := []struct {
		c    CPU
		want string
	}{
		{CPU{}, "generic"},
		{CPU{Name: "x86-64-v3"}, "x86-64-v3"},
		{CPU{Name: "x86-64-v3", Attrs: []string{"+avx512f", "-fma"}}, "x86-64-v3 +avx512f,-fma"},
	}
	for _, tt := range tests {
		if got := tt.c.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.c, got, tt.want)
		}
	}
}
