package prune

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/mtc-dev/mtc/models"
	"github.com/mtc-dev/mtc/tokenizer"
	"github.com/mtc-dev/mtc/weights"
)

// DefaultCalibTokens caps the calibration text: 8,192 tokens (33 windows of 256) take about
// 30 s through the interpreter for kjv-small (4.1M parameters) on one core.
const DefaultCalibTokens = 8192

// Config is one pruning run (mtc prune).
type Config struct {
	Weights string       // source checkpoint: a folder, model.safetensors, an index or pytorch_model.bin
	Spec    *models.Spec // source model; nil: model.yaml or config.json next to the weights

	CalibFile   string // calibration text (required for MethodImportance)
	CalibTokens int    // use at most this many tokens of it; 0: DefaultCalibTokens
	Calib       CalibOptions

	Target Target
	Method string // MethodImportance (default) or MethodRandom
	Seed   uint64 // seed of MethodRandom
	Name   string // the pruned model's name; "": the source's name + "-pruned"
	Out    string // output folder
}

// Run prunes the checkpoint as c says and writes the pruned model folder. It checks the target
// against the source before calibrating, so a bad target fails fast.
func Run(ctx context.Context, c *Config) (*Report, error) {
	dir := c.Weights
	if fi, err := os.Stat(c.Weights); err == nil && !fi.IsDir() {
		dir = filepath.Dir(c.Weights)
	}
	src := c.Spec
	if src == nil {
		var err error
		if src, err = models.Load(dir); err != nil {
			return nil, err
		}
	}
	method := c.Method
	if method == "" {
		method = MethodImportance
	}
	if method != MethodImportance && method != MethodRandom {
		return nil, fmt.Errorf("unknown pruning method %q (want %s or %s)", method, MethodImportance, MethodRandom)
	}
	if _, err := c.Target.resolve(src); err != nil {
		return nil, fmt.Errorf("target does not fit %s:\n%w", src.Name, err)
	}
	ckpt, err := weights.Open(c.Weights)
	if err != nil {
		return nil, err
	}
	defer ckpt.Close()
	if err := checkWeights(src, ckpt); err != nil {
		return nil, err
	}
	tokPath := filepath.Join(dir, FileTokenizer)
	if _, err := os.Stat(tokPath); err != nil {
		tokPath = ""
	}

	var imp *Importance
	var calib *CalibrationReport
	if method == MethodRandom {
		imp = RandomImportance(src, c.Seed)
	} else {
		if c.CalibFile == "" {
			return nil, fmt.Errorf("importance pruning needs calibration text (--calib FILE)")
		}
		if tokPath == "" {
			return nil, fmt.Errorf("%s: no %s to tokenize the calibration text with", dir, FileTokenizer)
		}
		tok, err := tokenizer.Load(tokPath)
		if err != nil {
			return nil, err
		}
		tokens, err := CalibrationTokens(c.CalibFile, tok, c.CalibTokens)
		if err != nil {
			return nil, err
		}
		start := time.Now()
		if imp, err = Calibrate(ctx, src, ckpt, tokens, c.Calib); err != nil {
			return nil, err
		}
		seq := c.Calib.Seq
		if seq == 0 {
			seq = 256
		}
		calib = &CalibrationReport{File: c.CalibFile, Tokens: imp.Tokens, Windows: imp.Samples, Seq: seq,
			Seconds: time.Since(start).Seconds(), NeuronMetric: imp.NeuronMetric, Aggregation: Aggregation}
	}
	plan, err := MakePlan(src, &c.Target, imp)
	if err != nil {
		return nil, err
	}
	name := c.Name
	if name == "" {
		name = src.Name + "-pruned"
	}
	out, tensors, err := Apply(src, ckpt, plan, name)
	if err != nil {
		return nil, err
	}
	rep := NewReport(src, out, plan, imp)
	rep.Source, rep.Method, rep.Calibration = c.Weights, method, calib
	if method == MethodRandom {
		seed := c.Seed
		rep.Seed = &seed
	}
	if err := WriteFolder(c.Out, out, tensors, rep, tokPath); err != nil {
		return nil, err
	}
	return rep, nil
}

// CalibrationTokens reads the calibration text at path and tokenizes it as one string, without
// BOS, keeping at most max tokens (0: DefaultCalibTokens). A text without tokens is an error.
func CalibrationTokens(path string, tok *tokenizer.Tokenizer, max int) ([]int32, error) {
	text, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("calibration text: %w", err)
	}
	if max <= 0 {
		max = DefaultCalibTokens
	}
	ids := tok.Encode(string(text))
	if len(ids) == 0 {
		return nil, fmt.Errorf("%s: calibration text is empty; expected text to run the model on", path)
	}
	out := make([]int32, 0, min(len(ids), max))
	for _, id := range ids[:min(len(ids), max)] {
		out = append(out, int32(id))
	}
	return out, nil
}
