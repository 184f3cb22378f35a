package tokenizer

import (
	"strings"
	"unicode/utf8"
)

// spaceSymbol is SentencePiece's escaped space, U+2581 LOWER ONE EIGHTH BLOCK.
const spaceSymbol = "▁"

// Decode returns the text ids stand for, as SentencePiece's Decode does (see the package doc).
// An id outside [0, VocabSize()) decodes like <unk>.
func (t *Tokenizer) Decode(ids []int) string {
	var sb strings.Builder
	var run []byte // consecutive byte pieces, read as UTF-8 when the run ends
	atStart, strippedLast := true, false
	for _, id := range ids {
		if b := t.byteOf(id); b >= 0 {
			run = append(run, byte(b))
			continue
		}
		writeUTF8(&sb, run)
		run = run[:0]
		if strippedLast || sb.Len() > 0 {
			atStart = false
		}
		var s string
		s, strippedLast = t.surface(id, atStart)
		sb.WriteString(s)
	}
	writeUTF8(&sb, run)
	return sb.String()
}

// byteOf is the byte a BYTE piece stands for, or -1 when id is not a byte piece.
func (t *Tokenizer) byteOf(id int) int {
	if id < 0 || id >= len(t.byteValue) {
		return -1
	}
	return int(t.byteValue[id])
}

// surface is the text of a piece that is not a byte piece. atStart says that the piece may
// carry the dummy prefix: no text has been produced yet and no earlier piece has had its "▁"
// removed. stripped reports whether this piece's leading "▁" was removed.
func (t *Tokenizer) surface(id int, atStart bool) (text string, stripped bool) {
	if id < 0 || id >= len(t.surfaces) {
		return t.unkSurface, false
	}
	text = t.surfaces[id]
	if atStart && t.prefixed[id] {
		return text[1:], true // the "▁" became a one-byte space
	}
	return text, false
}

// decodeTables fills t.surfaces and t.prefixed from the pieces.
func (t *Tokenizer) decodeTables() {
	t.surfaces = make([]string, len(t.pieces))
	t.prefixed = make([]bool, len(t.pieces))
	for id, p := range t.pieces {
		switch t.types[id] {
		case pieceControl, pieceByte:
			// Control pieces decode to nothing; byte pieces are read in runs.
		case pieceUnknown:
			t.surfaces[id] = t.unkSurface
		default:
			t.surfaces[id] = strings.ReplaceAll(p, spaceSymbol, " ")
			t.prefixed[id] = t.addDummyPrefix && strings.HasPrefix(p, spaceSymbol)
		}
	}
}

// writeUTF8 appends b read as UTF-8, with U+FFFD for each byte that does not start a valid
// sequence (a truncated sequence gives one U+FFFD per byte).
func writeUTF8(sb *strings.Builder, b []byte) {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			sb.WriteRune(utf8.RuneError)
		} else {
			sb.Write(b[:n])
		}
		b = b[n:]
	}
}
