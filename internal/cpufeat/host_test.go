package cpufeat

import (
	"errors"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestHostCombinesSources(t *testing.T) {
	cpuinfo := func() ([]byte, error) { return os.ReadFile("testdata/hybrid.cpuinfo") }
	tests := []struct {
		name, goos, arch string
		read             func() ([]byte, error)
		xsys             map[string]bool
		want             []string
		wantErr          string
	}{
		{
			name: "x/sys agrees", goos: "linux", arch: "amd64", read: cpuinfo,
			xsys: map[string]bool{"avx2": true, "fma": true},
			want: []string{"+avx", "+avx2", "+f16c", "+fma", "+popcnt", "+sse3", "+sse4.1", "+sse4.2", "+ssse3"},
		},
		{
			// The kernel lists fma, CPUID (x/sys/cpu) says no: trust neither alone.
			name: "x/sys vetoes", goos: "linux", arch: "amd64", read: cpuinfo,
			xsys: map[string]bool{"fma": false, "avx512f": true},
			want: []string{"+avx", "+avx2", "+f16c", "+popcnt", "+sse3", "+sse4.1", "+sse4.2", "+ssse3"},
		},
		{
			name: "no /proc outside linux", goos: "darwin", arch: "amd64",
			read: func() ([]byte, error) { t.Error("read /proc/cpuinfo on darwin"); return nil, nil },
			xsys: map[string]bool{"fma": true, "avx2": true, "avx512f": false},
			want: []string{"+avx2", "+fma"},
		},
		{
			name: "unreadable cpuinfo", goos: "linux", arch: "amd64",
			read:    func() ([]byte, error) { return nil, errors.New("permission denied") },
			wantErr: "reading host CPU features: permission denied",
		},
		{
			name: "unsupported arch", goos: "linux", arch: "s390x", read: cpuinfo,
			wantErr: "supports amd64 and arm64, not s390x",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := host(tt.goos, tt.arch, tt.read, tt.xsys)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("got %v, %v; want an error containing %q", got, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("features (-want +got):\n%s", diff)
			}
		})
	}
}

// TestHostMachine checks Host on the machine running the test against the two sources read
// independently.
func TestHostMachine(t *testing.T) {
	if runtime.GOOS != "linux" || (runtime.GOARCH != "amd64" && runtime.GOARCH != "arm64") {
		t.Skipf("no host feature detection on %s/%s", runtime.GOOS, runtime.GOARCH)
	}
	got, err := Host()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		t.Fatal(err)
	}
	fromKernel, err := ParseCPUInfo("/proc/cpuinfo", runtime.GOARCH, data)
	if err != nil {
		t.Fatal(err)
	}
	kernel := map[string]bool{}
	for _, f := range fromKernel {
		kernel[f] = true
	}
	xsys := xsysFeatures(runtime.GOARCH)
	for _, f := range got {
		if !kernel[f] {
			t.Errorf("Host reports %s, which /proc/cpuinfo does not list", f)
		}
		if has, known := xsys[f[1:]]; known && !has {
			t.Errorf("Host reports %s, which x/sys/cpu says is absent", f)
		}
	}
	for _, f := range fromKernel {
		if has, known := xsys[f[1:]]; known && has && !contains(got, f) {
			t.Errorf("Host drops %s, which both sources report", f)
		}
	}
	if runtime.GOARCH == "amd64" && !contains(got, "+sse3") {
		t.Errorf("Host() = %v: every x86-64 CPU since 2004 has SSE3", got)
	}
	if diff := cmp.Diff(got, Missing(got, nil)); diff != "" {
		t.Errorf("Host is not sorted and unique (-host +sorted):\n%s", diff)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
