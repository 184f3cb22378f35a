package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/mtc-dev/mtc/models"
	"github.com/mtc-dev/mtc/prune"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

func init() { extraCommands = append(extraCommands, pruneCmd) }

type pruneFlags struct {
	weights, calib, out, to, dropLayers, method, neuronMetric, name, model string
	hidden, ffn, heads, kvHeads, layers, calibTokens, seq                  int
	seed                                                                   uint64
}

func pruneCmd() *cobra.Command {
	var f pruneFlags
	c := &cobra.Command{
		Use:   "prune --weights CKPT --calib TEXT -o OUT (--to SPEC | --hidden N --ffn N --heads N --kv-heads N --layers N | --drop-layers 3,7)",
		Short: "Prune a checkpoint with the Minitron method (activation importance, structured slicing)",
		Long: `Prune a checkpoint to a smaller shape with the Minitron method: run the model over the
calibration text (through the reference interpreter), score every attention head, MLP neuron,
residual channel and layer by its activations (per window mean |activation|, L2 over windows;
block importance 1 - cos(x_in, x_out) for layers), keep the most important ones and slice the
weights. Query heads are pruned within their KV group (whole groups go only when --kv-heads
shrinks); every layer keeps the same number of heads per group.

The target is a spec (--to, YAML or config.json) or uniform sizes; sizes not given keep the
source's. --layers N deletes the layers of lowest block importance, --drop-layers names them.
--method random keeps random units of the same shapes (the baseline; --random-seed).

OUT is a Hugging Face-layout folder: config.json, model.safetensors (source dtype),
tokenizer.model, model.yaml and prune-report.json (all scores, and what was removed).`,
		Args: exactArgs(0, "no positional arguments"),
		RunE: func(cmd *cobra.Command, args []string) error { return pruneMain(cmd, &f) },
	}
	fl := c.Flags()
	fl.StringVar(&f.weights, "weights", "", "source checkpoint: folder, model.safetensors, index json or pytorch_model.bin (required)")
	fl.StringVar(&f.model, "model", "", "source model spec (default: model.yaml or config.json next to the weights)")
	fl.StringVar(&f.calib, "calib", "", "calibration text file (required for --method importance)")
	fl.StringVarP(&f.out, "out", "o", "", "output folder (must not exist or be empty; required)")
	fl.StringVar(&f.to, "to", "", "target model spec (YAML or config.json)")
	fl.IntVar(&f.hidden, "hidden", 0, "target hidden size (residual channels)")
	fl.IntVar(&f.ffn, "ffn", 0, "target MLP width of every layer")
	fl.IntVar(&f.heads, "heads", 0, "target query heads of every layer")
	fl.IntVar(&f.kvHeads, "kv-heads", 0, "target KV heads (query groups) of every layer")
	fl.IntVar(&f.layers, "layers", 0, "layers to keep (the lowest block importance go)")
	fl.StringVar(&f.dropLayers, "drop-layers", "", "checkpoint layers to delete, comma-separated (e.g. 3,7)")
	fl.IntVar(&f.calibTokens, "calib-tokens", prune.DefaultCalibTokens, "use at most this many tokens of the calibration text")
	fl.IntVar(&f.seq, "seq", 256, "calibration window length in tokens, BOS included")
	fl.StringVar(&f.method, "method", prune.MethodImportance, "importance or random")
	fl.Uint64Var(&f.seed, "random-seed", 0, "seed of --method random")
	fl.StringVar(&f.neuronMetric, "neuron-metric", prune.NeuronSqReLU, "MLP neuron activation to score: sqrelu (down_proj input, ModelOpt) or up (up_proj output, the paper)")
	fl.StringVar(&f.name, "name", "", "name of the pruned model (default: the source's name + \"-pruned\")")
	return c
}

