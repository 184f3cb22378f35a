package toolchain

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
)

// DefaultPTXArch is the GPU architecture CompilePTX targets by default. LLVM 14 knows no newer
// one than sm_86; the CUDA driver compiles sm_80 PTX for later GPUs (sm_89, sm_90) when it
// loads it.
const DefaultPTXArch = "sm_80"

// PTXOptions says how to compile GPU kernels.
type PTXOptions struct {
	Arch string // "sm_80", "sm_86", ...; default DefaultPTXArch
	// PTXVersion is the PTX ISA version times ten (70 for PTX 7.0), passed as -mattr=+ptx70.
	// Zero leaves it to LLVM, which uses the lowest version Arch allows; LLVM also raises a
	// version that is too low for Arch to that minimum.
	PTXVersion int
	OptLevel   OptLevel // zero value: O3
	SourceName string   // the name errors use for the IR; default "kernels.ll"
}

var smRE = regexp.MustCompile(`^sm_(\d+)$`)

// CompilePTX compiles ll, textual LLVM IR for NVPTX (kernels marked in !nvvm.annotations), to
// PTX assembly for o.Arch.
func (tc *Toolchain) CompilePTX(ctx context.Context, ll []byte, o PTXOptions) (string, error) {
	if err := o.OptLevel.check(); err != nil {
		return "", err
	}
	cpu, err := tc.ptxCPU(ctx, o)
	if err != nil {
		return "", err
	}
	layout, err := tc.DataLayout(ctx, tripleNVPTX)
	if err != nil {
		return "", err
	}
	w, err := newWorkDir(o.SourceName, ll)
	if err != nil {
		return "", err
	}
	defer w.remove()

	target := append([]string{"-mtriple=" + tripleNVPTX}, cpu.flags()...)
	optArgs := append([]string{tc.Opt.Path, "-data-layout=" + layout}, target...)
	optArgs = append(optArgs, o.OptLevel.optPasses(), w.input, "-o", "opt.bc")
	llcArgs := append([]string{tc.LLC.Path}, target...)
	llcArgs = append(llcArgs, o.OptLevel.llcFlag(), "opt.bc", "-o", "kernels.ptx")
	for _, args := range [][]string{optArgs, llcArgs} {
		if _, _, err := w.tool(args...).run(ctx, nil); err != nil {
			return "", err
		}
	}
	ptx, err := os.ReadFile(w.path("kernels.ptx"))
	if err != nil {
		return "", err
	}
	return string(ptx), nil
}

// ptxCPU checks o's architecture and PTX version against what llc knows.
func (tc *Toolchain) ptxCPU(ctx context.Context, o PTXOptions) (CPU, error) {
	ti, err := tc.target(ctx, tripleNVPTX)
	if err != nil {
		return CPU{}, err
	}
	arch := o.Arch
	if arch == "" {
		arch = DefaultPTXArch
	}
	if !ti.cpus[arch] {
		newest, newestN := "", -1
		for _, c := range ti.CPUs {
			if m := smRE.FindStringSubmatch(c); m != nil {
				if n, err := strconv.Atoi(m[1]); err == nil && n > newestN {
					newest, newestN = c, n
				}
			}
		}
		if m := smRE.FindStringSubmatch(arch); m != nil && newestN >= 0 {
			if n, err := strconv.Atoi(m[1]); err == nil && n > newestN {
				return CPU{}, fmt.Errorf("GPU architecture %s is newer than LLVM 14 knows (its newest is %s): compile for %s or %s instead; "+
					"the CUDA driver compiles that PTX for %s when it loads it", arch, newest, DefaultPTXArch, newest, arch)
			}
		}
		return CPU{}, fmt.Errorf("unknown GPU architecture %q%s: LLVM 14 knows %s", arch, didYouMean(arch, ti.CPUs, ""), strings.Join(ti.CPUs, ", "))
	}
	c := CPU{Name: arch}
	if o.PTXVersion != 0 {
		f := fmt.Sprintf("ptx%d", o.PTXVersion)
		if !ti.features[f] {
			var known []string
			for _, k := range ti.Features {
				if strings.HasPrefix(k, "ptx") {
					known = append(known, k[3:])
				}
			}
			return CPU{}, fmt.Errorf("PTX version %d is not one LLVM 14 can write; it knows %s (version times ten)", o.PTXVersion, strings.Join(known, ", "))
		}
		c.Attrs = []string{"+" + f}
	}
	return c, nil
}
