package evalppl

import (
	"context"
	"fmt"
	"math"
	"time"
)

// Engine runs steps of a model against its KV cache: internal/driver.Engine satisfies it.
type Engine interface {
	// Step runs tokens starting at the cache position and returns the logits of the last r
	// rows, row-major [r, vocab].
	Step(tokens []int32, r int) ([]float32, error)
	// Reset empties the KV cache.
	Reset()
}

// Options configures Evaluate.
type Options struct {
	Ctx   int // window length in tokens (256 for the reference figures)
	BOS   int // the id prepended to every window
	Vocab int // logits per row

	// MaxWindows, when > 0, evaluates only the first MaxWindows windows (a prefix of the text).
	MaxWindows int
	// Progress, when set, is called after each window with the windows done and the total.
	Progress func(done, total int)
}

// Result is the outcome of Evaluate.
type Result struct {
	PPL        float64 `json:"ppl"`          // exp(MeanNLL)
	MeanNLL    float64 `json:"mean_nll"`     // nats per scored token
	Tokens     int     `json:"tokens"`       // scored tokens: Windows*Ctx
	Windows    int     `json:"windows"`      // windows evaluated
	Ctx        int     `json:"ctx"`          // window length
	Seconds    float64 `json:"seconds"`      // wall time of the model steps and the scoring
	TokensPerS float64 `json:"tokens_per_s"` // Tokens / Seconds
}

// Evaluate runs the perplexity protocol (see the package doc) over tokens, the whole text
// tokenized without BOS. Each window is one Step of ctx tokens with logits for every row,
// after a Reset. The engine's KV cache must hold ctx positions. ctx may be cancelled between
// windows.
func Evaluate(ctx context.Context, e Engine, tokens []int32, o Options) (*Result, error) {
	if o.Ctx < 1 {
		return nil, fmt.Errorf("perplexity: window length %d must be at least 1", o.Ctx)
	}
	if o.BOS < 0 || o.BOS >= o.Vocab {
		return nil, fmt.Errorf("perplexity: BOS id %d is outside the vocabulary [0,%d)", o.BOS, o.Vocab)
	}
	ws := Windows(tokens, o.Ctx)
	if o.MaxWindows > 0 && len(ws) > o.MaxWindows {
		ws = ws[:o.MaxWindows]
	}
	if len(ws) == 0 {
		return nil, fmt.Errorf("perplexity: the text has %d tokens, fewer than one window of %d", len(tokens), o.Ctx)
	}
	start := time.Now()
	input := make([]int32, o.Ctx)
	var sum float64
	for i, w := range ws {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		input[0] = int32(o.BOS)
		copy(input[1:], w[:o.Ctx-1])
		e.Reset()
		logits, err := e.Step(input, o.Ctx)
		if err != nil {
			return nil, fmt.Errorf("perplexity: window %d (tokens %d..%d): %w", i, i*o.Ctx, (i+1)*o.Ctx-1, err)
		}
		nll, err := NLL(logits, o.Vocab, w)
		if err != nil {
			return nil, fmt.Errorf("perplexity: window %d (tokens %d..%d): %w", i, i*o.Ctx, (i+1)*o.Ctx-1, err)
		}
		sum += nll
		if o.Progress != nil {
			o.Progress(i+1, len(ws))
		}
	}
	e.Reset()
	r := &Result{Windows: len(ws), Ctx: o.Ctx, Tokens: len(ws) * o.Ctx, Seconds: time.Since(start).Seconds()}
	r.MeanNLL = sum / float64(r.Tokens)
	r.PPL = math.Exp(r.MeanNLL)
	if r.Seconds > 0 {
		r.TokensPerS = float64(r.Tokens) / r.Seconds
	}
	return r, nil
}
