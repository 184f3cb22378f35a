package runtime_test

import (
	"context"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/codegen/llvm"
	"github.com/mtc-dev/mtc/codegen/toolchain"
	"github.com/mtc-dev/mtc/ir/interp"
	"github.com/mtc-dev/mtc/runtime"
	"github.com/mtc-dev/mtc/weights"
)

// The toy model of testdata/tiny.ll (see the comment at its top): an embedding, a "mix" that
// scales by 1+gamma, adds a RoPE-table entry and fills the KV cache, and logits from the mean
// of the cached keys and values. It uses every buffer kind and every weight transform.
const (
	tinyH      = 8  // hidden size
	tinyVocab  = 10 // vocabulary
	tinyVocabA = 6  // rows of lm_head.a (the rest are lm_head.b)
	tinyRot    = 4
	tinyTheta  = 10000
	tinyScale  = 2
	tinyMaxPos = 64
)

// Manifest weight indices.
const (
	wEmbed = iota
	wNorm
	wLMA
	wLMB
	wNorm1
	wLM
	wRoPE
)

// tinyManifest returns the manifest of the toy model: x and y in the activation arena, the
// logits in the row arena.
func tinyManifest() *artifact.Manifest {
	const bpt = 2 * tinyH * 4 // x, y
	T, R, P := artifact.Expr{T: 1}, artifact.Expr{R: 1}, artifact.Expr{P: 1}
	c := func(v int64) artifact.Expr { return artifact.Expr{Const: v} }
	arena := func(off int64) artifact.Ref { return artifact.Ref{Kind: artifact.RefArena, Offset: off} }
	rows := artifact.Ref{Kind: artifact.RefRows}
	weight := func(i int) artifact.Ref { return artifact.Ref{Kind: artifact.RefWeight, Index: i} }
	k0, v0 := artifact.Ref{Kind: artifact.RefK}, artifact.Ref{Kind: artifact.RefV}
	return &artifact.Manifest{
		FormatVersion: artifact.FormatVersion,
		MTCVersion:    "test",
		Target:        artifact.TargetCPU,
		Model: artifact.Model{Name: "tiny", VocabSize: tinyVocab, Hidden: tinyH, Layers: 1,
			BOS: 1, EOS: 2, MaxPositions: tinyMaxPos},
		Weights: []artifact.Weight{
			wEmbed: {Name: "model.embed_tokens.weight", DType: "f32", Shape: []int64{tinyVocab, tinyH}, Transform: artifact.TransformLoad},
			wNorm:  {Name: "model.norm.weight", DType: "bf16", Shape: []int64{tinyH}, Transform: artifact.TransformLoad},
			wLMA:   {Name: "lm_head.a.weight", DType: "f32", Shape: []int64{tinyVocabA, tinyH}, Transform: artifact.TransformLoad},
			wLMB:   {Name: "lm_head.b.weight", DType: "f32", Shape: []int64{tinyVocab - tinyVocabA, tinyH}, Transform: artifact.TransformLoad},
			wNorm1: {Name: "model.norm.weight+1", DType: "f32", Shape: []int64{tinyH}, Transform: artifact.TransformAdd1, Args: []string{"model.norm.weight"}},
			wLM:    {Name: "lm_head.weight", DType: "f32", Shape: []int64{tinyVocab, tinyH}, Transform: artifact.TransformConcat, Args: []string{"lm_head.a.weight", "lm_head.b.weight"}},
			wRoPE: {Name: "rope", DType: "f32", Shape: []int64{artifact.ShapeCapacity, tinyRot}, Transform: artifact.TransformRoPETable,
				Attrs: map[string]float64{"rot": tinyRot, "theta": tinyTheta, "scale": tinyScale}},
		},
		Slots: []artifact.Slot{{Width: tinyH}},
		Kernels: []artifact.Kernel{
			{Name: "embed", Symbol: "mtc_k_embed", Op: "embed"},
			{Name: "mix", Symbol: "mtc_k_mix", Op: "mix"},
			{Name: "logits", Symbol: "mtc_k_logits", Op: "logits"},
		},
		Program: []artifact.Launch{
			{Kernel: 0, Bufs: []artifact.Ref{{Kind: artifact.RefTokens}, weight(wEmbed), arena(0)}, Ints: []artifact.Expr{c(tinyH)}, Split: T, Note: "%1 embed"},
			{Kernel: 1, Bufs: []artifact.Ref{arena(0), weight(wNorm1), weight(wRoPE), k0, v0, arena(4 * tinyH)},
				Ints: []artifact.Expr{c(tinyH), P, c(tinyRot)}, Split: T, Note: "%2 mix"},
			{Kernel: 2, Bufs: []artifact.Ref{k0, v0, weight(wLM), rows},
				Ints: []artifact.Expr{c(tinyH), c(tinyVocab), T, R, P}, Split: c(tinyVocab), Grain: 4, Note: "%3 logits"},
		},
		ArenaBytesPerToken: bpt,
		ArenaBytesPerRow:   tinyVocab * 4,
		Result:             rows,
	}
}

