package tokenizer

import (
	"encoding/binary"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// fuzzModels are the real vocabularies the fuzzers use: kjv-small (2048 pieces, long merges)
// and tiny-f32 (512 pieces, mostly byte fallback).
var fuzzModels = sync.OnceValues(func() ([]*Tokenizer, error) {
	var toks []*Tokenizer
	for _, dir := range []string{"../testdata/nemotron/kjv-small", "../testdata/nemotron/tiny-f32"} {
		tok, err := Load(dir)
		if err != nil {
			return nil, err
		}
		toks = append(toks, tok)
	}
	return toks, nil
})

func loadFuzzModels(f *testing.F) []*Tokenizer {
	toks, err := fuzzModels()
	if err != nil {
		f.Fatal(err)
	}
	return toks
}

// FuzzEncodeDecode checks, for any text: Encode does not panic and gives ids in range,
// EncodeWithBOS is BOS + Encode, Decode gives the text back (with each invalid UTF-8 byte read
// as U+FFFD and "▁" as a space, since both models have byte fallback), and a Stream gives
// exactly what Decode gives.
func FuzzEncodeDecode(f *testing.F) {
	toks := loadFuzzModels(f)
	for _, s := range []string{
		"", " ", "  ", "▁", "▁▁x", "\n", "\nAnd", "And God said", "  Two leading spaces, 3 score and 10 years",
		"Naïve café — Jérusalem 東京 ☃", "a\xffb", "\xe2\x80", "\xed\xa0\x80", "\x00", "\uFFFD", "😀😀😀",
		"Blessed are the meek: for they shall inherit the earth.",
	} {
		f.Add(s)
	}
	if data, err := os.ReadFile("../testdata/nemotron/kjv-small/heldout.txt"); err == nil {
		lines := strings.SplitAfter(string(data), "\n")
		f.Add(strings.Join(lines[:min(5, len(lines))], ""))
	}
	f.Fuzz(func(t *testing.T, text string) {
		want := strings.ReplaceAll(string([]rune(text)), "▁", " ")
		for _, tok := range toks {
			ids := tok.Encode(text)
			for _, id := range ids {
				if id < 0 || id >= tok.VocabSize() || id == tok.Unknown() || tok.IsControl(id) {
					t.Fatalf("%s: Encode(%q) = %v has id %d (vocabulary %d)", tok.Path(), text, ids, id, tok.VocabSize())
				}
			}
			if diff := cmp.Diff(append([]int{tok.BOS()}, ids...), tok.EncodeWithBOS(text)); diff != "" {
				t.Fatalf("%s: EncodeWithBOS(%q) (-want +got):\n%s", tok.Path(), text, diff)
			}
			got := tok.Decode(ids)
			if got != want {
				t.Fatalf("%s: Decode(Encode(%q)) = %q, want %q", tok.Path(), text, got, want)
			}
			withBOS := slices.Concat([]int{tok.BOS()}, ids, []int{tok.EOS()})
			if s := streamAll(tok, withBOS); s != got {
				t.Fatalf("%s: stream of %v = %q, Decode = %q", tok.Path(), withBOS, s, got)
			}
		}
	})
}

// FuzzDecodeStream checks, for any id sequence (including ids out of range), that Decode and
// Stream do not panic and that the Stream's text is exactly Decode's.
func FuzzDecodeStream(f *testing.F) {
	toks := loadFuzzModels(f)
	f.Add([]byte{})
	f.Add([]byte{0, 2, 0x07, 0xCA, 0, 0xE6, 0, 0x9E, 0, 0x83})    // <s> ▁ <0xE2> <0x9A> <0x7F>
	f.Add([]byte{0xFF, 0xFF, 0, 3, 0x07, 0xFF, 0, 4, 0x01, 0x2D}) // -1 </s> 2047 <0x00> ...
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, tok := range toks {
			// Two bytes per id, mapped onto [-2, VocabSize()] so that out-of-range ids occur.
			var ids []int
			for i := 0; i+1 < len(data); i += 2 {
				ids = append(ids, int(binary.BigEndian.Uint16(data[i:]))%(tok.VocabSize()+3)-2)
			}
			want := tok.Decode(ids)
			if got := streamAll(tok, ids); got != want {
				t.Fatalf("%s: stream of %v = %q, Decode = %q", tok.Path(), ids, got, want)
			}
		}
	})
}

// FuzzLoad checks that Load refuses malformed models with an error instead of panicking, and
// that a model it accepts can encode, decode and stream.
func FuzzLoad(f *testing.F) {
	real, err := os.ReadFile("../testdata/nemotron/tiny-f32/tokenizer.model")
	if err != nil {
		f.Fatal(err)
	}
	small := smallModel().serialize()
	f.Add(real)
	f.Add(real[:len(real)/3])
	f.Add(small)
	f.Add(smallModel().withBytes().serialize())
	f.Add(small[:100])
	f.Add([]byte("not a model"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tok, err := fromBytes(data)
		if err != nil {
			return
		}
		ids := tok.EncodeWithBOS("ab c ☃ \xff  \n<s>")
		for _, id := range ids {
			if id < 0 || id >= tok.VocabSize() {
				t.Fatalf("EncodeWithBOS gives id %d outside the vocabulary of %d", id, tok.VocabSize())
			}
		}
		all := make([]int, tok.VocabSize()+2)
		for i := range all {
			all[i] = i - 1
		}
		for _, seq := range [][]int{ids, all} {
			if got, want := streamAll(tok, seq), tok.Decode(seq); got != want {
				t.Fatalf("stream of %v = %q, Decode = %q", seq, got, want)
			}
		}
	})
}
