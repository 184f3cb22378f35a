package tokenizer

import (
	"testing"
)

// BenchmarkEncodeHeldout encodes kjv-small's heldout.txt (59,873 bytes, 16,900 tokens) as one
// string, as the perplexity protocol does.
func BenchmarkEncodeHeldout(b *testing.B) {
	tok := mustLoad(b, "../testdata/nemotron/kjv-small")
	text := readText(b, "../testdata/nemotron/kjv-small/heldout.txt")
	b.SetBytes(int64(len(text)))
	var n int
	for b.Loop() {
		n = len(tok.Encode(text))
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkDecodeHeldout decodes the ids of heldout.txt.
func BenchmarkDecodeHeldout(b *testing.B) {
	tok := mustLoad(b, "../testdata/nemotron/kjv-small")
	ids := tok.Encode(readText(b, "../testdata/nemotron/kjv-small/heldout.txt"))
	for b.Loop() {
		tok.Decode(ids)
	}
}

// BenchmarkStreamHeldout pushes the ids of heldout.txt through a Stream one at a time.
func BenchmarkStreamHeldout(b *testing.B) {
	tok := mustLoad(b, "../testdata/nemotron/kjv-small")
	ids := tok.Encode(readText(b, "../testdata/nemotron/kjv-small/heldout.txt"))
	for b.Loop() {
		s := NewStream(tok)
		for _, id := range ids {
			s.Push(id)
		}
		s.Flush()
	}
}
