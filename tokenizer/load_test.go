package tokenizer

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"google.golang.org/protobuf/encoding/protowire"
)

func TestLoadPaths(t *testing.T) {
	const dir = "../testdata/nemotron/tiny-f32"
	file := filepath.Join(dir, ModelFile)
	for _, path := range []string{dir, file} {
		tok, err := Load(path)
		if err != nil {
			t.Fatalf("Load(%q): %v", path, err)
		}
		if tok.Path() != file {
			t.Errorf("Load(%q).Path() = %q, want %q", path, tok.Path(), file)
		}
		if tok.VocabSize() != 512 {
			t.Errorf("Load(%q).VocabSize() = %d, want 512", path, tok.VocabSize())
		}
	}
}

func TestLoadMissing(t *testing.T) {
	empty := t.TempDir()
	nested := t.TempDir()
	if err := os.Mkdir(filepath.Join(nested, ModelFile), 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path    string
		want    string
		notExit bool
	}{
		{path: filepath.Join(empty, "nope.model"), want: "tokenizer: stat " + filepath.Join(empty, "nope.model") + ": no such file or directory", notExit: true},
		{path: empty, want: "tokenizer: checkpoint folder " + empty + " has no tokenizer.model"},
		{path: nested, want: "tokenizer: " + filepath.Join(nested, ModelFile) + " is a folder, want a SentencePiece model file"},
	}
	for _, tt := range tests {
		_, err := Load(tt.path)
		if err == nil || err.Error() != tt.want {
			t.Errorf("Load(%q) error = %v, want %q", tt.path, err, tt.want)
		}
		if tt.notExit && !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("Load(%q) error %v is not fs.ErrNotExist", tt.path, err)
		}
	}
}

