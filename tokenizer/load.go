package tokenizer

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"unicode/utf8"

	sentencepiece "github.com/eliben/go-sentencepiece"
)

// ModelFile is the name of the SentencePiece model inside a checkpoint folder.
const ModelFile = "tokenizer.model"

// Load reads a SentencePiece model. path is either a tokenizer.model file or a checkpoint
// folder that contains one. The model must be a BPE model with identity normalization (no
// precompiled character map, remove_extra_whitespaces=false, escaped whitespace): that is what
// Nemotron and Minitron checkpoints ship, and the only kind go-sentencepiece implements. Errors
// name the file and, for malformed models, the byte offset and the field that is wrong.
func Load(path string) (*Tokenizer, error) {
	file, err := resolveModelPath(path)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("tokenizer: %w", err)
	}
	t, err := fromBytes(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	t.path = file
	return t, nil
}

// resolveModelPath returns path itself when it is a file and path/tokenizer.model when it is a
// folder.
func resolveModelPath(path string) (string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return "", fmt.Errorf("tokenizer: %w", err)
	}
	if !info.IsDir() {
		return path, nil
	}
	file := filepath.Join(path, ModelFile)
	info, err = os.Stat(file)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "", fmt.Errorf("tokenizer: checkpoint folder %s has no %s", path, ModelFile)
	case err != nil:
		return "", fmt.Errorf("tokenizer: %w", err)
	case info.IsDir():
		return "", fmt.Errorf("tokenizer: %s is a folder, want a SentencePiece model file", file)
	}
	return file, nil
}

// fromBytes builds a Tokenizer from a serialized ModelProto. Errors do not name the file; Load
// adds it.
func fromBytes(data []byte) (*Tokenizer, error) {
	if len(data) == 0 {
		return nil, errors.New("empty file, want a SentencePiece model (serialized ModelProto)")
	}
	m, err := parseModelProto(data)
	if err != nil {
		return nil, fmt.Errorf("not a valid SentencePiece model: %w", err)
	}
	t, err := newTokenizer(m)
	if err != nil {
		return nil, err
	}
	// A symbol go-sentencepiece merges is one character (at most 4 bytes) or a piece, so a
	// merged pair is at most twice the longer of the two.
	maxSymbol := 4
	for _, p := range m.pieces {
		maxSymbol = max(maxSymbol, len(p.text))
	}
	rewritten, err := rewriteForProcessor(data, 2*maxSymbol)
	if err != nil {
		return nil, err
	}
	// newTokenizer has already checked everything go-sentencepiece checks, so an error here
	// means the two disagree about the file; report it as it comes.
	t.proc, err = sentencepiece.NewProcessor(bytes.NewReader(rewritten))
	if err != nil {
		return nil, fmt.Errorf("go-sentencepiece rejects the model: %w", err)
	}
	return t, nil
}

