package tokenizer

import (
	"strings"
	"unicode/utf8"
)

// Stream decodes ids one at a time, for printing generated text as it is produced. Everything
// Push returns, followed by what Flush returns, is exactly Decode of all the ids pushed.
//
// Like Decode, a Stream drops the dummy-prefix "▁" of the first piece of a sequence. To print
// only a continuation, push the prompt's ids (BOS included) first and discard what they
// return: the first generated piece then keeps its space.
type Stream struct {
	t       *Tokenizer
	pending []byte // byte pieces that do not yet form a complete UTF-8 sequence

	// The dummy-prefix state of Decode: atStart while the next piece may carry the dummy
	// "▁"; strippedLast when the last non-byte piece had its "▁" removed; wrote once any
	// text has been returned.
	atStart      bool
	strippedLast bool
	wrote        bool
}

// NewStream returns a Stream that decodes ids of t from the beginning of a sequence.
func NewStream(t *Tokenizer) *Stream { return &Stream{t: t, atStart: true} }

// Push adds id and returns the text it completes: "" for control pieces and for a byte piece
// that leaves a UTF-8 sequence unfinished, one or more characters otherwise.
func (s *Stream) Push(id int) string {
	if b := s.t.byteOf(id); b >= 0 {
		s.pending = append(s.pending, byte(b))
		return s.note(s.takeComplete())
	}
	flushed := s.takeAll() // a non-byte piece ends the run: what is left is invalid
	if s.strippedLast || s.wrote || flushed != "" {
		s.atStart = false
	}
	text, stripped := s.t.surface(id, s.atStart)
	s.strippedLast = stripped
	if flushed != "" {
		text = flushed + text
	}
	return s.note(text)
}

// Flush returns the bytes still held back as one U+FFFD each, which is what Decode does with
// ids that end inside a character. It is meant for the end of a sequence: byte pieces pushed
// after it start a new run, as if a non-byte piece had come in between.
func (s *Stream) Flush() string { return s.note(s.takeAll()) }

// takeAll removes and returns all of pending, each byte that does not start a valid sequence
// read as U+FFFD.
func (s *Stream) takeAll() string {
	if len(s.pending) == 0 {
		return ""
	}
	var sb strings.Builder
	writeUTF8(&sb, s.pending)
	s.pending = s.pending[:0]
	return sb.String()
}

// takeComplete removes and returns the leading characters of pending that no later byte can
// change: complete sequences, and bytes already known to be invalid.
func (s *Stream) takeComplete() string {
	var sb strings.Builder
	n := 0
	for n < len(s.pending) && utf8.FullRune(s.pending[n:]) {
		r, size := utf8.DecodeRune(s.pending[n:])
		if r == utf8.RuneError && size == 1 {
			sb.WriteRune(utf8.RuneError)
		} else {
			sb.Write(s.pending[n : n+size])
		}
		n += size
	}
	s.pending = s.pending[:copy(s.pending, s.pending[n:])]
	return sb.String()
}

// note records that text was returned and passes it through.
func (s *Stream) note(text string) string {
	if text != "" {
		s.wrote = true
	}
	return text
}
