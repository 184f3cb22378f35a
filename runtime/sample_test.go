package runtime_test

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mtc-dev/mtc/runtime"
)

func randomLogits(seed uint64, n int) []float32 {
	rng := rand.New(rand.NewPCG(seed, 2))
	l := make([]float32, n)
	for i := range l {
		l[i] = float32(rng.NormFloat64() * 3)
	}
	return l
}

func mustSample(t *testing.T, s *runtime.Sampler, logits []float32) int32 {
	t.Helper()
	id, err := s.Sample(logits)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func argmax(l []float32) int32 {
	best := 0
	for i, v := range l {
		if v > l[best] {
			best = i
		}
	}
	return int32(best)
}

// TestSamplerGreedy covers temperature 0, top-k 1 and a tiny top-p, which all pick the argmax
// (lowest index among ties), whatever the seed.
func TestSamplerGreedy(t *testing.T) {
	tests := []struct {
		name   string
		logits []float32
		want   int32
	}{
		{"single maximum", []float32{0.1, 2, -1, 1.9}, 1},
		{"tie: lowest index", []float32{1, 3, 0, 3, 3}, 1},
		{"NaN ignored", []float32{float32(math.NaN()), -5, -4}, 2},
		{"-Inf ignored", []float32{float32(math.Inf(-1)), -7}, 1},
	}
	samplers := map[string]runtime.Sampler{
		"temperature 0": {},
		"top-k 1":       {Temperature: 1.5, TopK: 1, Seed: 3},
		"top-p tiny":    {Temperature: 1.5, TopP: 1e-9, Seed: 4},
	}
	for _, tt := range tests {
		for name, sm := range samplers {
			t.Run(tt.name+"/"+name, func(t *testing.T) {
				for range 20 {
					if got := mustSample(t, &sm, tt.logits); got != tt.want {
						t.Fatalf("Sample(%v) = %d, want %d", tt.logits, got, tt.want)
					}
				}
			})
		}
	}
	// On random logits too.
	for seed := range uint64(20) {
		l := randomLogits(seed, 1000)
		for name, sm := range samplers {
			if got, want := mustSample(t, &sm, l), argmax(l); got != want {
				t.Errorf("seed %d, %s: got %d, want the argmax %d", seed, name, got, want)
			}
		}
	}
}

// TestSamplerReproducible checks that a seed fixes the sequence and Reseed restarts it.
func TestSamplerReproducible(t *testing.T) {
	l := randomLogits(1, 500)
	draw := func(s *runtime.Sampler) []int32 {
		var out []int32
		for range 50 {
			out = append(out, mustSample(t, s, l))
		}
		return out
	}
	s1 := &runtime.Sampler{Temperature: 1, TopK: 50, TopP: 0.9, Seed: 42}
	s2 := &runtime.Sampler{Temperature: 1, TopK: 50, TopP: 0.9, Seed: 42}
	a, b := draw(s1), draw(s2)
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("same seed, different draws:\n%s", diff)
	}
	s1.Reseed(42)
	if diff := cmp.Diff(a, draw(s1)); diff != "" {
		t.Errorf("Reseed did not restart the sequence:\n%s", diff)
	}
	if cmp.Equal(a, draw(&runtime.Sampler{Temperature: 1, TopK: 50, TopP: 0.9, Seed: 43})) {
		t.Error("seeds 42 and 43 give the same 50 draws")
	}
}

// TestSamplerDistribution draws many tokens and compares the counts with the expected
// probabilities with a chi-square statistic; the seed is fixed, so the bound is a regression
// check with a wide margin (the 99.9% quantile of the chi-square distribution).
func TestSamplerDistribution(t *testing.T) {
	logits := []float32{2, 1, 0.5, 0, -1, 3}
	softmax := func(l []float32, temp float64, keep func(i int) bool) []float64 {
		p := make([]float64, len(l))
		sum := 0.0
		for i, v := range l {
			if keep(i) {
				p[i] = math.Exp(float64(v) / temp)
				sum += p[i]
			}
		}
		for i := range p {
			p[i] /= sum
		}
		return p
	}
	all := func(int) bool { return true }
	tests := []struct {
		name string
		sm   runtime.Sampler
		want []float64
		// chi2 is the 99.9% quantile for the degrees of freedom (tokens kept - 1).
		chi2 float64
	}{
		{"temperature 1", runtime.Sampler{Temperature: 1, Seed: 1}, softmax(logits, 1, all), 20.52},
		{"temperature 0.5", runtime.Sampler{Temperature: 0.5, Seed: 2}, softmax(logits, 0.5, all), 20.52},
		{"temperature 2", runtime.Sampler{Temperature: 2, Seed: 3}, softmax(logits, 2, all), 20.52},
		// Top-3 by logit: indices 5, 0, 1.
		{"top-k 3", runtime.Sampler{Temperature: 1, TopK: 3, Seed: 4},
			softmax(logits, 1, func(i int) bool { return i == 5 || i == 0 || i == 1 }), 13.82},
		// Probabilities at T=1: 0.629, 0.231, 0.085, ...: top-p 0.8 keeps the first two
		// (0.629 < 0.8 <= 0.860).
		{"top-p 0.8", runtime.Sampler{Temperature: 1, TopP: 0.8, Seed: 5},
			softmax(logits, 1, func(i int) bool { return i == 5 || i == 0 }), 10.83},
		// Top-k 4 keeps 5, 0, 1, 2 (renormalised 0.631, 0.232, 0.085, 0.052); top-p 0.9 then
		// keeps the first three (0.863 < 0.9 <= 0.948).
		{"top-k 4 then top-p 0.9", runtime.Sampler{Temperature: 1, TopK: 4, TopP: 0.9, Seed: 6},
			softmax(logits, 1, func(i int) bool { return i == 5 || i == 0 || i == 1 }), 13.82},
	}
	const n = 20000
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			counts := make([]float64, len(logits))
			for range n {
				counts[mustSample(t, &tt.sm, logits)]++
			}
			chi := 0.0
			for i, p := range tt.want {
				if p == 0 {
					if counts[i] > 0 {
						t.Errorf("token %d drawn %v times, but it should have been cut", i, counts[i])
					}
					continue
				}
				e := p * n
				chi += (counts[i] - e) * (counts[i] - e) / e
			}
			if chi > tt.chi2 {
				t.Errorf("chi-square %.2f > %.2f: counts %v, expected probabilities %.4f", chi, tt.chi2, counts, tt.want)
			}
		})
	}
}

