package cpufeat

import (
	"fmt"
	"os"
	"runtime"
	"sort"

	"golang.org/x/sys/cpu"
)

// Host returns the features of the machine it runs on, sorted, as "+name". See the package
// documentation for the sources it reads and how they are combined.
func Host() ([]string, error) {
	return host(runtime.GOOS, runtime.GOARCH, func() ([]byte, error) {
		return os.ReadFile("/proc/cpuinfo")
	}, xsysFeatures(runtime.GOARCH))
}

// host is Host with its inputs passed in: read returns /proc/cpuinfo, and xsys holds every
// feature x/sys/cpu knows on arch, mapped to whether it reports it.
func host(goos, arch string, read func() ([]byte, error), xsys map[string]bool) ([]string, error) {
	if rulesFor(arch) == nil {
		return nil, fmt.Errorf("host CPU feature detection supports amd64 and arm64, not %s", arch)
	}
	if goos != "linux" {
		var out []string
		for _, f := range Known(arch) {
			if xsys[f[1:]] {
				out = append(out, f)
			}
		}
		sort.Strings(out)
		return out, nil
	}
	data, err := read()
	if err != nil {
		return nil, fmt.Errorf("reading host CPU features: %w", err)
	}
	feats, err := ParseCPUInfo("/proc/cpuinfo", arch, data)
	if err != nil {
		return nil, err
	}
	return crossCheck(feats, xsys), nil
}

// crossCheck drops from feats (sorted "+name") every feature that x/sys/cpu knows but does not
// report.
func crossCheck(feats []string, xsys map[string]bool) []string {
	out := feats[:0:0]
	for _, f := range feats {
		if has, known := xsys[f[1:]]; known && !has {
			continue
		}
		out = append(out, f)
	}
	return out
}

// xsysFeatures maps the LLVM names of the features x/sys/cpu detects on arch to its answer.
// Only fields whose meaning matches the LLVM feature exactly are listed: x/sys/cpu's
// HasAVX512VAES, HasAVX512GFNI and HasAVX512VPCLMULQDQ, for instance, also require AVX-512,
// while LLVM's vaes, gfni and vpclmulqdq do not.
func xsysFeatures(arch string) map[string]bool {
	switch arch {
	case "amd64":
		x := &cpu.X86
		return map[string]bool{
			"sse3": x.HasSSE3, "ssse3": x.HasSSSE3, "sse4.1": x.HasSSE41, "sse4.2": x.HasSSE42,
			"popcnt": x.HasPOPCNT, "lzcnt": x.HasLZCNT, "bmi": x.HasBMI1, "bmi2": x.HasBMI2,
			"movbe": x.HasMOVBE, "aes": x.HasAES, "pclmul": x.HasPCLMULQDQ, "adx": x.HasADX,
			"rdrnd": x.HasRDRAND, "rdseed": x.HasRDSEED, "xsave": x.HasXSAVE,
			"avx": x.HasAVX, "avx2": x.HasAVX2, "fma": x.HasFMA, "f16c": x.HasF16C,
			"avxvnni": x.HasAVXVNNI,
			"avx512f": x.HasAVX512F, "avx512cd": x.HasAVX512CD, "avx512dq": x.HasAVX512DQ,
			"avx512bw": x.HasAVX512BW, "avx512vl": x.HasAVX512VL, "avx512ifma": x.HasAVX512IFMA,
			"avx512vbmi": x.HasAVX512VBMI, "avx512vbmi2": x.HasAVX512VBMI2,
			"avx512vnni": x.HasAVX512VNNI, "avx512bitalg": x.HasAVX512BITALG,
			"avx512vpopcntdq": x.HasAVX512VPOPCNTDQ, "avx512bf16": x.HasAVX512BF16,
			"avx512er": x.HasAVX512ER, "avx512pf": x.HasAVX512PF,
			"amx-tile": x.HasAMXTile, "amx-int8": x.HasAMXInt8, "amx-bf16": x.HasAMXBF16,
		}
	case "arm64":
		a := &cpu.ARM64
		return map[string]bool{
			"aes": a.HasAES && a.HasPMULL, "sha2": a.HasSHA1 && a.HasSHA2,
			"sha3": a.HasSHA3 && a.HasSHA512, "sm4": a.HasSM3 && a.HasSM4,
			"crc": a.HasCRC32, "lse": a.HasATOMICS, "rdm": a.HasASIMDRDM,
			"fullfp16": a.HasFPHP && a.HasASIMDHP, "fp16fml": a.HasASIMDFHM,
			"dotprod": a.HasASIMDDP, "rcpc": a.HasLRCPC, "jsconv": a.HasJSCVT,
			"complxnum": a.HasFCMA, "ccpp": a.HasDCPOP, "i8mm": a.HasI8MM,
			"sve": a.HasSVE, "sve2": a.HasSVE2,
		}
	}
	return nil
}
