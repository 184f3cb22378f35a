package toolchain

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseVersion(t *testing.T) {
	tests := []struct {
		name, out string
		want      versionInfo
		wantErr   string
	}{
		{
			name: "debian",
			out:  "Debian LLVM version 14.0.6\n  Optimized build.\n  Default target: x86_64-pc-linux-gnu\n  Host CPU: icelake-client\n\n  Registered Targets:\n    x86-64 - 64-bit X86\n",
			want: versionInfo{Version: Version{14, 0, 6}, HostCPU: "icelake-client", DefaultTarget: "x86_64-pc-linux-gnu"},
		},
		{
			name: "upstream",
			out:  "LLVM (http://llvm.org/):\n  LLVM version 14.0.0\n  Optimized build.\n  Default target: aarch64-unknown-linux-gnu\n  Host CPU: neoverse-n1\n",
			want: versionInfo{Version: Version{14, 0, 0}, HostCPU: "neoverse-n1", DefaultTarget: "aarch64-unknown-linux-gnu"},
		},
		{
			name: "ubuntu without patch",
			out:  "Ubuntu LLVM version 14.0\n  Host CPU: znver3\n",
			want: versionInfo{Version: Version{14, 0, 0}, HostCPU: "znver3"},
		},
		{
			name: "llvm 15",
			out:  "Homebrew LLVM version 15.0.7\n  Optimized build.\n  Default target: x86_64-apple-darwin22.1.0\n  Host CPU: skylake\n",
			want: versionInfo{Version: Version{15, 0, 7}, HostCPU: "skylake", DefaultTarget: "x86_64-apple-darwin22.1.0"},
		},
		{name: "gcc", out: "gcc (Debian 12.2.0-14) 12.2.0\n", wantErr: `no "LLVM version X.Y.Z" line in its --version output "gcc (Debian 12.2.0-14) 12.2.0"`},
		{name: "empty", out: "", wantErr: `no "LLVM version X.Y.Z" line`},
		{name: "overflow", out: "LLVM version 99999999999999999999.0.0", wantErr: "bad LLVM major version"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseVersion(tt.out)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("got %+v, %v; want an error containing %q", got, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("parseVersion (-want +got):\n%s", diff)
			}
		})
	}
}

func FuzzParseVersion(f *testing.F) {
	f.Add("Debian LLVM version 14.0.6\n  Host CPU: icelake-client\n")
	f.Add("LLVM version 14.0\n")
	f.Add("LLVM version 1.2.3 Host CPU:\n")
	f.Fuzz(func(t *testing.T, out string) {
		v, err := parseVersion(out)
		if err != nil {
			return
		}
		if v.Version.Major < 0 || v.Version.Minor < 0 || v.Version.Patch < 0 {
			t.Fatalf("negative version %v from %q", v.Version, out)
		}
		if strings.ContainsAny(v.HostCPU, " \t\n") {
			t.Fatalf("host CPU %q contains spaces", v.HostCPU)
		}
	})
}
