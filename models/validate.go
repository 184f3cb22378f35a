package models

import (
	"math"
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/mtc-dev/mtc/internal/diag"
)

// Limits that keep every count in Stats and every shape in TensorNames inside int64. They are
// far above any real model (Nemotron-4 340B has 96 layers and 3.4e11 parameters).
const (
	maxSize      = 1 << 24 // any single size: vocab, hidden, head_dim, heads, ffn, positions
	maxLayers    = 1 << 12 // checkpoint layers
	maxParams    = 1e14    // total parameters
	maxNameBytes = 256
)

// Validate checks that the values of s agree with each other. It returns nil or a diag.List
// whose errors are located with s.Pos (the file alone for values built in code). The checks:
// every size > 0; num_heads a multiple of num_kv_heads, for the uniform values and in every
// layer; Layers and Dropped together hold each checkpoint layer 0..NumLayers-1 exactly once, in
// order, and at least one layer runs; RotaryDims = int(HeadDim*PartialRotary), even and > 0;
// PartialRotary in (0, 1]; NormEps, RopeTheta and RopeScaling finite and > 0; BOS and EOS valid
// token ids; a supported activation, norm kind and dtype; a model under 1e14 parameters.
func (s *Spec) Validate() error {
	var errs diag.List
	at := s.PosOf

	if s.Name == "" {
		errs.Add(at("name"), "name is empty; expected a model name")
	} else if msg := checkName(s.Name); msg != "" {
		errs.Add(at("name"), "name %q %s", s.Name, msg)
	}

	sizes := []struct {
		key string
		v   int
	}{
		{"vocab_size", s.VocabSize},
		{"hidden_size", s.Hidden},
		{"head_dim", s.HeadDim},
		{"num_heads", s.Heads},
		{"num_kv_heads", s.KVHeads},
		{"ffn_size", s.FFN},
		{"max_position_embeddings", s.MaxPositions},
	}
	for _, sz := range sizes {
		checkSize(&errs, at(sz.key), sz.key, sz.v)
	}
	if s.Heads > 0 && s.KVHeads > 0 && s.Heads%s.KVHeads != 0 {
		errs.Add(at("num_kv_heads"), "num_kv_heads = %d must divide num_heads = %d", s.KVHeads, s.Heads)
	}

	layersOK := true
	switch {
	case s.NumLayers <= 0:
		errs.Add(at("num_layers"), "num_layers = %d must be > 0", s.NumLayers)
		layersOK = false
	case s.NumLayers > maxLayers:
		errs.Add(at("num_layers"), "num_layers = %d is above the limit of %d", s.NumLayers, maxLayers)
		layersOK = false
	}
	if layersOK {
		s.validateLayers(&errs)
	}

	if s.Activation != ActivationReLU2 {
		errs.Add(at("activation"), "activation %q is not supported (supported: %s)", s.Activation, ActivationReLU2)
	}
	if s.Norm != NormLayerNorm1P && s.Norm != NormLayerNorm {
		errs.Add(at("norm.type"), "norm type %s is not supported (expected layernorm1p or layernorm)", s.Norm)
	}
	checkPositive(&errs, at("norm.eps"), "norm eps", s.NormEps)
	checkPositive(&errs, at("rope.theta"), "rope theta", s.RopeTheta)
	checkPositive(&errs, at("rope.scaling_factor"), "rope scaling_factor", s.RopeScaling)

	pf := s.PartialRotary
	if !(pf > 0 && pf <= 1) {
		errs.Add(at("rope.partial_rotary_factor"), "partial_rotary_factor = %v must be in (0, 1]", pf)
	} else if s.HeadDim > 0 {
		r := RotaryDimsFor(s.HeadDim, pf)
		switch {
		case r <= 0:
			errs.Add(at("rope.partial_rotary_factor"), "rotary dims int(head_dim * partial_rotary_factor) = int(%d * %v) = %d must be > 0", s.HeadDim, pf, r)
		case r%2 != 0:
			errs.Add(at("rope.partial_rotary_factor"), "rotary dims int(head_dim * partial_rotary_factor) = int(%d * %v) = %d must be even", s.HeadDim, pf, r)
		case s.RotaryDims != r:
			errs.Add(at("rope.partial_rotary_factor"), "rotary dims = %d, but int(head_dim * partial_rotary_factor) = int(%d * %v) = %d", s.RotaryDims, s.HeadDim, pf, r)
		}
	}

	for _, tok := range []struct {
		key string
		v   int
	}{{"bos_token_id", s.BOS}, {"eos_token_id", s.EOS}} {
		if tok.v < 0 {
			errs.Add(at(tok.key), "%s = %d must be >= 0", tok.key, tok.v)
		} else if s.VocabSize > 0 && tok.v >= s.VocabSize {
			errs.Add(at(tok.key), "%s = %d must be < vocab_size = %d", tok.key, tok.v, s.VocabSize)
		}
	}
	if _, err := DTypeSize(s.DType); err != nil {
		errs.Add(at("dtype"), "dtype %q is not supported (expected f32, bf16 or f16)", s.DType)
	}

	if len(errs) == 0 {
		if n := s.paramsEstimate(); n > maxParams {
			errs.Add(at("name"), "model has %.3g parameters, above the limit of %.0e", n, maxParams)
		}
	}
	return errs.Err()
}

