package tokenizer

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// idsOf maps pieces of tok to their ids; it fails the test on a piece the vocabulary lacks.
func idsOf(t testing.TB, tok *Tokenizer, pieces ...string) []int {
	t.Helper()
	var ids []int
	for _, p := range pieces {
		found := false
		for id := 0; id < tok.VocabSize(); id++ {
			if tok.Piece(id) == p {
				ids = append(ids, id)
				found = true
				break
			}
		}
		if !found {
			t.Fatalf("no piece %q in %s", p, tok.Path())
		}
	}
	return ids
}

// TestDecodeAndStream checks Decode on hand-made sequences, and that a Stream returns the
// text piece by piece: each Push gives exactly the listed text and Flush the rest.
func TestDecodeAndStream(t *testing.T) {
	tok := mustLoad(t, "../testdata/nemotron/kjv-small/tokenizer.model")
	tests := []struct {
		name   string
		pieces []string
		pushes []string // what each Push returns
		flush  string
	}{
		{name: "nothing"},
		{name: "control pieces are silent", pieces: []string{"<s>", "<pad>", "</s>"}, pushes: []string{"", "", ""}},
		{name: "dummy prefix dropped after BOS", pieces: []string{"<s>", "▁And", "▁God"}, pushes: []string{"", "And", " God"}},
		{name: "only the first ▁ is the dummy prefix", pieces: []string{"▁", "▁", "▁T", "w", "o"}, pushes: []string{"", " ", " T", "w", "o"}},
		{name: "lone ▁ then a word", pieces: []string{"▁", "▁And"}, pushes: []string{"", " And"}},
		{name: "control pieces do not end the start", pieces: []string{"</s>", "<s>", "▁And"}, pushes: []string{"", "", "And"}},
		{name: "no ▁ at the start", pieces: []string{"nd", "▁God"}, pushes: []string{"nd", " God"}},
		{name: "text from bytes ends the start", pieces: []string{"<0x20>", "▁And"}, pushes: []string{" ", " And"}},
		{name: "newline then a word", pieces: []string{".", "<0x0A>", "A", "nd"}, pushes: []string{".", "\n", "A", "nd"}},
		{name: "rune held back until complete", pieces: []string{"▁", "<0xE2>", "<0x80>", "<0x99>", "▁And"}, pushes: []string{"", "", "", "’", " And"}},
		{name: "two runes in one run", pieces: []string{"<0xE6>", "<0x9D>", "<0xB1>", "<0xE4>", "<0xBA>", "<0xAC>"}, pushes: []string{"", "", "東", "", "", "京"}},
		{name: "truncated rune before a piece", pieces: []string{"<0xE2>", "<0x80>", "▁And"}, pushes: []string{"", "", "\uFFFD\uFFFD And"}},
		{name: "truncated rune at the end", pieces: []string{"▁A", "<0xE2>", "<0x80>"}, pushes: []string{"A", "", ""}, flush: "\uFFFD\uFFFD"},
		{name: "invalid lead byte is final at once", pieces: []string{"<0xFF>", "<0x41>"}, pushes: []string{"\uFFFD", "A"}},
		{name: "bad continuation", pieces: []string{"<0xE2>", "<0x41>"}, pushes: []string{"", "\uFFFDA"}},
		{name: "surrogate encoding is invalid", pieces: []string{"<0xED>", "<0xA0>", "<0x80>"}, pushes: []string{"", "\uFFFD\uFFFD", "\uFFFD"}},
		{name: "unknown", pieces: []string{"<unk>", "▁And"}, pushes: []string{" \u2047 ", " And"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ids := idsOf(t, tok, tt.pieces...)
			var want string
			for _, p := range tt.pushes {
				want += p
			}
			want += tt.flush
			if got := tok.Decode(ids); got != want {
				t.Errorf("Decode = %q, want %q", got, want)
			}
			s := NewStream(tok)
			var pushes []string
			for _, id := range ids {
				pushes = append(pushes, s.Push(id))
			}
			if diff := cmp.Diff(tt.pushes, pushes); diff != "" {
				t.Errorf("Push results (-want +got):\n%s", diff)
			}
			if got := s.Flush(); got != tt.flush {
				t.Errorf("Flush = %q, want %q", got, tt.flush)
			}
		})
	}
}