// newTokenizer validates m and builds the tables Decode and Stream use. It rejects every
// setting whose effect the tokenizer does not reproduce, rather than tokenize differently from
// SentencePiece.
func newTokenizer(m *modelProto) (*Tokenizer, error) {
	if len(m.pieces) == 0 {
		return nil, errors.New("the model has no pieces (ModelProto field 1), want a vocabulary")
	}
	if !m.hasTrainer {
		return nil, errors.New("the model has no trainer_spec (ModelProto field 2), want one that says model_type BPE")
	}
	if m.modelType != modelTypeBPE {
		return nil, fmt.Errorf("byte offset %d: trainer_spec.model_type = %s, want BPE (the only type go-sentencepiece implements)",
			m.trainerOff, modelTypeName(m.modelType))
	}
	if m.wsAsSuffix {
		return nil, fmt.Errorf("byte offset %d: trainer_spec.treat_whitespace_as_suffix = true is not supported, want false", m.trainerOff)
	}
	if err := checkNormalizer("normalizer_spec", m.normalizer, true); err != nil {
		return nil, err
	}
	if err := checkNormalizer("denormalizer_spec", m.denormalizer, false); err != nil {
		return nil, err
	}

	t := &Tokenizer{
		pieces:         make([]string, len(m.pieces)),
		types:          make([]pieceType, len(m.pieces)),
		byteValue:      make([]int16, len(m.pieces)),
		addDummyPrefix: m.normalizer.addDummyPrefix,
		byteFallback:   m.byteFallback,
		unkSurface:     m.unkSurface,
		unk:            -1,
		bos:            -1,
		eos:            -1,
		pad:            -1,
	}
	seen := make(map[string]int, len(m.pieces))
	var byteSeen [256]bool
	for id, p := range m.pieces {
		t.pieces[id] = p.text
		t.types[id] = p.typ
		t.byteValue[id] = -1
		if p.text == "" {
			return nil, fmt.Errorf("byte offset %d: pieces[%d] is empty, want a non-empty piece", p.off, id)
		}
		if !utf8.ValidString(p.text) {
			return nil, fmt.Errorf("byte offset %d: pieces[%d] %q is not valid UTF-8", p.off, id, p.text)
		}
		if prev, dup := seen[p.text]; dup {
			return nil, fmt.Errorf("byte offset %d: pieces[%d] %q is already pieces[%d], want each piece once", p.off, id, p.text, prev)
		}
		seen[p.text] = id
		switch p.typ {
		case pieceUnknown:
			if t.unk >= 0 {
				return nil, fmt.Errorf("byte offset %d: pieces[%d] %q is a second UNKNOWN piece (pieces[%d] is the first), want one", p.off, id, p.text, t.unk)
			}
			t.unk = id
		case pieceUnused:
			// SentencePiece splits an UNUSED piece that BPE produced back into the two
			// symbols it was last merged from; go-sentencepiece keeps it.
			return nil, fmt.Errorf("byte offset %d: pieces[%d] %q is UNUSED; models with UNUSED pieces are not supported", p.off, id, p.text)
		case pieceByte:
			if !m.byteFallback {
				return nil, fmt.Errorf("byte offset %d: pieces[%d] %q is a BYTE piece but trainer_spec.byte_fallback = false", p.off, id, p.text)
			}
			b, ok := parseBytePiece(p.text)
			if !ok {
				return nil, fmt.Errorf("byte offset %d: pieces[%d] %q is a BYTE piece, want the form <0xAB>", p.off, id, p.text)
			}
			t.byteValue[id] = int16(b)
			byteSeen[b] = true
		}
	}
	if t.unk < 0 {
		return nil, errors.New("the model has no UNKNOWN piece, want one (<unk>)")
	}
	if m.byteFallback {
		for b, ok := range byteSeen {
			if !ok {
				return nil, fmt.Errorf("trainer_spec.byte_fallback = true but there is no BYTE piece <0x%02X>, want all 256", b)
			}
		}
	}
	var err error
	if t.bos, err = controlID(m, seen, "bos_piece", m.bosPiece); err != nil {
		return nil, err
	}
	if t.eos, err = controlID(m, seen, "eos_piece", m.eosPiece); err != nil {
		return nil, err
	}
	if id, ok := seen[m.padPiece]; ok && m.pieces[id].typ == pieceControl {
		t.pad = id
	}
	t.decodeTables()
	return t, nil
}

// checkNormalizer rejects normalizer settings the tokenizer does not implement.
// add_dummy_prefix is implemented (Encode and Decode apply it). A denormalizer_spec is only
// ever used for its character map, so isNormalizer=false checks only that.
func checkNormalizer(what string, n normalizerSpec, isNormalizer bool) error {
	if !n.present {
		if isNormalizer {
			return errors.New("the model has no normalizer_spec; its defaults (remove_extra_whitespaces = true) are not supported")
		}
		return nil
	}
	if n.charsmapLen > 0 {
		return fmt.Errorf("byte offset %d: %s %q has a %d-byte precompiled_charsmap; only identity normalization is supported",
			n.off, what, n.name, n.charsmapLen)
	}
	if n.removeExtraWS && isNormalizer {
		return fmt.Errorf("byte offset %d: %s.remove_extra_whitespaces = true is not supported, want false", n.off, what)
	}
	if !n.escapeWS && isNormalizer {
		return fmt.Errorf("byte offset %d: %s.escape_whitespaces = false is not supported, want true", n.off, what)
	}
	return nil
}

// controlID finds the CONTROL piece named by the trainer spec's bos_piece or eos_piece, as
// SentencePiece's bos_id and eos_id do.
func controlID(m *modelProto, ids map[string]int, field, piece string) (int, error) {
	id, ok := ids[piece]
	if !ok {
		return -1, fmt.Errorf("there is no piece %q (trainer_spec.%s), want a CONTROL piece", piece, field)
	}
	if p := m.pieces[id]; p.typ != pieceControl {
		return -1, fmt.Errorf("byte offset %d: pieces[%d] %q (trainer_spec.%s) is %s, want CONTROL", p.off, id, piece, field, p.typ)
	}
	return id, nil
}

// parseBytePiece reads a byte piece "<0xAB>" as SentencePiece writes it (two upper-case hex
// digits).
func parseBytePiece(s string) (byte, bool) {
	if len(s) != 6 || s[:3] != "<0x" || s[5] != '>' {
		return 0, false
	}
	hi, ok1 := hexDigit(s[3])
	lo, ok2 := hexDigit(s[4])
	return hi<<4 | lo, ok1 && ok2
}

func hexDigit(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func modelTypeName(t int) string {
	switch t {
	case 1:
		return "UNIGRAM"
	case 2:
		return "BPE"
	case 3:
		return "WORD"
	case 4:
		return "CHAR"
	}
	return fmt.Sprintf("%d", t)
}
