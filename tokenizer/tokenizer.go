package tokenizer

import (
	"strings"
	"unicode/utf8"

	sentencepiece "github.com/eliben/go-sentencepiece"
)

// Tokenizer is a loaded SentencePiece BPE model. Ids are indices into the model's pieces.
type Tokenizer struct {
	path string
	proc *sentencepiece.Processor

	pieces    []string    // by id
	types     []pieceType // by id
	byteValue []int16     // by id: the byte a BYTE piece stands for, -1 for other pieces
	surfaces  []string    // by id: the decoded text of a non-byte piece, "▁" read as " "
	prefixed  []bool      // by id: the piece may carry the dummy prefix (starts with "▁")

	addDummyPrefix bool
	byteFallback   bool
	unkSurface     string
	unk, bos, eos  int
	pad            int // -1 when the model has no <pad> control piece
}

// Path is the model file the tokenizer was loaded from.
func (t *Tokenizer) Path() string { return t.path }

// VocabSize is the number of pieces, so every id is in [0, VocabSize()).
func (t *Tokenizer) VocabSize() int { return len(t.pieces) }

// BOS is the id of the beginning-of-sequence control piece (<s>, id 2 in Nemotron models).
func (t *Tokenizer) BOS() int { return t.bos }

// EOS is the id of the end-of-sequence control piece (</s>, id 3 in Nemotron models).
func (t *Tokenizer) EOS() int { return t.eos }

// Pad is the id of the <pad> control piece, or -1 when the model has none.
func (t *Tokenizer) Pad() int { return t.pad }

// Unknown is the id of the <unk> piece.
func (t *Tokenizer) Unknown() int { return t.unk }

// Piece is the vocabulary entry of id as the model spells it ("▁the", "<0x0A>", "<s>"), or ""
// when id is out of range.
func (t *Tokenizer) Piece(id int) string {
	if id < 0 || id >= len(t.pieces) {
		return ""
	}
	return t.pieces[id]
}

// IsControl reports whether id is a control piece (<s>, </s>, <pad>), which decodes to no text.
func (t *Tokenizer) IsControl(id int) bool {
	return id >= 0 && id < len(t.types) && t.types[id] == pieceControl
}

// Encode returns the ids SentencePiece gives text, without BOS. Empty text gives no ids.
func (t *Tokenizer) Encode(text string) []int { return t.encode(text, false) }

// EncodeWithBOS is Encode with BOS() in front.
func (t *Tokenizer) EncodeWithBOS(text string) []int { return t.encode(text, true) }

func (t *Tokenizer) encode(text string, withBOS bool) []int {
	ids := make([]int, 0, len(text)/3+2)
	if withBOS {
		ids = append(ids, t.bos)
	}
	if text == "" {
		return ids
	}
	text = replaceInvalidUTF8(text)
	if t.addDummyPrefix {
		text = " " + text
	}
	prevUnk := false
	for _, tok := range t.proc.Encode(text) {
		isUnk := tok.ID == t.unk
		if isUnk && prevUnk {
			continue // without byte fallback a run of unknown symbols is one <unk>
		}
		ids = append(ids, tok.ID)
		prevUnk = isUnk
	}
	return ids
}

// replaceInvalidUTF8 replaces each byte that does not start a valid UTF-8 sequence with
// U+FFFD, as SentencePiece's normalizer does. utf8.DecodeRuneInString and SentencePiece's
// DecodeUTF8 agree on validity (no overlong forms, no surrogates, nothing above U+10FFFF) and
// both consume exactly one byte of an invalid sequence.
func replaceInvalidUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}
