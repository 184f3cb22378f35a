package toolchain

import (
	"context"
	"fmt"
	"runtime"
)

// CompileOptions says how to compile CPU kernels.
type CompileOptions struct {
	CPU        CPU      // from HostCPU or ParseCPU; the zero CPU is LLVM's generic CPU
	OptLevel   OptLevel // zero value: O3
	SourceName string   // the name errors use for the IR; default "kernels.ll"
}

// CompileSharedObject compiles ll, textual LLVM IR, for the host architecture and o.CPU, and
// writes the shared object to out atomically. The IR may omit its target triple and data
// layout: the host's are imposed. Only out is written outside a temporary folder.
func (tc *Toolchain) CompileSharedObject(ctx context.Context, ll []byte, out string, o CompileOptions) error {
	if tc.Linker.Path == "" {
		return tc.linkerErr
	}
	if err := o.OptLevel.check(); err != nil {
		return err
	}
	triple, err := hostTriple(runtime.GOARCH)
	if err != nil {
		return err
	}
	ti, err := tc.target(ctx, triple)
	if err != nil {
		return err
	}
	if err := checkCPU(ti, triple, o.CPU); err != nil {
		return err
	}
	layout, err := tc.DataLayout(ctx, triple)
	if err != nil {
		return err
	}
	w, err := newWorkDir(o.SourceName, ll)
	if err != nil {
		return err
	}
	defer w.remove()

	target := append([]string{"-mtriple=" + triple}, o.CPU.flags()...)
	optArgs := append([]string{tc.Opt.Path, "-data-layout=" + layout}, target...)
	optArgs = append(optArgs, o.OptLevel.optPasses(), w.input, "-o", "opt.bc")
	llcArgs := append([]string{tc.LLC.Path}, target...)
	llcArgs = append(llcArgs, o.OptLevel.llcFlag(), "-filetype=obj", "-relocation-model=pic", "opt.bc", "-o", "kernels.o")
	for _, args := range [][]string{optArgs, llcArgs, tc.Linker.linkArgs("kernels.o", "kernels.so")} {
		if _, _, err := w.tool(args...).run(ctx, nil); err != nil {
			return err
		}
	}
	if err := installFile(w.path("kernels.so"), out, 0o755); err != nil {
		return fmt.Errorf("installing the compiled kernels: %w", err)
	}
	return nil
}