func pruneMain(cmd *cobra.Command, f *pruneFlags) error {
	if f.weights == "" || f.out == "" {
		return usageError{fmt.Errorf("prune: --weights CKPT and -o OUT are required")}
	}
	sizes := f.hidden != 0 || f.ffn != 0 || f.heads != 0 || f.kvHeads != 0 || f.layers != 0 || f.dropLayers != ""
	if f.to != "" && sizes {
		return usageError{fmt.Errorf("prune: give either --to SPEC or target sizes (--hidden, --ffn, --heads, --kv-heads, --layers, --drop-layers), not both")}
	}
	if f.layers != 0 && f.dropLayers != "" {
		return usageError{fmt.Errorf("prune: give either --layers N or --drop-layers LIST, not both")}
	}
	if f.seq < 2 || f.calibTokens < 1 {
		return usageError{fmt.Errorf("prune: want --seq >= 2 and --calib-tokens >= 1")}
	}
	cfg := &prune.Config{
		Weights: f.weights, CalibFile: f.calib, CalibTokens: f.calibTokens,
		Calib:  prune.CalibOptions{Seq: f.seq, NeuronMetric: f.neuronMetric},
		Method: f.method, Seed: f.seed, Name: f.name, Out: f.out,
		Target: prune.Target{Hidden: f.hidden, FFN: f.ffn, Heads: f.heads, KVHeads: f.kvHeads, Layers: f.layers},
	}
	if f.model != "" {
		s, err := models.Load(f.model)
		if err != nil {
			return err
		}
		cfg.Spec = s
	}
	if f.to != "" {
		s, err := models.Load(f.to)
		if err != nil {
			return err
		}
		cfg.Target.Spec = s
	}
	if f.dropLayers != "" {
		for i, part := range strings.Split(f.dropLayers, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(part))
			if err != nil || n < 0 {
				return usageError{fmt.Errorf("prune: --drop-layers: item %d (%q) is not a layer index", i+1, part)}
			}
			cfg.Target.DropLayers = append(cfg.Target.DropLayers, n)
		}
	}
	progress, done := stderrProgress("calibrating")
	cfg.Calib.Progress = progress
	rep, err := prune.Run(cmd.Context(), cfg)
	done()
	if err != nil {
		return err
	}
	if c := rep.Calibration; c != nil {
		fmt.Fprintf(os.Stderr, "calibration: %d windows, %d tokens in %.1f s\n", c.Windows, c.Tokens, c.Seconds)
	}
	fmt.Printf("%s -> %s: %s parameters -> %s (%.1f%%), non-embedding %s -> %s\n", rep.Model, f.out,
		groupDigits(rep.Before.Params), groupDigits(rep.After.Params), 100*float64(rep.After.Params)/float64(rep.Before.Params),
		groupDigits(rep.Before.NonEmbeddingParams), groupDigits(rep.After.NonEmbeddingParams))
	heads, kv, neurons := 0, 0, 0
	for _, l := range rep.Removed.PerLayer {
		heads, kv, neurons = heads+len(l.Heads), kv+len(l.KVHeads), neurons+len(l.Neurons)
	}
	fmt.Printf("removed: layers %v, %d residual channels, %d query heads, %d KV heads, %d MLP neurons (%s)\n",
		rep.Removed.Layers, len(rep.Removed.EmbeddingChannels), heads, kv, neurons, rep.Method)
	return nil
}

// stderrProgress returns a progress callback that draws a bar on stderr when stderr is a
// terminal (and does nothing otherwise), and a function that finishes the bar.
func stderrProgress(what string) (func(done, total int), func()) {
	if !term.IsTerminal(int(os.Stderr.Fd())) {
		return nil, func() {}
	}
	var bar *progressbar.ProgressBar
	return func(done, total int) {
			if bar == nil {
				bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(os.Stderr), progressbar.OptionSetDescription(what),
					progressbar.OptionShowCount(), progressbar.OptionSetPredictTime(true), progressbar.OptionClearOnFinish())
			}
			bar.Set(done)
		}, func() {
			if bar != nil {
				bar.Finish()
			}
		}
}

// groupDigits writes n with thousands separators: 4133376 -> 4,133,376.
func groupDigits(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
