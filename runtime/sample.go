package runtime

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// Sampler picks the next token from a row of logits.
//
// With Temperature 0 it is greedy: the highest logit wins, the lowest index among equal ones.
// Otherwise the logits are divided by Temperature and turned into probabilities (softmax);
// TopK > 0 keeps the TopK most probable tokens, then 0 < TopP < 1 keeps the smallest set of the
// most probable remaining tokens whose renormalised probability reaches TopP (nucleus
// sampling); a token is drawn from what is left. Ties are ordered by index, and the draws come
// from a PCG generator seeded with Seed, so a Sampler is deterministic for a seed.
type Sampler struct {
	Temperature float64
	TopK        int
	TopP        float64
	Seed        uint64

	rng   *rand.Rand
	cands []candidate
}

// candidate is a token and its unnormalised probability (or its logit, before the softmax).
type candidate struct {
	id int32
	p  float64
}

// Validate reports settings that make no sense.
func (s *Sampler) Validate() error {
	switch {
	case math.IsNaN(s.Temperature) || s.Temperature < 0 || math.IsInf(s.Temperature, 0):
		return fmt.Errorf("sampler: temperature %v must be a finite number >= 0", s.Temperature)
	case s.TopK < 0:
		return fmt.Errorf("sampler: top-k %d must be >= 0 (0 disables it)", s.TopK)
	case math.IsNaN(s.TopP) || s.TopP < 0 || s.TopP > 1:
		return fmt.Errorf("sampler: top-p %v must be in [0, 1] (0 or 1 disables it)", s.TopP)
	}
	return nil
}

// Reseed restarts the random sequence from seed.
func (s *Sampler) Reseed(seed uint64) {
	s.Seed = seed
	s.rng = nil
}

// Sample returns the id of the next token given one row of logits. It fails on invalid settings
// and on logits without a single finite value (NaN counts as -Inf).
func (s *Sampler) Sample(logits []float32) (int32, error) {
	if err := s.Validate(); err != nil {
		return 0, err
	}
	best, bestV := -1, float32(math.Inf(-1))
	for i, v := range logits {
		if v > bestV { // false for NaN; the first maximum wins
			best, bestV = i, v
		}
	}
	if best < 0 || math.IsInf(float64(bestV), 0) {
		return 0, errors.New("sampler: the logits hold no finite value (NaN or infinite everywhere)")
	}
	if s.Temperature == 0 || s.TopK == 1 {
		return int32(best), nil
	}
	if s.rng == nil {
		s.rng = rand.New(rand.NewPCG(s.Seed, s.Seed^0x6d7463_73616d70)) // "mtcsamp"
	}
	// Candidates first hold logits; top-k selects on them (the order is the same as by
	// probability), and only the survivors pay for an exp.
	c := s.cands[:0]
	for i, v := range logits {
		if v == v {
			c = append(c, candidate{int32(i), float64(v)})
		}
	}
	if s.TopK > 0 && s.TopK < len(c) {
		c = topK(c, s.TopK)
	}
	for i := range c {
		c[i].p = math.Exp((c[i].p - float64(bestV)) / s.Temperature) // the largest is 1
	}
	if s.TopP > 0 && s.TopP < 1 {
		c = nucleus(c, s.TopP)
	}
	s.cands = c[:0]
	total := 0.0
	for _, x := range c {
		total += x.p
	}
	u := s.rng.Float64() * total
	for _, x := range c {
		u -= x.p
		if u < 0 {
			return x.id, nil
		}
	}
	return c[len(c)-1].id, nil // rounding left u at or just above 0
}

// byProb orders candidates most probable first, ties by lower id.
func byProb(a, b candidate) int {
	switch {
	case a.p > b.p:
		return -1
	case a.p < b.p:
		return 1
	}
	return int(a.id - b.id)
}

// topK returns the k best candidates, sorted by byProb: a selection by a bounded heap,
// O(n log k), so that k = 40 over a 256k vocabulary costs about one pass.
func topK(c []candidate, k int) []candidate {
	h := make([]candidate, 0, k) // a heap with the worst kept candidate at h[0]
	worse := func(i, j int) bool { return byProb(h[i], h[j]) > 0 }
	down := func(i int) {
		for {
			l := 2*i + 1
			if l >= len(h) {
				return
			}
			if r := l + 1; r < len(h) && worse(r, l) {
				l = r
			}
			if !worse(l, i) {
				return
			}
			h[i], h[l] = h[l], h[i]
			i = l
		}
	}
	for _, x := range c {
		if len(h) < k {
			h = append(h, x)
			for i := len(h) - 1; i > 0; {
				p := (i - 1) / 2
				if !worse(i, p) {
					break
				}
				h[i], h[p] = h[p], h[i]
				i = p
			}
			continue
		}
		if byProb(x, h[0]) < 0 {
			h[0] = x
			down(0)
		}
	}
	slices.SortFunc(h, byProb)
	return append(c[:0], h...)
}

// nucleus returns the shortest run of the most probable candidates whose probability reaches
// p of the total, sorted by byProb.
//
// Sorting a whole vocabulary per token is slow, so it first looks for a threshold t such that
// the candidates with probability >= t already hold p of the mass: the nucleus lies among
// them, since they precede every other candidate in the sorted order. Only those are sorted.
func nucleus(c []candidate, p float64) []candidate {
	total, top := 0.0, 0.0
	for _, x := range c {
		total += x.p
		top = max(top, x.p)
	}
	want := p * total
	kept := c
	for t := top / 1024; t > 0; t /= 64 {
		mass, n := 0.0, 0
		for _, x := range c {
			if x.p >= t {
				mass += x.p
				n++
			}
		}
		if mass >= want {
			kept = make([]candidate, 0, n)
			for _, x := range c {
				if x.p >= t {
					kept = append(kept, x)
				}
			}
			break
		}
	}
	slices.SortFunc(kept, byProb)
	sum := 0.0
	for i, x := range kept {
		sum += x.p
		if sum >= want {
			return kept[:i+1]
		}
	}
	return kept
}
