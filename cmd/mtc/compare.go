package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/internal/driver"
	"github.com/mtc-dev/mtc/internal/evalppl"
	"github.com/mtc-dev/mtc/models"
	"github.com/spf13/cobra"
)

func init() { extraCommands = append(extraCommands, compareCmd) }

type compareFlags struct {
	text, backend, kvDType string
	ctx, threads, decode   int
	measure, asJSON        bool
}

// compareRow is one candidate of mtc compare (also its --json form).
type compareRow struct {
	Name       string `json:"name"`
	Path       string `json:"path"`
	Checkpoint bool   `json:"checkpoint"` // weights were found next to the spec

	Params             int64  `json:"params"`
	NonEmbeddingParams int64  `json:"params_non_embedding"`
	Ctx                int    `json:"ctx"`
	FLOPsPerToken      int64  `json:"flops_per_token"` // one decoded token attending to Ctx positions
	KVDType            string `json:"kv_dtype"`
	KVBytesPerToken    int64  `json:"kv_bytes_per_token"`
	KVBytesAtCtx       int64  `json:"kv_bytes_at_ctx"`
	WeightDType        string `json:"weight_dtype"`
	WeightBytes        int64  `json:"weight_bytes"`

	Measured   *compareSpeed   `json:"measured,omitempty"`
	MeasuredNA string          `json:"measured_na,omitempty"` // why there is no measurement
	PPL        *evalppl.Result `json:"perplexity,omitempty"`
	PPLNA      string          `json:"perplexity_na,omitempty"`
}

// compareSpeed is a measured prefill and decode speed.
type compareSpeed struct {
	Backend       string  `json:"backend"`
	Weights       string  `json:"weights"` // "checkpoint" or "random"
	Threads       int     `json:"threads"` // 0: all cores
	PrefillTokens int     `json:"prefill_tokens"`
	PrefillTPS    float64 `json:"prefill_tokens_per_s"`
	DecodeTokens  int     `json:"decode_tokens"`
	DecodeTPS     float64 `json:"decode_tokens_per_s"`
}

func compareCmd() *cobra.Command {
	var f compareFlags
	c := &cobra.Command{
		Use:   "compare SPEC_OR_CKPT... [--text FILE]",
		Short: "Compare model candidates: size, FLOPs, KV cache, measured speed and perplexity",
		Long: `Compare model candidates (for example a model and its pruned versions), one table each:
parameters (total and non-embedding), FLOPs per decoded token at --ctx, KV-cache bytes per token
and at --ctx, weight bytes, and prefill and decode speed measured on this machine.

A candidate is a checkpoint folder (weights next to config.json or model.yaml), an artifact
folder, a YAML spec, a config.json or a shipped spec name. Without a checkpoint the speed is
measured on random weights, which needs a native backend. The measurement uses --backend
(default cpu; when that fails, the interpreter if weights are available, and the table says
which backend ran). --measure=false skips it. With --text, checkpoints also get their
perplexity (the protocol of mtc eval).`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError{fmt.Errorf("compare: want at least one SPEC_OR_CKPT (see mtc compare --help)")}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error { return compareMain(cmd, args, &f) },
	}
	fl := c.Flags()
	fl.StringVar(&f.text, "text", "", "text file for perplexity (checkpoints only)")
	fl.IntVar(&f.ctx, "ctx", 256, "context length: FLOPs and KV figures, KV-cache capacity, perplexity window")
	fl.BoolVar(&f.measure, "measure", true, "measure prefill and decode speed on this machine")
	fl.IntVar(&f.decode, "decode-tokens", 64, "tokens to decode when measuring (after a prefill of ctx/2 tokens)")
	fl.StringVar(&f.backend, "backend", "", "backend for measuring: cpu, cuda or interp (default: cpu, falling back to interp)")
	fl.IntVar(&f.threads, "threads", 0, "threads (default: all cores)")
	fl.StringVar(&f.kvDType, "kv-dtype", "f32", "KV-cache element type for the KV figures (mtc's runtime stores f32)")
	fl.BoolVar(&f.asJSON, "json", false, "print a JSON array, one object per candidate")
	return c
}

func compareMain(cmd *cobra.Command, args []string, f *compareFlags) error {
	if f.ctx < 2 || f.decode < 1 {
		return usageError{fmt.Errorf("compare: want --ctx >= 2 and --decode-tokens >= 1")}
	}
	kvSize, err := models.DTypeSize(f.kvDType)
	if err != nil {
		return usageError{fmt.Errorf("compare: --kv-dtype: %v", err)}
	}
	var rows []*compareRow
	for _, path := range args {
		row, err := compareOne(cmd.Context(), path, f, kvSize)
		if err != nil {
			return err
		}
		rows = append(rows, row)
		if !f.asJSON {
			writeCompareTable(os.Stdout, row)
		}
	}
	if f.asJSON {
		out, err := json.MarshalIndent(rows, "", "  ")
		if err != nil {
			return err
		}
		fmt.Println(string(out))
	}
	return nil
}

