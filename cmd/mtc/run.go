package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/mtc-dev/mtc/internal/driver"
	"github.com/mtc-dev/mtc/runtime"
	"github.com/mtc-dev/mtc/tokenizer"
	"github.com/mtc-dev/mtc/weights"
	"github.com/spf13/cobra"
)

type runFlags struct {
	weights, tokens, prompt, logitsOut, backend string
	n, topK, threads, ctx                       int
	temperature, topP                           float64
	seed                                        uint64
}

func runCmd() *cobra.Command {
	var f runFlags
	c := &cobra.Command{
		Use:   "run ART --weights CKPT (--tokens IDS | --prompt TEXT)",
		Short: "Run an artifact (or a model spec, compiled on the fly) on a checkpoint and generate",
		Long: `Run an artifact on a checkpoint. ART is an artifact folder written by mtc compile, or a
model spec / config.json, which is compiled for the interpreter on the fly.

With --tokens the generated continuation is printed on stdout as space-separated token ids on
one line, and nothing else goes to stdout. With --prompt the text streams out as it is
generated. -n 16 --temperature 0 is greedy decoding. --logits-out writes a safetensors file
with tokens (I32 [T]) and logits (F32 [T, vocab]) of one prefill over the input.`,
		Args: exactArgs(1, "one ART"),
		RunE: func(cmd *cobra.Command, args []string) error { return runMain(cmd, args[0], &f) },
	}
	fl := c.Flags()
	fl.StringVar(&f.weights, "weights", "", "checkpoint: folder, model.safetensors, index json or pytorch_model.bin (required)")
	fl.StringVar(&f.tokens, "tokens", "", "input token ids, comma-separated (e.g. 2,17,33)")
	fl.StringVar(&f.prompt, "prompt", "", "input text, tokenized with the checkpoint's tokenizer.model (BOS prepended)")
	fl.IntVarP(&f.n, "n", "n", 16, "tokens to generate")
	fl.Float64Var(&f.temperature, "temperature", 0, "sampling temperature; 0 is greedy")
	fl.IntVar(&f.topK, "top-k", 0, "sample among the k most likely tokens (0 = all)")
	fl.Float64Var(&f.topP, "top-p", 1, "nucleus sampling: the smallest set of tokens whose probability reaches p")
	fl.Uint64Var(&f.seed, "seed", 0, "random seed for sampling")
	fl.StringVar(&f.logitsOut, "logits-out", "", "write the logits of every input position to this safetensors file")
	fl.StringVar(&f.backend, "backend", "", "backend: cpu, cuda or interp (default: the artifact's target)")
	fl.IntVar(&f.threads, "threads", 0, "threads (default: all cores)")
	fl.IntVar(&f.ctx, "ctx", 0, "KV-cache capacity in positions (default: min(max_position_embeddings, 4096))")
	return c
}