// formatV1 turns the toy manifest into the layout of a format-1 artifact, which had no row
// arena: the logits follow x and y in the activation arena.
func formatV1(m *artifact.Manifest) {
	logits := artifact.Ref{Kind: artifact.RefArena, Offset: m.ArenaBytesPerToken}
	for i := range m.Program {
		for j, b := range m.Program[i].Bufs {
			if b.Kind == artifact.RefRows {
				m.Program[i].Bufs[j] = logits
			}
		}
	}
	m.FormatVersion, m.Result = 1, logits
	m.ArenaBytesPerToken += m.ArenaBytesPerRow
	m.ArenaBytesPerRow = 0
}

// toolchainOrSkip returns the LLVM 14 toolchain, skipping the test without one (failing it
// when CI=true, where a missing toolchain must not silently shrink the suite).
func toolchainOrSkip(t testing.TB) *toolchain.Toolchain {
	t.Helper()
	tcOnce.Do(func() { tc, tcErr = toolchain.Find(context.Background(), toolchain.Options{}) })
	if tcErr != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("LLVM 14 toolchain required in CI: %v", tcErr)
		}
		t.Skipf("no LLVM 14 toolchain (llc-14, opt-14, a linker): %v", tcErr)
	}
	return tc
}

var (
	tcOnce sync.Once
	tc     *toolchain.Toolchain
	tcErr  error

	soMu    sync.Mutex
	soCache = map[bool][]byte{}
)

// kernelLibrary compiles testdata/tiny.ll (with testdata/bench.ll when bench is set) and the
// step loop every generated library has (codegen/llvm.StepLoopLL) into a shared object for the
// generic CPU of the host's architecture, once per test binary.
func kernelLibrary(t testing.TB, bench bool) []byte {
	t.Helper()
	tc := toolchainOrSkip(t)
	soMu.Lock()
	defer soMu.Unlock()
	if so, ok := soCache[bench]; ok {
		return so
	}
	ll := append(readFile(t, "testdata/tiny.ll"), llvm.StepLoopLL()...)
	if bench {
		ll = append(ll, readFile(t, "testdata/bench.ll")...)
	}
	out := filepath.Join(t.TempDir(), "kernels.so")
	if err := tc.CompileSharedObject(context.Background(), ll, out, toolchain.CompileOptions{}); err != nil {
		t.Fatal(err)
	}
	so := readFile(t, out)
	soCache[bench] = so
	return so
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// writeArtifact writes an artifact with manifest m and the kernel library so into a new
// folder and returns its path.
func writeArtifact(t testing.TB, m *artifact.Manifest, so []byte) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "tiny.mtc")
	files := map[string]artifact.NamedBytes{
		artifact.FileSO: {Name: "kernels.so", Data: so, Mode: 0o755},
		artifact.FileLL: {Name: "kernels.ll", Data: readFile(t, "testdata/tiny.ll")},
	}
	if err := artifact.Write(dir, m, files); err != nil {
		t.Fatal(err)
	}
	return dir
}

// tinyWeights holds the toy model's checkpoint tensors.
type tinyWeights struct {
	embed []float32 // [vocab, H]
	norm  []float32 // [H], exactly representable in bf16
	lmA   []float32 // [vocabA, H]
	lmB   []float32 // [vocab-vocabA, H]
}

func newTinyWeights(seed uint64) *tinyWeights {
	rng := rand.New(rand.NewPCG(seed, 1))
	draw := func(n int) []float32 {
		v := make([]float32, n)
		for i := range v {
			v[i] = float32(rng.NormFloat64())
		}
		return v
	}
	w := &tinyWeights{embed: draw(tinyVocab * tinyH), norm: draw(tinyH), lmA: draw(tinyVocabA * tinyH), lmB: draw((tinyVocab - tinyVocabA) * tinyH)}
	for i, v := range w.norm {
		w.norm[i] = weights.BF16ToF32(weights.F32ToBF16(v) & 0xfff0) // few mantissa bits, so 1+x is exact
	}
	return w
}

