package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/mtc-dev/mtc/internal/driver"
	"github.com/mtc-dev/mtc/internal/evalppl"
	"github.com/spf13/cobra"
)

func init() { extraCommands = append(extraCommands, evalCmd) }

type evalFlags struct {
	weights, text, backend string
	ctx, threads, windows  int
	asJSON                 bool
}

// evalJSON is what mtc eval --json prints.
type evalJSON struct {
	*evalppl.Result
	Backend string `json:"backend"`
	Text    string `json:"text"`
}

func evalCmd() *cobra.Command {
	var f evalFlags
	c := &cobra.Command{
		Use:   "eval ART --weights CKPT --text FILE",
		Short: "Measure perplexity on a text (non-overlapping windows, each from an empty cache)",
		Long: `Measure perplexity on a text. The text is tokenized as one string without BOS and cut
into non-overlapping windows of --ctx tokens (the last partial window is dropped). Each window
runs from an empty KV cache as BOS + w[0:ctx-1]; the logits at position k score w[k], so every
token of every window is scored. ppl = exp(mean negative log-likelihood), with the
log-softmax in float64.

ART is an artifact folder or a model spec (compiled for the interpreter on the fly).
--json prints {"ppl", "mean_nll", "tokens", "windows", "ctx", "seconds", "tokens_per_s", ...}.`,
		Args: exactArgs(1, "one ART"),
		RunE: func(cmd *cobra.Command, args []string) error { return evalMain(cmd, args[0], &f) },
	}
	fl := c.Flags()
	fl.StringVar(&f.weights, "weights", "", "checkpoint: folder, model.safetensors, index json or pytorch_model.bin (required)")
	fl.StringVar(&f.text, "text", "", "text file to evaluate (required)")
	fl.IntVar(&f.ctx, "ctx", 256, "window length in tokens, BOS included")
	fl.IntVar(&f.windows, "max-windows", 0, "evaluate only the first N windows (0 = all)")
	fl.BoolVar(&f.asJSON, "json", false, "print the result as JSON")
	fl.StringVar(&f.backend, "backend", "", "backend: cpu, cuda or interp (default: the artifact's target)")
	fl.IntVar(&f.threads, "threads", 0, "threads (default: all cores)")
	return c
}

func evalMain(cmd *cobra.Command, art string, f *evalFlags) error {
	if f.weights == "" || f.text == "" {
		return usageError{fmt.Errorf("eval: --weights CKPT and --text FILE are required")}
	}
	if f.ctx < 1 || f.windows < 0 {
		return usageError{fmt.Errorf("eval: want --ctx >= 1 and --max-windows >= 0")}
	}
	text, err := os.ReadFile(f.text)
	if err != nil {
		return err
	}
	tok, err := loadTokenizer(f.weights)
	if err != nil {
		return err
	}
	ids := tok.Encode(string(text))
	tokens := make([]int32, len(ids))
	for i, id := range ids {
		tokens[i] = int32(id)
	}
	s, err := driver.Open(cmd.Context(), art, f.weights, driver.OpenOptions{Backend: f.backend, Threads: f.threads, Capacity: f.ctx})
	if err != nil {
		return err
	}
	defer s.Close()
	progress, done := stderrProgress("evaluating")
	r, err := evalppl.Evaluate(cmd.Context(), s.Engine, tokens, evalppl.Options{
		Ctx: f.ctx, BOS: s.Spec.BOS, Vocab: s.Spec.VocabSize, MaxWindows: f.windows, Progress: progress})
	done()
	if err != nil {
		return fmt.Errorf("%s: %w", f.text, err)
	}
	backend := s.Manifest.Target
	if f.asJSON {
		out, err := json.MarshalIndent(evalJSON{Result: r, Backend: backend, Text: f.text}, "", "  ")
		if err != nil {
			return err
		}
		fmt.Println(string(out))
		return nil
	}
	fmt.Printf("ppl %.4f (mean NLL %.5f) over %s tokens: %d windows of %d\n", r.PPL, r.MeanNLL, groupDigits(int64(r.Tokens)), r.Windows, r.Ctx)
	fmt.Printf("%.1f s, %.0f tokens/s (%s backend)\n", r.Seconds, r.TokensPerS, backend)
	return nil
}