// validateLayers checks Layers and Dropped against NumLayers (known to be in range).
func (s *Spec) validateLayers(errs *diag.List) {
	if len(s.Layers) == 0 {
		errs.Add(s.PosOf("drop_layers"), "no layer runs: all %d layers are dropped; at least one must run", s.NumLayers)
	}
	seen := make([]bool, s.NumLayers)
	check := func(l Layer, prev int, what string) bool {
		switch {
		case l.Index < 0 || l.Index >= s.NumLayers:
			errs.Add(s.PosOf(layerKey(l.Index, "")), "%s layer index %d out of range [0, %d)", what, l.Index, s.NumLayers)
			return false
		case seen[l.Index]:
			errs.Add(s.PosOf(layerKey(l.Index, "")), "layer %d is listed twice", l.Index)
			return false
		case l.Index <= prev:
			errs.Add(s.PosOf(layerKey(l.Index, "")), "%s layer %d comes after layer %d; expected increasing indices", what, l.Index, prev)
		}
		seen[l.Index] = true
		if !s.Overridden(l) {
			return true // the uniform values are checked on their own
		}
		checkSize(errs, s.LayerPos(l.Index, "num_heads"), layerField(l.Index, "num_heads"), l.Heads)
		checkSize(errs, s.LayerPos(l.Index, "num_kv_heads"), layerField(l.Index, "num_kv_heads"), l.KVHeads)
		checkSize(errs, s.LayerPos(l.Index, "ffn_size"), layerField(l.Index, "ffn_size"), l.FFN)
		if l.Heads > 0 && l.KVHeads > 0 && l.Heads%l.KVHeads != 0 {
			// Blame the override that broke it: the layer's num_kv_heads, else its num_heads.
			pos := s.LayerPos(l.Index, "num_kv_heads")
			if _, ok := s.Pos[layerKey(l.Index, "num_kv_heads")]; !ok {
				pos = s.LayerPos(l.Index, "num_heads")
			}
			errs.Add(pos, "layer %d: num_kv_heads = %d must divide num_heads = %d", l.Index, l.KVHeads, l.Heads)
		}
		return true
	}
	prev := -1
	for _, l := range s.Layers {
		if check(l, prev, "running") {
			prev = l.Index
		}
	}
	prev = -1
	for _, l := range s.Dropped {
		if check(l, prev, "dropped") {
			prev = l.Index
		}
	}
	var missing []int
	for i, ok := range seen {
		if !ok {
			missing = append(missing, i)
		}
	}
	if len(missing) > 0 {
		errs.Add(s.PosOf("num_layers"), "num_layers = %d but layers %v are neither running nor dropped", s.NumLayers, missing)
	}
}

func layerField(index int, key string) string {
	return "layer " + strconv.Itoa(index) + ": " + key
}

func checkSize(errs *diag.List, pos diag.Pos, key string, v int) {
	switch {
	case v <= 0:
		errs.Add(pos, "%s = %d must be > 0", key, v)
	case v > maxSize:
		errs.Add(pos, "%s = %d is above the limit of %d", key, v, maxSize)
	}
}

func checkPositive(errs *diag.List, pos diag.Pos, what string, v float64) {
	if !(v > 0) || math.IsInf(v, 0) {
		errs.Add(pos, "%s = %v must be a finite number > 0", what, v)
	}
}

// checkName returns "" for an acceptable model name, or what is wrong with it.
func checkName(name string) string {
	if len(name) > maxNameBytes {
		return "is longer than 256 bytes"
	}
	if !utf8.ValidString(name) {
		return "is not valid UTF-8"
	}
	for _, r := range name {
		if unicode.IsControl(r) || r == utf8.RuneError || !unicode.IsPrint(r) && r != ' ' {
			return "contains a control or non-printing character"
		}
	}
	return ""
}

// paramsEstimate is the parameter count in float64, safe from overflow for any sizes.
func (s *Spec) paramsEstimate() float64 {
	h, d := float64(s.Hidden), float64(s.HeadDim)
	n := 2*float64(s.VocabSize)*h + 2*h
	for _, l := range s.AllLayers() {
		n += 2*h*float64(l.Heads)*d + 2*h*float64(l.KVHeads)*d + 2*h*float64(l.FFN) + 4*h
	}
	return n
}
