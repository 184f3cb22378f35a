package driver

import (
	"fmt"
	"math/rand/v2"
	goruntime "runtime"
	"time"

	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/internal/version"
)

// BenchOptions configures Bench.
type BenchOptions struct {
	Prompts []int // prefill lengths to measure (e.g. 64, 512)
	Decode  int   // tokens to decode
	Repeats int   // best of Repeats for each figure
	// StreamBytes is the buffer size of the memory-bandwidth measurement.
	StreamBytes int64
}

// BenchResult is what `mtc bench` reports. JSON keys are read by other tools: keep them stable.
type BenchResult struct {
	Model      string `json:"model"`
	Target     string `json:"target"`
	Threads    int    `json:"threads"`
	DType      string `json:"dtype"`
	Precision  string `json:"precision"`
	CPUModel   string `json:"cpu_model"`
	MTCVersion string `json:"mtc_version"`
	Weights    string `json:"weights"` // checkpoint path or "random"

	Prefill []PrefillResult `json:"prefill"`
	// PrefillTokS and PrefillGFLOPs are the figures of the longest prompt measured.
	PrefillTokS   float64 `json:"prefill_tok_s"`
	PrefillGFLOPs float64 `json:"prefill_gflops"`
	PrefillTokens int     `json:"prefill_tokens"`

	DecodeTokens int     `json:"decode_tokens"`
	DecodeTokS   float64 `json:"decode_tok_s"`
	// DecodeBytesPerToken counts the weight bytes one decode step streams (every matrix but
	// the embedding table, of which one row is read).
	DecodeBytesPerToken int64   `json:"decode_bytes_per_token"`
	DecodeGBs           float64 `json:"decode_gbs"`

	// StreamReadGBs is the memory read bandwidth decode is compared with: on CPUs, when decode
	// was measured, the rate of the plain-read passes interleaved with the decode steps of the
	// decode figure's repeat (their bytes over their time), so both see the machine in the same
	// seconds; otherwise, and on GPUs, StreamReadPeakGBs.
	StreamReadGBs float64 `json:"stream_read_gbs"`
	// StreamReadPeakGBs is the best single plain-read pass of a few, measured on its own.
	StreamReadPeakGBs float64 `json:"stream_read_peak_gbs"`
	FMAPeakGFLOPs     float64 `json:"fma_peak_gflops"`
	// DecodeBWFraction is DecodeGBs / StreamReadGBs; PrefillPeakFraction is PrefillGFLOPs of
	// the longest prompt / FMAPeakGFLOPs.
	DecodeBWFraction    float64 `json:"decode_bw_fraction"`
	PrefillPeakFraction float64 `json:"prefill_peak_fraction"`
}

// PrefillResult is one prefill measurement.
type PrefillResult struct {
	Tokens int     `json:"tokens"`
	TokS   float64 `json:"tok_s"`
	// GFLOPs counts the model's forward pass over every prompt row (2 FLOPs per weight per row,
	// the output head for the rows that need logits, causal attention): the rate users compare
	// across tools, llama.cpp's included. ExecutedGFLOPs counts what the compiled program
	// runs: sink-last computes the last layer's tail for the R rows only, so it is lower.
	GFLOPs         float64 `json:"gflops"`
	ExecutedGFLOPs float64 `json:"executed_gflops"`
}

// streamMeter reads a buffer larger than the caches, one pass at a time.
type streamMeter interface {
	Pass() time.Duration
	Bytes() int64
	Close() error
}

// interleaver is implemented by engines whose memory bandwidth can be measured between their
// own steps, in the same process and with the same threads.
type interleaver interface {
	newStreamMeter(bytes int64) (streamMeter, error)
}

func (e *nativeEngine) newStreamMeter(bytes int64) (streamMeter, error) {
	return e.art.NewStreamMeter(bytes, 0)
}

// machine is implemented by engines that can measure the machine with their own kernels.
type machine interface {
	streamReadGBs(bytes int64) (float64, error)
	fmaPeakGFLOPs() (float64, error)
	threads() int
}