// tensors returns the checkpoint tensors, plus one the program does not use.
func (w *tinyWeights) tensors(t testing.TB) []weights.WriteTensor {
	enc := func(dt weights.DType, v []float32) []byte {
		b, err := weights.EncodeFloat32(dt, v)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	return []weights.WriteTensor{
		{Name: "model.embed_tokens.weight", DType: weights.F32, Shape: []int64{tinyVocab, tinyH}, Data: enc(weights.F32, w.embed)},
		{Name: "lm_head.a.weight", DType: weights.F32, Shape: []int64{tinyVocabA, tinyH}, Data: enc(weights.F32, w.lmA)},
		{Name: "lm_head.b.weight", DType: weights.F32, Shape: []int64{tinyVocab - tinyVocabA, tinyH}, Data: enc(weights.F32, w.lmB)},
		{Name: "model.unused.bias", DType: weights.F32, Shape: []int64{3}, Data: enc(weights.F32, []float32{1, 2, 3})},
		{Name: "model.norm.weight", DType: weights.BF16, Shape: []int64{tinyH}, Data: enc(weights.BF16, w.norm)},
	}
}

// writeCheckpoint writes tensors as a safetensors file and opens it.
func writeCheckpoint(t testing.TB, tensors []weights.WriteTensor) *weights.Checkpoint {
	t.Helper()
	path := filepath.Join(t.TempDir(), "model.safetensors")
	if err := weights.Write(path, tensors, nil); err != nil {
		t.Fatal(err)
	}
	c, err := weights.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// loadTiny compiles, writes, loads and binds the toy model.
func loadTiny(t testing.TB, cfg runtime.Config, w *tinyWeights) (*runtime.Artifact, *runtime.Model) {
	t.Helper()
	return loadTinyManifest(t, tinyManifest(), cfg, w)
}

// loadTinyManifest is loadTiny with the manifest m.
func loadTinyManifest(t testing.TB, m *artifact.Manifest, cfg runtime.Config, w *tinyWeights) (*runtime.Artifact, *runtime.Model) {
	t.Helper()
	dir := writeArtifact(t, m, kernelLibrary(t, true))
	a, err := runtime.Load(dir, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	md, err := a.Bind(writeCheckpoint(t, w.tensors(t)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { md.Close() })
	return a, md
}

// tinyRef is the toy model in plain Go, in float64: the oracle for the compiled kernels.
type tinyRef struct {
	w     *tinyWeights
	rope  []float32
	cache [][]float64 // y of every position so far
}

func newTinyRef(w *tinyWeights, capacity int) *tinyRef {
	return &tinyRef{w: w, rope: interp.RoPETable(capacity, tinyRot, tinyTheta, tinyScale)}
}

func (m *tinyRef) step(tokens []int32, r int) []float64 {
	P := len(m.cache)
	for t, id := range tokens {
		y := make([]float64, tinyH)
		for j := range y {
			x := float64(m.w.embed[int(id)*tinyH+j])
			y[j] = x*(1+float64(m.w.norm[j])) + float64(m.rope[(P+t)*tinyRot+j%tinyRot])
		}
		m.cache = append(m.cache, y)
	}
	T := len(tokens)
	lm := append(append([]float32(nil), m.w.lmA...), m.w.lmB...)
	out := make([]float64, r*tinyVocab)
	for row := range r {
		n := P + T - r + row + 1
		for v := range tinyVocab {
			acc := 0.0
			for j := range tinyH {
				c := 0.0
				for p := range n {
					c += 3 * m.cache[p][j] // K + V = y + 2y
				}
				acc += c / float64(n) * float64(lm[v*tinyH+j])
			}
			out[row*tinyVocab+v] = acc
		}
	}
	return out
}

// maxRelDiff returns max |got-want| / max(1, max |want|).
func maxRelDiff(got []float32, want []float64) float64 {
	scale, d := 1.0, 0.0
	for _, w := range want {
		scale = max(scale, math.Abs(w))
	}
	for i := range want {
		d = max(d, math.Abs(float64(got[i])-want[i]))
	}
	return d / scale
}
