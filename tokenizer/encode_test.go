package tokenizer

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestEncodeSmallModel checks Encode on a hand-made vocabulary where the BPE merges can be
// worked out by hand (ids as listed at smallModel).
func TestEncodeSmallModel(t *testing.T) {
	plain := smallModel()
	noPrefix := smallModel()
	noPrefix.addDummyPrefix = false
	surface := smallModel()
	surface.unkSurface = "<?>"
	models := map[string]*Tokenizer{
		"plain":     mustLoad(t, writeModel(t, plain.serialize())),
		"no prefix": mustLoad(t, writeModel(t, noPrefix.serialize())),
		"bytes":     mustLoad(t, writeModel(t, plain.withBytes().serialize())),
		"surface":   mustLoad(t, writeModel(t, surface.serialize())),
	}
	// In "bytes" the byte piece <0xAB> has id 12+0xAB.
	const b0 = 12
	tests := []struct {
		model, text string
		ids         []int
		decoded     string
	}{
		{"plain", "", []int{}, ""},
		// ▁a (-1) is merged first, then ▁ab (-0.5); ▁abc is not a piece.
		{"plain", "ab", []int{10}, "ab"},
		{"plain", "abc", []int{10, 7}, "abc"},
		// bc (-1.5) is the only pair in the vocabulary.
		{"plain", "bca", []int{4, 11, 5}, "bca"},
		// The dummy prefix comes on top of the text's own spaces; only it is dropped again.
		{"plain", "  a", []int{4, 4, 8}, "  a"},
		// Without byte fallback a run of unknown characters is one <unk>.
		{"plain", "a☃☃b", []int{8, 1, 6}, "a \u2047 b"},
		{"plain", "☃ ☃", []int{4, 1, 4, 1}, " \u2047   \u2047 "},
		{"plain", "a\xff\xfeb", []int{8, 1, 6}, "a \u2047 b"},
		{"surface", "a☃", []int{8, 1}, "a<?>"},
		{"no prefix", "ab", []int{9}, "ab"},
		{"no prefix", " ab", []int{10}, " ab"},
		{"no prefix", "a b", []int{5, 4, 6}, "a b"},
		// With byte fallback an unknown character becomes its UTF-8 bytes, and an invalid
		// byte becomes U+FFFD's bytes, as SentencePiece's normalizer replaces it.
		{"bytes", "a☃", []int{8, b0 + 0xE2, b0 + 0x98, b0 + 0x83}, "a☃"},
		{"bytes", "a\xff", []int{8, b0 + 0xEF, b0 + 0xBF, b0 + 0xBD}, "a\uFFFD"},
		{"bytes", "\xe2\x98", []int{4, b0 + 0xEF, b0 + 0xBF, b0 + 0xBD, b0 + 0xEF, b0 + 0xBF, b0 + 0xBD}, "\uFFFD\uFFFD"},
	}
	for _, tt := range tests {
		tok := models[tt.model]
		ids := tok.Encode(tt.text)
		if diff := cmp.Diff(tt.ids, ids); diff != "" {
			t.Errorf("%s: Encode(%q) (-want +got):\n%s", tt.model, tt.text, diff)
		}
		if diff := cmp.Diff(append([]int{tok.BOS()}, tt.ids...), tok.EncodeWithBOS(tt.text)); diff != "" {
			t.Errorf("%s: EncodeWithBOS(%q) (-want +got):\n%s", tt.model, tt.text, diff)
		}
		if got := tok.Decode(ids); got != tt.decoded {
			t.Errorf("%s: Decode(%v) = %q, want %q", tt.model, ids, got, tt.decoded)
		}
		if got := streamAll(tok, ids); got != tt.decoded {
			t.Errorf("%s: stream of %v = %q, want %q", tt.model, ids, got, tt.decoded)
		}
	}
}

// TestEncodeInvalidUTF8 checks on a real model that an invalid byte is encoded as U+FFFD.
func TestEncodeInvalidUTF8(t *testing.T) {
	tok := mustLoad(t, "../testdata/nemotron/kjv-small")
	got := tok.Encode("And\xff God")
	if diff := cmp.Diff(tok.Encode("And\uFFFD God"), got); diff != "" {
		t.Errorf("Encode(\"And\\xff God\") vs Encode(\"And\\uFFFD God\") (-want +got):\n%s", diff)
	}
	want := idsOf(t, tok, "▁And", "<0xEF>", "<0xBF>", "<0xBD>", "▁God")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Encode(\"And\\xff God\") (-want +got):\n%s", diff)
	}
}