func (e *nativeEngine) streamReadGBs(bytes int64) (float64, error) {
	return e.art.StreamReadGBs(bytes, 0)
}
func (e *nativeEngine) fmaPeakGFLOPs() (float64, error) { return e.art.FMAPeakGFLOPs(0) }
func (e *nativeEngine) threads() int                    { return e.art.Threads() }

// Bench measures prefill and decode speed of an opened session, and the machine's memory read
// bandwidth and FMA peak with the same kernels in the same run.
func Bench(s *Session, o BenchOptions, progress func(string)) (*BenchResult, error) {
	if progress == nil {
		progress = func(string) {}
	}
	if o.Repeats <= 0 {
		o.Repeats = 3
	}
	m, ok := s.Engine.(machine)
	if !ok {
		return nil, fmt.Errorf("bench needs a native backend (the artifact's target is %s)", s.Manifest.Target)
	}
	spec := s.Spec
	st := spec.Stats(0)
	r := &BenchResult{
		Model: spec.Name, Target: s.Manifest.Target, Threads: m.threads(), DType: spec.DType,
		Precision: artifact.PrecisionExact, CPUModel: cpuModel(), MTCVersion: version.Version, Weights: "random",
	}
	if p := s.Manifest.Precision; p != "" {
		r.Precision = p
	}
	if d := s.Manifest.WeightsDType; d != "" {
		r.DType = d
	}
	if s.Ckpt != nil {
		r.Weights = s.Ckpt.Path()
	}
	rng := rand.New(rand.NewPCG(1, 2))
	randomTokens := func(n int) []int32 {
		t := make([]int32, n)
		for i := range t {
			t[i] = int32(rng.IntN(spec.VocabSize))
		}
		return t
	}
	// Warm up: touch every weight once.
	s.Engine.Reset()
	if _, err := s.Engine.Step(randomTokens(1), 1); err != nil {
		return nil, err
	}
	lmHead := st.LMHeadFLOPsPerToken
	for _, p := range o.Prompts {
		progress(fmt.Sprintf("prefill %d tokens", p))
		toks := randomTokens(p)
		best := time.Duration(1<<63 - 1)
		for i := 0; i < o.Repeats; i++ {
			s.Engine.Reset()
			start := time.Now()
			if _, err := s.Engine.Step(toks, 1); err != nil {
				return nil, err
			}
			best = min(best, time.Since(start))
		}
		attn := float64(st.AttnFLOPsPerPosition) * float64(p) * float64(p+1) / 2
		flops := float64(2*st.MatmulParams-lmHead)*float64(p) + float64(lmHead) + attn
		executed := matmulFLOPs(s.Manifest, int64(p), 1) + attn
		pr := PrefillResult{Tokens: p, TokS: float64(p) / best.Seconds(), GFLOPs: flops / best.Seconds() / 1e9, ExecutedGFLOPs: executed / best.Seconds() / 1e9}
		r.Prefill = append(r.Prefill, pr)
		r.PrefillTokS, r.PrefillGFLOPs, r.PrefillTokens = pr.TokS, pr.GFLOPs, p
	}
	bytes := o.StreamBytes
	if bytes <= 0 {
		bytes = 1 << 30
	}
	// On engines that allow it, plain-read passes run between decode steps, about one for every
	// two steps' worth of time (at least one per repeat): the bandwidth of a shared host drifts
	// by tens of percent within seconds, and the fraction must compare decode with what memory
	// delivered in the same seconds. The same buffer then gives the best single pass.
	var meter streamMeter
	if im, ok := s.Engine.(interleaver); ok {
		var err error
		if meter, err = im.newStreamMeter(bytes); err != nil {
			return nil, err
		}
		defer meter.Close()
	}
	if o.Decode > 0 {
		progress(fmt.Sprintf("decode %d tokens", o.Decode))
		for i := 0; i < o.Repeats; i++ {
			s.Engine.Reset()
			if _, err := s.Engine.Step(randomTokens(1), 1); err != nil {
				return nil, err
			}
			toks := randomTokens(o.Decode)
			var dec, read time.Duration
			passes := 0
			for _, t := range toks {
				start := time.Now()
				if _, err := s.Engine.Step([]int32{t}, 1); err != nil {
					return nil, err
				}
				dec += time.Since(start)
				if meter != nil && (passes == 0 || read < dec/2) {
					read += meter.Pass()
					passes++
				}
			}
			if tokS := float64(o.Decode) / dec.Seconds(); tokS > r.DecodeTokS {
				r.DecodeTokS = tokS
				if meter != nil {
					r.StreamReadGBs = float64(int64(passes)*meter.Bytes()) / read.Seconds() / 1e9
				}
			}
		}
		r.DecodeTokens = o.Decode
		r.DecodeBytesPerToken = decodeBytes(s.Manifest)
		r.DecodeGBs = float64(r.DecodeBytesPerToken) * r.DecodeTokS / 1e9
	}
	progress("memory read bandwidth")
	if meter != nil {
		best := time.Duration(1<<63 - 1)
		for range 5 {
			best = min(best, meter.Pass())
		}
		r.StreamReadPeakGBs = float64(meter.Bytes()) / best.Seconds() / 1e9
		meter.Close()
	} else {
		var err error
		if r.StreamReadPeakGBs, err = m.streamReadGBs(bytes); err != nil {
			return nil, err
		}
	}
	if r.StreamReadGBs == 0 {
		r.StreamReadGBs = r.StreamReadPeakGBs
	}
	progress("FMA peak")
	var err error
	if r.FMAPeakGFLOPs, err = m.fmaPeakGFLOPs(); err != nil {
		return nil, err
	}
	if r.StreamReadGBs > 0 {
		r.DecodeBWFraction = r.DecodeGBs / r.StreamReadGBs
	}
	if r.FMAPeakGFLOPs > 0 {
		r.PrefillPeakFraction = r.PrefillGFLOPs / r.FMAPeakGFLOPs
	}
	return r, nil
}

