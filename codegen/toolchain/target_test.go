package toolchain

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseHelp(t *testing.T) {
	ti, err := parseHelp(string(readTestdata(t, "nvptx64.help")))
	if err != nil {
		t.Fatal(err)
	}
	wantCPUs := []string{
		"sm_20", "sm_21", "sm_30", "sm_32", "sm_35", "sm_37", "sm_50", "sm_52", "sm_53",
		"sm_60", "sm_61", "sm_62", "sm_70", "sm_72", "sm_75", "sm_80", "sm_86",
	}
	if diff := cmp.Diff(wantCPUs, ti.CPUs); diff != "" {
		t.Errorf("CPUs (-want +got):\n%s", diff)
	}
	for _, f := range []string{"ptx32", "ptx70", "ptx75", "sm_86"} {
		if !ti.features[f] {
			t.Errorf("feature %s missing from %v", f, ti.Features)
		}
	}
	if ti.features["Use"] || ti.features["For"] {
		t.Errorf("the closing help lines were read as features: %v", ti.Features)
	}

	for _, bad := range []string{"", "llc: error: unable to get target for 'foo'", "Available CPUs for this target:\n\n  sm_20 - x\n"} {
		if _, err := parseHelp(bad); err == nil {
			t.Errorf("parseHelp(%q) succeeded", bad)
		}
	}
}

func FuzzParseHelp(f *testing.F) {
	f.Add("Available CPUs for this target:\n\n  a - b\nAvailable features for this target:\n\n  c - d\nUse +feature\n")
	f.Add("  x - y\nAvailable features for this target:\n  - -\n")
	f.Fuzz(func(t *testing.T, out string) {
		ti, err := parseHelp(out)
		if err != nil {
			return
		}
		for _, c := range ti.CPUs {
			if c == "" || strings.ContainsAny(c, " \t\n") || !ti.cpus[c] {
				t.Fatalf("bad CPU name %q", c)
			}
		}
	})
}

func TestSuggest(t *testing.T) {
	cpus := []string{"x86-64", "x86-64-v2", "x86-64-v3", "x86-64-v4", "znver1", "znver2", "znver3", "skylake", "skylake-avx512"}
	tests := []struct {
		name string
		want string
	}{
		{"znver4", " (did you mean znver1, znver2 or znver3?)"},
		{"x86-64-v5", " (did you mean x86-64-v2, x86-64-v3 or x86-64-v4?)"},
		{"skylak", " (did you mean skylake?)"},
		{"sapphirerapids", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := didYouMean(tt.name, cpus, ""); got != tt.want {
			t.Errorf("didYouMean(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	if got := didYouMean("avx3", []string{"avx", "avx2", "avx512f", "sse3"}, "+"); got != " (did you mean +avx or +avx2?)" {
		t.Errorf("didYouMean(avx3) = %q", got)
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"a", "", 1}, {"", "abc", 3}, {"kitten", "sitting", 3}, {"znver4", "znver3", 1}, {"sm80", "sm_80", 1},
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestDataLayout(t *testing.T) {
	t.Parallel()
	tc := testToolchain(t)
	tests := []struct{ triple, want string }{
		{tripleX86, "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"},
		{tripleArm64, "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128"},
		{tripleNVPTX, "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"},
	}
	for _, tt := range tests {
		got, err := tc.DataLayout(context.Background(), tt.triple)
		if err != nil {
			t.Fatal(err)
		}
		if got != tt.want {
			t.Errorf("DataLayout(%s) = %q, want %q", tt.triple, got, tt.want)
		}
	}
	if _, err := tc.DataLayout(context.Background(), "bogus-none-none"); err == nil || !strings.Contains(err.Error(), "unable to get target") {
		t.Errorf("DataLayout of an unknown triple: got %v, want llc's \"unable to get target\"", err)
	}
}

func TestHostTriple(t *testing.T) {
	tests := []struct{ goarch, want, wantErr string }{
		{"amd64", "x86_64-unknown-linux-gnu", ""},
		{"arm64", "aarch64-unknown-linux-gnu", ""},
		{"riscv64", "", "mtc compiles CPU kernels for amd64 and arm64, not riscv64"},
	}
	for _, tt := range tests {
		got, err := hostTriple(tt.goarch)
		if got != tt.want || (err == nil) != (tt.wantErr == "") || (err != nil && err.Error() != tt.wantErr) {
			t.Errorf("hostTriple(%s) = %q, %v; want %q, %q", tt.goarch, got, err, tt.want, tt.wantErr)
		}
		if tt.want != "" && goarchOf(tt.want) != tt.goarch {
			t.Errorf("goarchOf(%s) = %q, want %s", tt.want, goarchOf(tt.want), tt.goarch)
		}
	}
}
