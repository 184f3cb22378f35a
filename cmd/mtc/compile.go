package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/internal/driver"
	"github.com/mtc-dev/mtc/passes"
	"github.com/spf13/cobra"
)

func compileCmd() *cobra.Command {
	var out, target, printAfter, cpu, features, gpuArch, crashDir, kvDType string
	var weightsDType, precision string
	var listPasses bool
	c := &cobra.Command{
		Use:   "compile MODEL -o ART",
		Short: "Compile a model into an artifact folder (native code for the CPU by default)",
		Args: func(cmd *cobra.Command, args []string) error {
			if listPasses {
				return nil
			}
			return exactArgs(1, "one MODEL")(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if listPasses {
				for _, p := range passes.Pipeline {
					req := ""
					if p.Required {
						req = " (required)"
					}
					fmt.Printf("%-18s %s%s\n", p.Name, p.Doc, req)
				}
				return nil
			}
			if out == "" {
				return usageError{fmt.Errorf("compile: -o ART is required")}
			}
			switch kvDType {
			case "f32", "f16", "bf16":
			default:
				return usageError{fmt.Errorf("compile: --kv-dtype %q: want f32, f16 or bf16", kvDType)}
			}
			switch weightsDType {
			case "", "int8":
			default:
				return usageError{fmt.Errorf("compile: --weights-dtype %q: want int8 (or leave it out for the checkpoint's dtypes)", weightsDType)}
			}
			switch precision {
			case "exact", "fast":
			default:
				return usageError{fmt.Errorf("compile: --precision %q: want exact or fast", precision)}
			}
			o := &driver.CompileOptions{Target: target, Dump: os.Stdout, CPU: cpu, GPUArch: gpuArch, CrashDir: crashDir, KVDType: kvDType}
			o.WeightsDType, o.Precision = weightsDType, precision
			if features != "" {
				o.CPUFeatures = strings.Split(features, ",")
			}
			if printAfter != "" {
				names := strings.Split(printAfter, ",")
				if err := passes.ValidatePrintAfter(names); err != nil {
					return usageError{err}
				}
				o.PrintAfter = map[string]bool{}
				for _, n := range names {
					o.PrintAfter[n] = true
				}
			}
			start := time.Now()
			m, err := driver.Compile(cmd.Context(), args[0], out, o)
			if err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "mtc: compiled %s for %s into %s in %.2fs: %d kernels, %d launches, arenas %d bytes per token + %d per logit row\n",
				m.Model.Name, m.Target, out, time.Since(start).Seconds(), len(m.Kernels), len(m.Program), m.ArenaBytesPerToken, m.ArenaBytesPerRow)
			return nil
		},
	}
	f := c.Flags()
	f.StringVarP(&out, "output", "o", "", "artifact folder to write (replaced atomically)")
	f.StringVar(&target, "target", artifact.TargetCPU, "target: cpu, cuda or interp")
	f.StringVar(&printAfter, "print-after", "", "print the IR after these passes (comma-separated names, or all)")
	f.BoolVar(&listPasses, "list-passes", false, "list the pass pipeline and exit")
	f.StringVar(&cpu, "cpu", "", "LLVM CPU to compile for (default: this host's CPU)")
	f.StringVar(&features, "cpu-features", "", "LLVM target features, e.g. +avx2,+fma (default: this host's)")
	f.StringVar(&gpuArch, "gpu-arch", "sm_80", "CUDA architecture for --target cuda")
	f.StringVar(&crashDir, "crash-dir", os.TempDir(), "where the IR before a failing pass is written")
	f.StringVar(&weightsDType, "weights-dtype", "", "matmul weight format: int8 (quantised at load time, blocks of 32 with a scale); default: as the checkpoint stores them")
	f.StringVar(&precision, "precision", "exact", "matmul arithmetic: exact (f32) or fast (prefill in half FMAs for bf16/f16 weights on AVX512-FP16 CPUs, else bf16 dot products; int8 dot products for int8 weights)")
	f.StringVar(&kvDType, "kv-dtype", "f32", "KV-cache element type of CPU code: f32, or f16 / bf16 (half the memory and bandwidth, keys and values rounded)")
	return c
}