// matmulFLOPs is the multiply-add work, 2 FLOPs each, of every matmul launch of the program in
// a step of T rows of which R need logits: 2·N·K per weight matrix (or part) read, times the
// launch's rows.
func matmulFLOPs(m *artifact.Manifest, T, R int64) float64 {
	total := 0.0
	for _, l := range m.Program {
		if l.Kernel < 0 || l.Kernel >= len(m.Kernels) || len(l.Ints) == 0 {
			continue
		}
		switch m.Kernels[l.Kernel].Op {
		case "matmul", "matmul_sqrelu", "matmul_add", "matmul_rope":
		default:
			continue
		}
		rows := l.Ints[0].Eval(T, R, 0, 0)
		for _, b := range l.Bufs {
			if b.Kind != artifact.RefWeight || b.Index < 0 || b.Index >= len(m.Weights) {
				continue
			}
			w := m.Weights[b.Index]
			if w.Transform == artifact.TransformRoPETable || len(w.Shape) != 2 {
				continue
			}
			total += 2 * float64(w.Shape[0]) * float64(w.Shape[1]) * float64(rows)
		}
	}
	return total
}

// decodeBytes is the weight bytes one decode step reads: every weight a launch of the program
// reads, in its stored form (q8 matrices as int8 values and scales), except the RoPE table and a
// weight read only by the embedding lookup (one row of it is read).
func decodeBytes(m *artifact.Manifest) int64 {
	read := make([]bool, len(m.Weights))
	other := make([]bool, len(m.Weights)) // read by a kernel other than embed
	for _, l := range m.Program {
		embed := l.Kernel >= 0 && l.Kernel < len(m.Kernels) && m.Kernels[l.Kernel].Op == "embed"
		for _, b := range l.Bufs {
			if b.Kind == artifact.RefWeight && b.Index >= 0 && b.Index < len(read) {
				read[b.Index] = true
				other[b.Index] = other[b.Index] || !embed
			}
		}
	}
	var total int64
	for i, w := range m.Weights {
		if !read[i] || !other[i] || w.Transform == artifact.TransformRoPETable {
			continue
		}
		if n := artifact.WeightBytes(w.DType, w.Shape); n > 0 {
			total += n
		}
	}
	return total
}

func cpuModel() string {
	if name := cpuModelName(); name != "" {
		return name
	}
	return goruntime.GOARCH
}
