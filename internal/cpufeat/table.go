package cpufeat

// flagRule says that the LLVM feature Feature is present when the kernel lists every flag in
// Flags.
type flagRule struct {
	Feature string   // LLVM name, without "+"
	Flags   []string // /proc/cpuinfo names; all must be present
}

// x86Rules maps Linux x86 /proc/cpuinfo flags (arch/x86/include/asm/cpufeatures.h spellings)
// to LLVM X86 subtarget features. Most names agree; the rows with comments do not.
var x86Rules = []flagRule{
	{"sse3", []string{"pni"}}, // "Prescott New Instructions"
	{"ssse3", []string{"ssse3"}},
	{"sse4.1", []string{"sse4_1"}},
	{"sse4.2", []string{"sse4_2"}},
	{"sse4a", []string{"sse4a"}},
	{"popcnt", []string{"popcnt"}},
	{"lzcnt", []string{"abm"}}, // CPUID 0x80000001 ECX[5], LZCNT (AMD's "ABM")
	{"bmi", []string{"bmi1"}},
	{"bmi2", []string{"bmi2"}},
	{"movbe", []string{"movbe"}},
	{"aes", []string{"aes"}},
	{"pclmul", []string{"pclmulqdq"}},
	{"sha", []string{"sha_ni"}},
	{"adx", []string{"adx"}},
	{"rdrnd", []string{"rdrand"}},
	{"rdseed", []string{"rdseed"}},
	{"prfchw", []string{"3dnowprefetch"}}, // PREFETCHW, CPUID 0x80000001 ECX[8]
	{"xsave", []string{"xsave"}},
	{"xsaveopt", []string{"xsaveopt"}},
	{"xsavec", []string{"xsavec"}},
	{"xsaves", []string{"xsaves"}},
	{"clflushopt", []string{"clflushopt"}},
	{"clwb", []string{"clwb"}},
	{"avx", []string{"avx"}},
	{"avx2", []string{"avx2"}},
	{"fma", []string{"fma"}},
	{"fma4", []string{"fma4"}},
	{"xop", []string{"xop"}},
	{"f16c", []string{"f16c"}},
	{"vaes", []string{"vaes"}},
	{"vpclmulqdq", []string{"vpclmulqdq"}},
	{"gfni", []string{"gfni"}},
	{"avxvnni", []string{"avx_vnni"}},
	{"avx512f", []string{"avx512f"}},
	{"avx512cd", []string{"avx512cd"}},
	{"avx512dq", []string{"avx512dq"}},
	{"avx512bw", []string{"avx512bw"}},
	{"avx512vl", []string{"avx512vl"}},
	{"avx512ifma", []string{"avx512ifma"}},
	{"avx512vbmi", []string{"avx512vbmi"}},
	{"avx512vbmi2", []string{"avx512_vbmi2"}},
	{"avx512vnni", []string{"avx512_vnni"}},
	{"avx512bitalg", []string{"avx512_bitalg"}},
	{"avx512vpopcntdq", []string{"avx512_vpopcntdq"}},
	{"avx512bf16", []string{"avx512_bf16"}},
	{"avx512fp16", []string{"avx512_fp16"}},
	{"avx512vp2intersect", []string{"avx512_vp2intersect"}},
	{"avx512er", []string{"avx512er"}}, // Xeon Phi only
	{"avx512pf", []string{"avx512pf"}}, // Xeon Phi only
	{"amx-tile", []string{"amx_tile"}},
	{"amx-int8", []string{"amx_int8"}},
	{"amx-bf16", []string{"amx_bf16"}},
}

// arm64Rules maps Linux arm64 /proc/cpuinfo "Features" (the HWCAP names of
// arch/arm64/kernel/cpuinfo.c) to LLVM AArch64 subtarget features.
var arm64Rules = []flagRule{
	{"aes", []string{"aes", "pmull"}},  // LLVM's "aes" covers AESE/AESD and PMULL
	{"sha2", []string{"sha1", "sha2"}}, // LLVM's "sha2" covers SHA1 and SHA256
	{"sha3", []string{"sha3", "sha512"}},
	{"sm4", []string{"sm3", "sm4"}},
	{"crc", []string{"crc32"}},
	{"lse", []string{"atomics"}},
	{"rdm", []string{"asimdrdm"}},
	{"fullfp16", []string{"fphp", "asimdhp"}},
	{"fp16fml", []string{"asimdfhm"}},
	{"dotprod", []string{"asimddp"}},
	{"rcpc", []string{"lrcpc"}},
	{"jsconv", []string{"jscvt"}},
	{"complxnum", []string{"fcma"}},
	{"ccpp", []string{"dcpop"}},
	{"i8mm", []string{"i8mm"}},
	{"bf16", []string{"bf16"}},
	{"sve", []string{"sve"}},
	{"sve2", []string{"sve2"}},
}

// rulesFor returns the table for a GOARCH value, or nil.
func rulesFor(arch string) []flagRule {
	switch arch {
	case "amd64":
		return x86Rules
	case "arm64":
		return arm64Rules
	}
	return nil
}

// flagsKey is the /proc/cpuinfo key that holds the flag list on arch.
func flagsKey(arch string) string {
	if arch == "arm64" {
		return "Features"
	}
	return "flags"
}

// Known returns the LLVM features (as "+name", in table order) that this package can detect on
// arch, a GOARCH value such as "amd64". It returns nil for architectures without a table.
func Known(arch string) []string {
	rules := rulesFor(arch)
	if rules == nil {
		return nil
	}
	out := make([]string, len(rules))
	for i, r := range rules {
		out[i] = "+" + r.Feature
	}
	return out
}