func TestDecodeOutOfRange(t *testing.T) {
	tok := mustLoad(t, "../testdata/nemotron/tiny-f32")
	const unk = " \u2047 "
	ids := []int{-1, tok.VocabSize(), 1 << 40}
	if got, want := tok.Decode(ids), unk+unk+unk; got != want {
		t.Errorf("Decode(%v) = %q, want %q", ids, got, want)
	}
	if got := streamAll(tok, ids); got != unk+unk+unk {
		t.Errorf("stream of %v = %q", ids, got)
	}
	for _, id := range ids {
		if p := tok.Piece(id); p != "" {
			t.Errorf("Piece(%d) = %q, want \"\"", id, p)
		}
		if tok.IsControl(id) {
			t.Errorf("IsControl(%d) = true", id)
		}
	}
}

func TestSpecialIDs(t *testing.T) {
	for _, dir := range checkpointDirs(t) {
		pf := readPrompts(t, dir)
		tok := mustLoad(t, dir)
		got := map[string]int{
			"<pad>": tok.Pad(),
			"<unk>": tok.Unknown(),
			"<s>":   tok.BOS(),
			"</s>":  tok.EOS(),
		}
		if diff := cmp.Diff(pf.SpecialIDs, got); diff != "" {
			t.Errorf("%s: special ids (-want +got):\n%s", dir, diff)
		}
		for name, id := range pf.SpecialIDs {
			if tok.Piece(id) != name {
				t.Errorf("%s: Piece(%d) = %q, want %q", dir, id, tok.Piece(id), name)
			}
			if want := name != "<unk>"; tok.IsControl(id) != want {
				t.Errorf("%s: IsControl(%d) = %v, want %v", dir, id, !want, want)
			}
		}
		// Nemotron's layout: 4 special pieces, then the 256 byte pieces <0x00>..<0xFF>.
		for b := 0; b < 256; b++ {
			if got, want := tok.Piece(4+b), fmt.Sprintf("<0x%02X>", b); got != want {
				t.Errorf("%s: Piece(%d) = %q, want %q", dir, 4+b, got, want)
				break
			}
		}
	}
}

// TestStreamContinuation checks the recipe of the Stream doc: after pushing a prompt, the
// first generated piece keeps its leading space.
func TestStreamContinuation(t *testing.T) {
	tok := mustLoad(t, "../testdata/nemotron/kjv-small")
	s := NewStream(tok)
	for _, id := range tok.EncodeWithBOS("In the beginning") {
		s.Push(id)
	}
	var got string
	for _, id := range tok.Encode("God created") {
		got += s.Push(id)
	}
	got += s.Flush()
	if want := " God created"; got != want {
		t.Errorf("continuation = %q, want %q", got, want)
	}
}

// TestConcurrentUse encodes and decodes from several goroutines at once (run with -race).
func TestConcurrentUse(t *testing.T) {
	tok := mustLoad(t, "../testdata/nemotron/kjv-small")
	texts := []string{"And God said", "Naïve café — Jérusalem 東京 ☃", "  Two leading spaces, 3 score"}
	want := make([][]int, len(texts))
	for i, s := range texts {
		want[i] = tok.Encode(s)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(texts))
	for range 4 {
		for i, s := range texts {
			wg.Go(func() {
				ids := tok.Encode(s)
				if !slices.Equal(ids, want[i]) || tok.Decode(ids) != s {
					errs <- s
				}
			})
		}
	}
	wg.Wait()
	close(errs)
	for s := range errs {
		t.Errorf("concurrent Encode/Decode of %q differs", s)
	}
}
