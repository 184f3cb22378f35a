package cpufeat

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseCPUInfo(t *testing.T) {
	tests := []struct {
		file, arch string
		want       []string
	}{
		{
			// Two vCPUs of a Sapphire Rapids class VM (AVX-512 FP16/BF16, no AMX).
			file: "xeon_vm.cpuinfo", arch: "amd64",
			want: []string{
				"+adx", "+aes", "+avx", "+avx2", "+avx512bf16", "+avx512bitalg", "+avx512bw",
				"+avx512cd", "+avx512dq", "+avx512f", "+avx512fp16", "+avx512ifma", "+avx512vbmi",
				"+avx512vbmi2", "+avx512vl", "+avx512vnni", "+avx512vpopcntdq", "+avxvnni", "+bmi",
				"+bmi2", "+clflushopt", "+clwb", "+f16c", "+fma", "+gfni", "+lzcnt", "+movbe",
				"+pclmul", "+popcnt", "+prfchw", "+rdrnd", "+rdseed", "+sha", "+sse3", "+sse4.1",
				"+sse4.2", "+ssse3", "+vaes", "+vpclmulqdq", "+xsave", "+xsavec", "+xsaveopt",
				"+xsaves",
			},
		},
		{
			// Zen 3: AVX2 without AVX-512, sse4a and abm; the "vmx flags" line is not "flags".
			file: "zen3.cpuinfo", arch: "amd64",
			want: []string{
				"+adx", "+aes", "+avx", "+avx2", "+bmi", "+bmi2", "+clflushopt", "+clwb", "+f16c",
				"+fma", "+lzcnt", "+movbe", "+pclmul", "+popcnt", "+prfchw", "+rdrnd", "+rdseed",
				"+sha", "+sse3", "+sse4.1", "+sse4.2", "+sse4a", "+ssse3", "+vaes", "+vpclmulqdq",
				"+xsave", "+xsavec", "+xsaveopt", "+xsaves",
			},
		},
		{
			// Only what both processors list: the AVX-512 core has no say.
			file: "hybrid.cpuinfo", arch: "amd64",
			want: []string{"+avx", "+avx2", "+f16c", "+fma", "+popcnt", "+sse3", "+sse4.1", "+sse4.2", "+ssse3"},
		},
		{
			file: "grace.cpuinfo", arch: "arm64",
			want: []string{
				"+aes", "+bf16", "+ccpp", "+complxnum", "+crc", "+dotprod", "+fp16fml", "+fullfp16",
				"+i8mm", "+jsconv", "+lse", "+rcpc", "+rdm", "+sha2", "+sha3", "+sm4", "+sve", "+sve2",
			},
		},
		{
			file: "neoverse_n1.cpuinfo", arch: "arm64",
			want: []string{"+aes", "+ccpp", "+crc", "+dotprod", "+fullfp16", "+lse", "+rcpc", "+rdm", "+sha2"},
		},
		{
			// An x86 text read as arm64 has no "Features" line.
			file: "zen3.cpuinfo", arch: "arm64", want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.file+"/"+tt.arch, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			got, err := ParseCPUInfo(tt.file, tt.arch, data)
			if tt.want == nil {
				if err == nil {
					t.Fatalf("got %v, want an error", got)
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

func TestParseCPUInfoErrors(t *testing.T) {
	tests := []struct {
		name, arch, text, want string
	}{
		{"empty", "amd64", "", `empty: no "flags" line`},
		{"no_flags", "amd64", "processor\t: 0\nmodel name\t: x\n", `no_flags: no "flags" line`},
		{"blank_flags", "amd64", "processor\t: 0\nflags\t:\n", `blank_flags:2: empty "flags" line`},
		{"arm_on_x86", "arm64", "flags\t: fpu sse\n", `arm_on_x86: no "Features" line`},
		{"riscv", "riscv64", "isa\t: rv64imafdc\n", `no CPU feature table for GOARCH "riscv64"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseCPUInfo(tt.name, tt.arch, []byte(tt.text))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestKnownMatchesTables(t *testing.T) {
	for _, arch := range []string{"amd64", "arm64"} {
		seen := map[string]bool{}
		for _, f := range Known(arch) {
			if !strings.HasPrefix(f, "+") || seen[f] {
				t.Errorf("%s: Known lists %q twice or without +", arch, f)
			}
			seen[f] = true
		}
		for name := range xsysFeatures(arch) {
			if !seen["+"+name] {
				t.Errorf("%s: x/sys cross-check names %q, which is not in the flag table", arch, name)
			}
		}
	}
	if got := Known("mips"); got != nil {
		t.Errorf("Known(mips) = %v, want nil", got)
	}
}

func FuzzParseCPUInfo(f *testing.F) {
	for _, name := range []string{"xeon_vm.cpuinfo", "zen3.cpuinfo", "hybrid.cpuinfo", "grace.cpuinfo"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("flags:\nflags: a\n:::\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, arch := range []string{"amd64", "arm64"} {
			got, err := ParseCPUInfo("fuzz", arch, data)
			if err != nil {
				continue
			}
			known := map[string]bool{}
			for _, k := range Known(arch) {
				known[k] = true
			}
			for _, g := range got {
				if !known[g] {
					t.Fatalf("%s: reported %q, which is not in the table", arch, g)
				}
			}
		}
	})
}