func runMain(cmd *cobra.Command, art string, f *runFlags) error {
	if f.weights == "" {
		return usageError{fmt.Errorf("run: --weights CKPT is required")}
	}
	if (f.tokens == "") == (f.prompt == "") {
		return usageError{fmt.Errorf("run: give exactly one of --tokens and --prompt")}
	}
	if f.n < 0 || f.temperature < 0 || f.topK < 0 || f.topP <= 0 || f.topP > 1 {
		return usageError{fmt.Errorf("run: want -n >= 0, --temperature >= 0, --top-k >= 0 and 0 < --top-p <= 1")}
	}
	var tok *tokenizer.Tokenizer
	var input []int32
	if f.tokens != "" {
		ids, err := parseTokens(f.tokens)
		if err != nil {
			return usageError{err}
		}
		input = ids
	} else {
		var err error
		if tok, err = loadTokenizer(f.weights); err != nil {
			return err
		}
		for _, id := range tok.EncodeWithBOS(f.prompt) {
			input = append(input, int32(id))
		}
	}
	ctx := f.ctx
	if ctx == 0 && len(input)+f.n > 0 {
		ctx = 0 // default capacity
	}
	s, err := driver.Open(cmd.Context(), art, f.weights, driver.OpenOptions{Backend: f.backend, Threads: f.threads, Capacity: ctx})
	if err != nil {
		return err
	}
	defer s.Close()
	for i, id := range input {
		if int(id) >= s.Spec.VocabSize {
			return usageError{fmt.Errorf("run: token id %d (item %d) is outside the vocabulary [0,%d) of model %s", id, i+1, s.Spec.VocabSize, s.Spec.Name)}
		}
	}

	var prefill []float32
	if f.logitsOut != "" {
		logits, err := s.Engine.Step(input, len(input))
		if err != nil {
			return err
		}
		if err := writeLogits(f.logitsOut, input, logits, s.Spec.VocabSize); err != nil {
			return err
		}
		prefill = logits[(len(input)-1)*s.Spec.VocabSize:]
	}
	if f.n == 0 {
		return nil
	}
	sm := &runtime.Sampler{Temperature: f.temperature, TopK: f.topK, TopP: f.topP, Seed: f.seed}
	var stream *tokenizer.Stream
	if tok != nil {
		stream = tokenizer.NewStream(tok)
		// Push the prompt first so the first generated piece keeps its leading space.
		for _, id := range input {
			stream.Push(int(id))
		}
		fmt.Print(f.prompt)
	}
	var out []string
	onToken := func(id int32) bool {
		if stream != nil {
			fmt.Print(stream.Push(int(id)))
		} else {
			out = append(out, strconv.Itoa(int(id)))
		}
		return true
	}
	if err := generate(s.Engine, input, prefill, f.n, sm, s.Spec.EOS, onToken); err != nil {
		return err
	}
	if stream != nil {
		fmt.Println(stream.Flush())
	} else {
		fmt.Println(strings.Join(out, " "))
	}
	return nil
}

func parseTokens(s string) ([]int32, error) {
	var ids []int32
	for i, part := range strings.Split(s, ",") {
		n, err := strconv.ParseInt(strings.TrimSpace(part), 10, 32)
		if err != nil || n < 0 {
			return nil, fmt.Errorf("--tokens: item %d (%q) is not a non-negative token id", i+1, part)
		}
		ids = append(ids, int32(n))
	}
	return ids, nil
}

func loadTokenizer(weightsPath string) (*tokenizer.Tokenizer, error) {
	dir := weightsPath
	if fi, err := os.Stat(weightsPath); err == nil && !fi.IsDir() {
		dir = filepath.Dir(weightsPath)
	}
	return tokenizer.Load(dir)
}

func writeLogits(path string, tokens []int32, logits []float32, vocab int) error {
	data, err := weights.EncodeFloat32(weights.F32, logits)
	if err != nil {
		return err
	}
	return weights.Write(path, []weights.WriteTensor{
		{Name: "tokens", DType: weights.I32, Shape: []int64{int64(len(tokens))}, Data: weights.EncodeInt32(tokens)},
		{Name: "logits", DType: weights.F32, Shape: []int64{int64(len(tokens)), int64(vocab)}, Data: data},
	}, map[string]string{"producer": "mtc"})
}

// generate samples n tokens after input. prefill, when not nil, is the logits row of the last
// input position from an earlier prefill (so the prompt is not run twice).
func generate(e driver.Engine, input []int32, prefill []float32, n int, sm *runtime.Sampler, eos int, onToken func(int32) bool) error {
	row := prefill
	if row == nil {
		var err error
		if row, err = e.Step(input, 1); err != nil {
			return err
		}
	}
	for i := 0; i < n; i++ {
		id, err := sm.Sample(row)
		if err != nil {
			return err
		}
		if !onToken(id) || int(id) == eos || i == n-1 {
			return nil
		}
		if row, err = e.Step([]int32{id}, 1); err != nil {
			return err
		}
	}
	return nil
}
