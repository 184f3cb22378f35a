package runtime

import (
	"errors"
	"fmt"
)

// Stepper is a model that runs one step at a time against its own KV cache: a CPU Session, or
// another backend's equivalent.
type Stepper interface {
	// Step runs tokens at positions Pos()..Pos()+len(tokens)-1 and returns the logits of the
	// last r rows, r·vocab values.
	Step(tokens []int32, r int) ([]float32, error)
	// Pos is the position the next step starts at.
	Pos() int
	// Reset empties the KV cache.
	Reset()
}

var _ Stepper = (*Session)(nil)

// Generate continues the context of s with prompt and then up to n generated tokens: the
// prompt runs as one step (prefill), then each sampled token is fed back alone (decode).
// Generation stops after n tokens, at the token eos (which is neither returned nor passed to
// onToken; eos < 0 disables it), or when onToken returns false (that token is returned).
// onToken may be nil. It returns the generated tokens; on an error (a full KV cache, say) the
// tokens generated so far are returned with it.
func Generate(s Stepper, prompt []int32, n int, sm *Sampler, eos int, onToken func(id int32) bool) ([]int32, error) {
	if len(prompt) == 0 {
		return nil, errors.New("generate: empty prompt (start it with the BOS token)")
	}
	if sm == nil {
		sm = &Sampler{}
	}
	if err := sm.Validate(); err != nil {
		return nil, err
	}
	var out []int32
	if n <= 0 {
		return out, nil
	}
	logits, err := s.Step(prompt, 1)
	if err != nil {
		return nil, fmt.Errorf("generate: prompt of %d tokens: %w", len(prompt), err)
	}
	for {
		id, err := sm.Sample(logits)
		if err != nil {
			return out, fmt.Errorf("generate: token %d: %w", len(out), err)
		}
		if eos >= 0 && int(id) == eos {
			return out, nil
		}
		out = append(out, id)
		if onToken != nil && !onToken(id) || len(out) == n {
			return out, nil
		}
		if logits, err = s.Step([]int32{id}, 1); err != nil {
			return out, fmt.Errorf("generate: decoding after %d generated tokens, at position %d: %w", len(out), s.Pos(), err)
		}
	}
}