// candidate finds the spec and the weights (if any) of a SPEC_OR_CKPT argument.
func candidate(path string) (spec *models.Spec, weightsPath string, err error) {
	if driver.IsArtifact(path) {
		m, err := artifact.Read(path)
		if err != nil {
			return nil, "", err
		}
		spec, err := driver.SpecOf(m, path)
		return spec, "", err
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		for _, name := range []string{"model.safetensors", "model.safetensors.index.json", "pytorch_model.bin", "pytorch_model.bin.index.json"} {
			if _, err := os.Stat(filepath.Join(path, name)); err == nil {
				weightsPath = path
				break
			}
		}
	}
	spec, err = driver.LoadModel(path)
	return spec, weightsPath, err
}

func compareOne(ctx context.Context, path string, f *compareFlags, kvSize int) (*compareRow, error) {
	spec, weightsPath, err := candidate(path)
	if err != nil {
		return nil, err
	}
	st := spec.Stats(f.ctx)
	wsize, err := models.DTypeSize(spec.DType)
	if err != nil {
		return nil, err
	}
	row := &compareRow{
		Name: spec.Name, Path: path, Checkpoint: weightsPath != "",
		Params: st.Params, NonEmbeddingParams: st.NonEmbeddingParams, Ctx: f.ctx, FLOPsPerToken: st.FLOPsPerToken,
		KVDType: f.kvDType, KVBytesPerToken: st.KVBytesPerToken(kvSize), KVBytesAtCtx: st.KVBytesPerToken(kvSize) * int64(f.ctx),
		WeightDType: spec.DType, WeightBytes: st.Params * int64(wsize),
	}
	switch {
	case !f.measure:
		row.MeasuredNA = "not measured (--measure=false)"
	case weightsPath == "" && memoryTooSmall(row.WeightBytes):
		row.MeasuredNA = fmt.Sprintf("not measured: random weights of %s would not fit in the available memory", byteSize(row.WeightBytes))
	}
	if row.MeasuredNA != "" && f.text == "" {
		return row, nil
	}
	if f.text != "" && weightsPath == "" {
		row.PPLNA = "no checkpoint"
	}
	s, err := openForCompare(ctx, path, weightsPath, f)
	if err != nil {
		if row.MeasuredNA == "" {
			row.MeasuredNA = "not measured: " + oneLine(err.Error())
		}
		if f.text != "" && weightsPath != "" {
			row.PPLNA = oneLine(err.Error())
		}
		return row, nil
	}
	defer s.Close()
	if row.MeasuredNA == "" {
		sp, err := measureSpeed(s, f)
		if err != nil {
			row.MeasuredNA = "measurement failed: " + oneLine(err.Error())
		} else {
			row.Measured = sp
			if weightsPath == "" {
				sp.Weights = "random"
			}
		}
	}
	if f.text != "" && weightsPath != "" {
		r, err := compareText(ctx, s, weightsPath, f)
		if err != nil {
			row.PPLNA = oneLine(err.Error())
		} else {
			row.PPL = r
		}
	}
	return row, nil
}

// openForCompare opens a candidate on --backend, or on cpu with a fallback to the interpreter
// when the backend was not chosen and weights are available.
func openForCompare(ctx context.Context, path, weightsPath string, f *compareFlags) (*driver.Session, error) {
	o := driver.OpenOptions{Backend: f.backend, Threads: f.threads, Capacity: f.ctx, Seed: 1}
	if f.backend != "" {
		return driver.Open(ctx, path, weightsPath, o)
	}
	o.Backend = driver.BackendCPU
	s, err := driver.Open(ctx, path, weightsPath, o)
	if err == nil || weightsPath == "" {
		return s, err
	}
	o.Backend = driver.BackendInterp
	s, ierr := driver.Open(ctx, path, weightsPath, o)
	if ierr != nil {
		return nil, fmt.Errorf("cpu backend: %v; interpreter: %v", err, ierr)
	}
	fmt.Fprintf(os.Stderr, "mtc compare: %s: cpu backend unavailable (%s); measuring on the interpreter\n", path, oneLine(err.Error()))
	return s, nil
}