// TestSamplerTopKLargeVocabulary checks top-k over a large vocabulary: only the k best
// tokens are ever drawn.
func TestSamplerTopKLargeVocabulary(t *testing.T) {
	l := randomLogits(7, 20000)
	s := &runtime.Sampler{Temperature: 5, TopK: 10, Seed: 1}
	// The 10th best logit.
	sorted := append([]float32(nil), l...)
	for i := range 10 {
		for j := i + 1; j < len(sorted); j++ {
			if sorted[j] > sorted[i] {
				sorted[i], sorted[j] = sorted[j], sorted[i]
			}
		}
	}
	seen := map[int32]bool{}
	for range 500 {
		id := mustSample(t, s, l)
		if l[id] < sorted[9] {
			t.Fatalf("drew token %d with logit %v, below the 10th best %v", id, l[id], sorted[9])
		}
		seen[id] = true
	}
	if len(seen) != 10 {
		t.Errorf("drew %d distinct tokens at temperature 5 over 500 draws, want all 10", len(seen))
	}
}

// TestSamplerErrors checks invalid settings and unusable logits.
func TestSamplerErrors(t *testing.T) {
	nan := float32(math.NaN())
	tests := []struct {
		name   string
		sm     runtime.Sampler
		logits []float32
		want   string
	}{
		{"negative temperature", runtime.Sampler{Temperature: -1}, []float32{1}, "temperature -1 must be"},
		{"NaN temperature", runtime.Sampler{Temperature: math.NaN()}, []float32{1}, "temperature NaN must be"},
		{"negative top-k", runtime.Sampler{TopK: -2}, []float32{1}, "top-k -2 must be >= 0"},
		{"top-p above 1", runtime.Sampler{TopP: 1.5}, []float32{1}, "top-p 1.5 must be in [0, 1]"},
		{"all NaN", runtime.Sampler{}, []float32{nan, nan}, "no finite value"},
		{"empty", runtime.Sampler{Temperature: 1}, nil, "no finite value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.sm.Sample(tt.logits)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Sample: err = %v, want %q", err, tt.want)
			}
		})
	}
}

// FuzzSample feeds arbitrary logits (NaNs and infinities included) and settings to Sample: it
// must never panic, and a token it returns must be in range with a finite logit.
func FuzzSample(f *testing.F) {
	f.Add([]byte{0, 0, 128, 63, 0, 0, 0, 64}, 1.0, 0, 0.0, uint64(1))
	f.Add([]byte{0, 0, 192, 127, 0, 0, 128, 255, 0, 0, 128, 127}, 0.7, 2, 0.9, uint64(2))
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}, 0.0, 1, 1e-9, uint64(3))
	f.Add([]byte{}, 2.0, 5, 0.5, uint64(4))
	f.Fuzz(func(t *testing.T, raw []byte, temp float64, topK int, topP float64, seed uint64) {
		logits := make([]float32, len(raw)/4)
		for i := range logits {
			logits[i] = math.Float32frombits(uint32(raw[4*i]) | uint32(raw[4*i+1])<<8 | uint32(raw[4*i+2])<<16 | uint32(raw[4*i+3])<<24)
		}
		s := &runtime.Sampler{Temperature: temp, TopK: topK, TopP: topP, Seed: seed}
		id, err := s.Sample(logits)
		if err != nil {
			return
		}
		if id < 0 || int(id) >= len(logits) {
			t.Fatalf("Sample returned %d for %d logits", id, len(logits))
		}
		if v := logits[id]; v != v || math.IsInf(float64(v), 0) {
			t.Fatalf("Sample returned token %d with logit %v", id, v)
		}
	})
}