// TestLoadErrors checks that malformed and unsupported models are refused with an error that
// names the file, the place and what was expected.
func TestLoadErrors(t *testing.T) {
	real, err := os.ReadFile("../testdata/nemotron/tiny-f32/tokenizer.model")
	if err != nil {
		t.Fatal(err)
	}
	edit := func(f func(m *testModel)) []byte {
		m := smallModel()
		f(&m)
		return m.serialize()
	}
	setPiece := func(id int, p modelPiece) []byte {
		return edit(func(m *testModel) {
			m.pieces = append([]modelPiece(nil), m.pieces...)
			m.pieces[id] = p
		})
	}
	bytesModel := smallModel().withBytes()
	small := smallModel().serialize()
	// Offsets, worked out by hand from smallModel's encoding: the pieces are 16, 16, 14, 15,
	// 14, then 12 bytes each for a, b, c, so pieces[2] starts at 32, pieces[5] at 75 and
	// pieces[7] at 99 (its type tag at 99+2+3+5 = 109); the twelve pieces end at 168, where
	// trainer_spec starts (10 bytes), then normalizer_spec at 178 (18 bytes), then
	// denormalizer_spec at 196.
	tests := []struct {
		name string
		data []byte
		want string // the error after "<path>: "
	}{
		{"empty", nil, "empty file, want a SentencePiece model (serialized ModelProto)"},
		{"text", []byte("hello, world\n"), "not a valid SentencePiece model: byte offset 2: ModelProto: field 13: mismatching end group marker"},
		{"truncated", real[:len(real)/2], "not a valid SentencePiece model: byte offset 3784: ModelProto: field 1: unexpected EOF"},
		{"no pieces", edit(func(m *testModel) { m.pieces = nil }), "the model has no pieces (ModelProto field 1), want a vocabulary"},
		{"unigram", edit(func(m *testModel) { m.modelType = 0 }), "byte offset 168: trainer_spec.model_type = UNIGRAM, want BPE (the only type go-sentencepiece implements)"},
		{"no trainer spec", func() []byte {
			var out []byte
			err := walkMessage(small, 0, "", func(f wireField) error {
				if f.num != fieldModelTrainer {
					out = append(out, f.raw...)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			return out
		}(), "the model has no trainer_spec (ModelProto field 2), want one that says model_type BPE"},
		{"suffix", edit(func(m *testModel) { m.wsAsSuffix = true }), "byte offset 168: trainer_spec.treat_whitespace_as_suffix = true is not supported, want false"},
		{"no normalizer", edit(func(m *testModel) { m.noNormalizer = true }), "the model has no normalizer_spec; its defaults (remove_extra_whitespaces = true) are not supported"},
		{"nfkc", edit(func(m *testModel) { m.normName, m.charsmap = "nmt_nfkc", []byte{1, 2, 3} }),
			`byte offset 178: normalizer_spec "nmt_nfkc" has a 3-byte precompiled_charsmap; only identity normalization is supported`},
		{"extra whitespace", edit(func(m *testModel) { m.removeExtraWS = true }), "byte offset 178: normalizer_spec.remove_extra_whitespaces = true is not supported, want false"},
		{"unescaped", edit(func(m *testModel) { m.noEscapeWS = true }), "byte offset 178: normalizer_spec.escape_whitespaces = false is not supported, want true"},
		{"denormalizer", edit(func(m *testModel) { m.denormCharsmap = []byte{9} }), `byte offset 196: denormalizer_spec "" has a 1-byte precompiled_charsmap; only identity normalization is supported`},
		{"empty piece", setPiece(5, modelPiece{typ: pieceNormal}), "byte offset 75: pieces[5] is empty, want a non-empty piece"},
		{"bad utf-8", setPiece(5, modelPiece{text: "a\xff", typ: pieceNormal}), `byte offset 75: pieces[5] "a\xff" is not valid UTF-8`},
		{"duplicate", setPiece(7, modelPiece{text: "a", typ: pieceNormal}), `byte offset 99: pieces[7] "a" is already pieces[5], want each piece once`},
		{"bad type", setPiece(7, modelPiece{text: "c", typ: 9}), "not a valid SentencePiece model: byte offset 109: pieces[7].type = 9, want 1..6 (NORMAL, UNKNOWN, CONTROL, USER_DEFINED, UNUSED, BYTE)"},
		{"unused", setPiece(11, modelPiece{text: "bc", typ: pieceUnused}), `byte offset 155: pieces[11] "bc" is UNUSED; models with UNUSED pieces are not supported`},
		{"two unknowns", setPiece(7, modelPiece{text: "<unk2>", typ: pieceUnknown}), `byte offset 99: pieces[7] "<unk2>" is a second UNKNOWN piece (pieces[1] is the first), want one`},
		{"no unknown", setPiece(1, modelPiece{text: "<unk>", typ: pieceControl}), "the model has no UNKNOWN piece, want one (<unk>)"},
		{"byte without fallback", setPiece(7, modelPiece{text: "<0x41>", typ: pieceByte}), `byte offset 99: pieces[7] "<0x41>" is a BYTE piece but trainer_spec.byte_fallback = false`},
		{"bad byte piece", func() []byte {
			m := bytesModel
			m.pieces = append([]modelPiece(nil), m.pieces...)
			m.pieces[12] = modelPiece{text: "<0xzz>", typ: pieceByte}
			return m.serialize()
		}(), `byte offset 168: pieces[12] "<0xzz>" is a BYTE piece, want the form <0xAB>`},
		{"missing byte", func() []byte {
			m := bytesModel
			m.pieces = m.pieces[:len(m.pieces)-1]
			return m.serialize()
		}(), "trainer_spec.byte_fallback = true but there is no BYTE piece <0xFF>, want all 256"},
		{"no bos", edit(func(m *testModel) { m.bosPiece = "<bos>" }), `there is no piece "<bos>" (trainer_spec.bos_piece), want a CONTROL piece`},
		{"bos not control", setPiece(2, modelPiece{text: "<s>", typ: pieceUserDefined}), `byte offset 32: pieces[2] "<s>" (trainer_spec.bos_piece) is USER_DEFINED, want CONTROL`},
		{"eos missing", setPiece(3, modelPiece{text: "<eos>", typ: pieceControl}), `there is no piece "</s>" (trainer_spec.eos_piece), want a CONTROL piece`},
		{"wire type", func() []byte {
			var b []byte
			b = protowire.AppendTag(b, fieldModelPieces, protowire.VarintType)
			return protowire.AppendVarint(b, 7)
		}(), "not a valid SentencePiece model: byte offset 0: ModelProto.pieces (field 1) has wire type 0, want 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeModel(t, tt.data)
			_, err := Load(path)
			want := path + ": " + tt.want
			if err == nil || err.Error() != want {
				t.Errorf("Load error:\n got %v\nwant %s", err, want)
			}
		})
	}
}

func TestLoadSmallModel(t *testing.T) {
	tok := mustLoad(t, writeModel(t, smallModel().serialize()))
	if tok.VocabSize() != 12 || tok.BOS() != 2 || tok.EOS() != 3 || tok.Pad() != 0 || tok.Unknown() != 1 {
		t.Errorf("VocabSize, BOS, EOS, Pad, Unknown = %d, %d, %d, %d, %d; want 12, 2, 3, 0, 1",
			tok.VocabSize(), tok.BOS(), tok.EOS(), tok.Pad(), tok.Unknown())
	}
	m := smallModel()
	m.pieces = append([]modelPiece(nil), m.pieces...)
	m.pieces[0].text = "<nopad>"
	if tok := mustLoad(t, writeModel(t, m.serialize())); tok.Pad() != -1 {
		t.Errorf("Pad() = %d without a <pad> piece, want -1", tok.Pad())
	}
	if !strings.HasSuffix(tok.Path(), ModelFile) {
		t.Errorf("Path() = %q", tok.Path())
	}
}