// measureSpeed times one prefill of ctx/2 tokens and then single-token decode steps, after a
// one-token warm-up step (which pages the weights in).
func measureSpeed(s *driver.Session, f *compareFlags) (*compareSpeed, error) {
	e := s.Engine
	vocab := s.Spec.VocabSize
	prefill := f.ctx / 2
	decode := min(f.decode, f.ctx-prefill)
	tokens := make([]int32, prefill+decode)
	x := uint32(12345)
	for i := range tokens {
		x = x*1664525 + 1013904223
		tokens[i] = int32(x>>8) % int32(vocab)
	}
	e.Reset()
	if _, err := e.Step(tokens[:1], 1); err != nil {
		return nil, err
	}
	e.Reset()
	t0 := time.Now()
	if _, err := e.Step(tokens[:prefill], 1); err != nil {
		return nil, err
	}
	tp := time.Since(t0).Seconds()
	t0 = time.Now()
	for i := prefill; i < prefill+decode; i++ {
		if _, err := e.Step(tokens[i:i+1], 1); err != nil {
			return nil, err
		}
	}
	td := time.Since(t0).Seconds()
	e.Reset()
	return &compareSpeed{Backend: s.Manifest.Target, Weights: "checkpoint", Threads: f.threads,
		PrefillTokens: prefill, PrefillTPS: float64(prefill) / tp, DecodeTokens: decode, DecodeTPS: float64(decode) / td}, nil
}

func compareText(ctx context.Context, s *driver.Session, weightsPath string, f *compareFlags) (*evalppl.Result, error) {
	text, err := os.ReadFile(f.text)
	if err != nil {
		return nil, err
	}
	tok, err := loadTokenizer(weightsPath)
	if err != nil {
		return nil, err
	}
	ids := tok.Encode(string(text))
	tokens := make([]int32, len(ids))
	for i, id := range ids {
		tokens[i] = int32(id)
	}
	progress, done := stderrProgress("perplexity " + s.Spec.Name)
	defer done()
	return evalppl.Evaluate(ctx, s.Engine, tokens, evalppl.Options{Ctx: f.ctx, BOS: s.Spec.BOS, Vocab: s.Spec.VocabSize, Progress: progress})
}

func writeCompareTable(w io.Writer, r *compareRow) {
	fmt.Fprintf(w, "== %s (%s)\n", r.Name, r.Path)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "params\t%s (non-embedding %s)\n", groupDigits(r.Params), groupDigits(r.NonEmbeddingParams))
	fmt.Fprintf(tw, "FLOPs/token\t%s at ctx %d\n", groupDigits(r.FLOPsPerToken), r.Ctx)
	fmt.Fprintf(tw, "KV cache\t%s B/token (%s), %s at ctx %d\n", groupDigits(r.KVBytesPerToken), r.KVDType, byteSize(r.KVBytesAtCtx), r.Ctx)
	fmt.Fprintf(tw, "weights\t%s (%s)\n", byteSize(r.WeightBytes), r.WeightDType)
	if m := r.Measured; m != nil {
		how := fmt.Sprintf("%s backend, %s weights", m.Backend, m.Weights)
		fmt.Fprintf(tw, "prefill\t%.0f tokens/s (%d tokens; %s)\n", m.PrefillTPS, m.PrefillTokens, how)
		fmt.Fprintf(tw, "decode\t%.1f tokens/s (%d tokens after the prefill; %s)\n", m.DecodeTPS, m.DecodeTokens, how)
	} else {
		fmt.Fprintf(tw, "prefill\tn/a (%s)\n", r.MeasuredNA)
		fmt.Fprintf(tw, "decode\tn/a\n")
	}
	switch {
	case r.PPL != nil:
		fmt.Fprintf(tw, "perplexity\t%.4f (%s tokens, %d windows of %d; %.0f tokens/s)\n", r.PPL.PPL, groupDigits(int64(r.PPL.Tokens)), r.PPL.Windows, r.PPL.Ctx, r.PPL.TokensPerS)
	case r.PPLNA != "":
		fmt.Fprintf(tw, "perplexity\tn/a (%s)\n", r.PPLNA)
	}
	tw.Flush()
	fmt.Fprintln(w)
}

// byteSize formats n bytes in binary units: 1.5 MiB.
func byteSize(n int64) string {
	units := []string{"B", "KiB", "MiB", "GiB", "TiB"}
	v, i := float64(n), 0
	for v >= 1024 && i < len(units)-1 {
		v /= 1024
		i++
	}
	if i == 0 {
		return fmt.Sprintf("%d B", n)
	}
	return fmt.Sprintf("%.1f %s", v, units[i])
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// memoryTooSmall reports whether n bytes of weights, plus 5% and 1 GiB for the KV cache, the
// activations and the program, exceed MemAvailable (Linux); false when the figure cannot be read.
// Candidates are measured one at a time, so each may use the machine alone.
func memoryTooSmall(n int64) bool {
	fh, err := os.Open("/proc/meminfo")
	if err != nil {
		return false
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) >= 2 && fields[0] == "MemAvailable:" {
			kb, err := strconv.ParseInt(fields[1], 10, 64)
			return err == nil && n+n/20+1<<30 > kb*1024
		}
	}
	return false
}
