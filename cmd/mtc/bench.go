package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/mtc-dev/mtc/internal/driver"
	"github.com/spf13/cobra"
)

func init() { extraCommands = append(extraCommands, benchCmd) }

func benchCmd() *cobra.Command {
	var weightsPath, prompts string
	var random, asJSON bool
	var decode, threads, repeats int
	var seed uint64
	c := &cobra.Command{
		Use:   "bench ART (--weights CKPT | --random-weights)",
		Short: "Measure prefill and decode speed against this machine's memory bandwidth and FMA peak",
		Long: `Measures prefill tokens/s and GFLOP/s for prompts of the given lengths, decode tokens/s,
the weight-streaming bandwidth achieved in decode, and, in the same run with the same code
generator, the machine's memory read bandwidth (STREAM-like) and fp32 FMA peak; reports decode
bandwidth and prefill GFLOP/s as fractions of those. On CPUs the memory read bandwidth decode is
compared with is measured by plain-read passes between the decode steps, so that both see the
machine in the same seconds; the best single pass is reported too.`,
		Args: exactArgs(1, "one ART"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if random == (weightsPath != "") {
				return usageError{fmt.Errorf("bench: give exactly one of --weights and --random-weights")}
			}
			var ps []int
			for _, p := range strings.Split(prompts, ",") {
				n, err := strconv.Atoi(strings.TrimSpace(p))
				if err != nil || n <= 0 {
					return usageError{fmt.Errorf("bench: --prompt-tokens: %q is not a positive number", p)}
				}
				ps = append(ps, n)
			}
			capacity := decode + 1
			for _, p := range ps {
				capacity = max(capacity, p)
			}
			s, err := driver.Open(cmd.Context(), args[0], weightsPath, driver.OpenOptions{Backend: "", Threads: threads, Capacity: capacity, Seed: seed})
			if err != nil {
				return err
			}
			defer s.Close()
			progress := func(msg string) { fmt.Fprintln(os.Stderr, "mtc bench:", msg) }
			if asJSON {
				progress = nil
			}
			r, err := driver.Bench(s, driver.BenchOptions{Prompts: ps, Decode: decode, Repeats: repeats}, progress)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				data, _ := json.MarshalIndent(r, "", "  ")
				fmt.Fprintln(out, string(data))
				return nil
			}
			fmt.Fprintf(out, "model %s (%s weights, %s), target %s, %d threads, precision %s\n", r.Model, r.DType, r.Weights, r.Target, r.Threads, r.Precision)
			fmt.Fprintf(out, "cpu %s, mtc %s\n", r.CPUModel, r.MTCVersion)
			for _, p := range r.Prefill {
				frac := "FMA peak not measured"
				if r.FMAPeakGFLOPs > 0 {
					frac = fmt.Sprintf("%.2f of FMA peak; work executed %.1f GFLOP/s, %.2f", p.GFLOPs/r.FMAPeakGFLOPs, p.ExecutedGFLOPs, p.ExecutedGFLOPs/r.FMAPeakGFLOPs)
				}
				fmt.Fprintf(out, "prefill %5d tokens: %9.1f tok/s  %8.1f GFLOP/s  (%s)\n", p.Tokens, p.TokS, p.GFLOPs, frac)
			}
			fmt.Fprintf(out, "decode  %5d tokens: %9.2f tok/s  %8.2f GB/s weights  (%.2f of memory read bandwidth)\n", r.DecodeTokens, r.DecodeTokS, r.DecodeGBs, r.DecodeBWFraction)
			if r.Target == "cuda" {
				fmt.Fprintf(out, "device: memory bandwidth %.0f GB/s (from the device's memory clock and bus width)\n", r.StreamReadGBs)
			} else {
				during := ""
				if r.DecodeTokens > 0 && r.StreamReadGBs != r.StreamReadPeakGBs {
					during = fmt.Sprintf(" between the decode steps (%.2f of the best single pass, %.2f GB/s)", r.StreamReadGBs/r.StreamReadPeakGBs, r.StreamReadPeakGBs)
				}
				fmt.Fprintf(out, "machine: memory read %.2f GB/s%s, fp32 FMA peak %.1f GFLOP/s (measured in this run)\n", r.StreamReadGBs, during, r.FMAPeakGFLOPs)
			}
			return nil
		},
	}
	f := c.Flags()
	f.StringVar(&weightsPath, "weights", "", "checkpoint to run")
	f.BoolVar(&random, "random-weights", false, "use random weights of the artifact's shapes (no checkpoint needed)")
	f.Uint64Var(&seed, "seed", 1, "seed of the random weights")
	f.StringVar(&prompts, "prompt-tokens", "64,512", "prefill lengths to measure, comma-separated")
	f.IntVar(&decode, "decode-tokens", 64, "tokens to decode")
	f.IntVar(&threads, "threads", 0, "threads (default: all cores)")
	f.IntVar(&repeats, "repeats", 3, "best of this many runs per figure")
	f.BoolVar(&asJSON, "json", false, "print JSON")
	return c
}
