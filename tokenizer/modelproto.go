package tokenizer

import (
	"bytes"
	"fmt"
	"math"
	"strings"

	"google.golang.org/protobuf/encoding/protowire"
)

// This file reads the parts of SentencePiece's ModelProto (sentencepiece_model.proto, proto2)
// that decide how text is tokenized, straight from the wire format. go-sentencepiece keeps its
// generated proto types internal and exposes only a few ids, so the tokenizer needs its own view
// of the pieces and of the normalizer settings; reading the wire also lets every error name the
// byte offset of the field that is wrong.

// pieceType is ModelProto.SentencePiece.Type.
type pieceType int

const (
	pieceNormal      pieceType = 1 // an ordinary vocabulary piece
	pieceUnknown     pieceType = 2 // <unk>
	pieceControl     pieceType = 3 // <s>, </s>, <pad>: never produced by Encode, decode to nothing
	pieceUserDefined pieceType = 4 // matched verbatim in the input, never merged
	pieceUnused      pieceType = 5 // present in the vocabulary but never produced
	pieceByte        pieceType = 6 // <0xAB>: one raw byte (byte fallback)
)

func (t pieceType) String() string {
	switch t {
	case pieceNormal:
		return "NORMAL"
	case pieceUnknown:
		return "UNKNOWN"
	case pieceControl:
		return "CONTROL"
	case pieceUserDefined:
		return "USER_DEFINED"
	case pieceUnused:
		return "UNUSED"
	case pieceByte:
		return "BYTE"
	}
	return fmt.Sprintf("type %d", int(t))
}

// Field numbers of sentencepiece_model.proto used here.
const (
	fieldModelPieces       = 1 // ModelProto.pieces: repeated SentencePiece
	fieldModelTrainer      = 2 // ModelProto.trainer_spec
	fieldModelNormalizer   = 3 // ModelProto.normalizer_spec
	fieldModelDenormalizer = 5 // ModelProto.denormalizer_spec

	fieldPieceText  = 1 // SentencePiece.piece
	fieldPieceScore = 2 // SentencePiece.score (float)
	fieldPieceType  = 3 // SentencePiece.type (enum, default NORMAL)

	fieldTrainerModelType    = 3  // TrainerSpec.model_type (enum, default UNIGRAM)
	fieldTrainerWSAsSuffix   = 24 // TrainerSpec.treat_whitespace_as_suffix
	fieldTrainerByteFallback = 35 // TrainerSpec.byte_fallback
	fieldTrainerUnkSurface   = 44 // TrainerSpec.unk_surface
	fieldTrainerBOSPiece     = 46 // TrainerSpec.bos_piece
	fieldTrainerEOSPiece     = 47 // TrainerSpec.eos_piece
	fieldTrainerPadPiece     = 48 // TrainerSpec.pad_piece

	fieldNormName         = 1 // NormalizerSpec.name
	fieldNormCharsmap     = 2 // NormalizerSpec.precompiled_charsmap
	fieldNormDummyPrefix  = 3 // NormalizerSpec.add_dummy_prefix (default true)
	fieldNormExtraWS      = 4 // NormalizerSpec.remove_extra_whitespaces (default true)
	fieldNormEscapeWS     = 5 // NormalizerSpec.escape_whitespaces (default true)
	modelTypeBPE          = 2 // TrainerSpec.ModelType.BPE
	defaultModelType      = 1 // UNIGRAM
	defaultUnknownSurface = " \u2047 "
)

// modelPiece is one vocabulary entry; its id is its index in modelProto.pieces.
type modelPiece struct {
	text  string
	score float32
	typ   pieceType
	off   int // byte offset of the SentencePiece message, for errors
}

// normalizerSpec is the subset of NormalizerSpec that changes what Encode does.
type normalizerSpec struct {
	present        bool
	off            int // byte offset of the message (0 when absent)
	name           string
	charsmapLen    int
	addDummyPrefix bool
	removeExtraWS  bool
	escapeWS       bool
}

// modelProto is what the tokenizer needs from a tokenizer.model file.
type modelProto struct {
	pieces []modelPiece

	hasTrainer   bool
	trainerOff   int
	modelType    int
	byteFallback bool
	wsAsSuffix   bool
	unkSurface   string
	bosPiece     string
	eosPiece     string
	padPiece     string

	normalizer   normalizerSpec
	denormalizer normalizerSpec
}

// wireError is a malformed-input error at a byte offset of the model file.
type wireError struct {
	off int
	msg string
}

func (e *wireError) Error() string { return fmt.Sprintf("byte offset %d: %s", e.off, e.msg) }

func wireErrorf(off int, format string, args ...any) *wireError {
	return &wireError{off: off, msg: fmt.Sprintf(format, args...)}
}

// wireField is one decoded field of a message: its number, wire type, the file offset of its tag
// and of its value, its value (the payload for bytes fields, the number for varint/fixed
// fields), and raw, the field's whole encoding (tag and value).
type wireField struct {
	num    protowire.Number
	typ    protowire.Type
	off    int
	valOff int
	bytes  []byte
	num64  uint64
	raw    []byte
}

// walkMessage calls fn for each field of the message msg, which starts at file offset base.
func walkMessage(msg []byte, base int, what string, fn func(f wireField) error) error {
	pos := 0
	for pos < len(msg) {
		num, typ, n := protowire.ConsumeTag(msg[pos:])
		if n < 0 {
			return wireErrorf(base+pos, "%s: bad field tag: %s", what, wireReason(n))
		}
		f := wireField{num: num, typ: typ, off: base + pos, valOff: base + pos + n}
		val := msg[pos+n:]
		var m int
		switch typ {
		case protowire.VarintType:
			f.num64, m = protowire.ConsumeVarint(val)
		case protowire.Fixed32Type:
			var v uint32
			v, m = protowire.ConsumeFixed32(val)
			f.num64 = uint64(v)
		case protowire.Fixed64Type:
			f.num64, m = protowire.ConsumeFixed64(val)
		case protowire.BytesType:
			f.bytes, m = protowire.ConsumeBytes(val)
			if m >= 0 {
				f.valOff += m - len(f.bytes) // skip the length prefix
			}
		default:
			m = protowire.ConsumeFieldValue(num, typ, val)
		}
		if m < 0 {
			return wireErrorf(base+pos, "%s: field %d: %s", what, num, wireReason(m))
		}
		f.raw = msg[pos : pos+n+m]
		if err := fn(f); err != nil {
			return err
		}
		pos += n + m
	}
	return nil
}

// wireReason describes a negative protowire length. protowire's own messages begin with a
// "proto:" prefix whose separator is randomly a space or a no-break space (to stop callers
// matching on them); the prefix is dropped so that our messages are stable.
func wireReason(n int) string {
	msg := protowire.ParseError(n).Error()
	if rest, ok := strings.CutPrefix(msg, "proto:"); ok {
		msg = strings.TrimLeft(rest, " \u00a0")
	}
	return msg
}

// expect checks a field's wire type against the one the schema gives it.
func (f wireField) expect(what string, typ protowire.Type) error {
	if f.typ != typ {
		return wireErrorf(f.off, "%s (field %d) has wire type %d, want %d", what, f.num, f.typ, typ)
	}
	return nil
}

// parseModelProto decodes the fields of a serialized ModelProto that the tokenizer uses.
// Fields it does not use are skipped but must still be well-formed.
func parseModelProto(data []byte) (*modelProto, error) {
	m := &modelProto{
		modelType:  defaultModelType,
		unkSurface: defaultUnknownSurface,
		bosPiece:   "<s>",
		eosPiece:   "</s>",
		padPiece:   "<pad>",
	}
	m.normalizer = defaultNormalizer()
	err := walkMessage(data, 0, "ModelProto", func(f wireField) error {
		switch f.num {
		case fieldModelPieces:
			if err := f.expect("ModelProto.pieces", protowire.BytesType); err != nil {
				return err
			}
			p, err := parsePiece(f, len(m.pieces))
			if err != nil {
				return err
			}
			m.pieces = append(m.pieces, p)
		case fieldModelTrainer:
			if err := f.expect("ModelProto.trainer_spec", protowire.BytesType); err != nil {
				return err
			}
			m.hasTrainer, m.trainerOff = true, f.off
			return m.parseTrainer(f)
		case fieldModelNormalizer, fieldModelDenormalizer:
			what := "ModelProto.normalizer_spec"
			if f.num == fieldModelDenormalizer {
				what = "ModelProto.denormalizer_spec"
			}
			if err := f.expect(what, protowire.BytesType); err != nil {
				return err
			}
			n, err := parseNormalizer(f)
			if err != nil {
				return err
			}
			if f.num == fieldModelNormalizer {
				m.normalizer = n
			} else {
				m.denormalizer = n
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

func parsePiece(msg wireField, id int) (modelPiece, error) {
	p := modelPiece{typ: pieceNormal, off: msg.off}
	what := fmt.Sprintf("pieces[%d]", id)
	err := walkMessage(msg.bytes, msg.valOff, what, func(f wireField) error {
		switch f.num {
		case fieldPieceText:
			if err := f.expect(what+".piece", protowire.BytesType); err != nil {
				return err
			}
			p.text = string(f.bytes)
		case fieldPieceScore:
			if err := f.expect(what+".score", protowire.Fixed32Type); err != nil {
				return err
			}
			p.score = math.Float32frombits(uint32(f.num64))
		case fieldPieceType:
			if err := f.expect(what+".type", protowire.VarintType); err != nil {
				return err
			}
			p.typ = pieceType(int32(f.num64))
			if p.typ < pieceNormal || p.typ > pieceByte {
				return wireErrorf(f.off, "%s.type = %d, want 1..6 (NORMAL, UNKNOWN, CONTROL, USER_DEFINED, UNUSED, BYTE)", what, int32(f.num64))
			}
		}
		return nil
	})
	return p, err
}

func (m *modelProto) parseTrainer(msg wireField) error {
	return walkMessage(msg.bytes, msg.valOff, "trainer_spec", func(f wireField) error {
		var err error
		switch f.num {
		case fieldTrainerModelType:
			err = f.expect("trainer_spec.model_type", protowire.VarintType)
			m.modelType = int(int32(f.num64))
		case fieldTrainerWSAsSuffix:
			err = f.expect("trainer_spec.treat_whitespace_as_suffix", protowire.VarintType)
			m.wsAsSuffix = f.num64 != 0
		case fieldTrainerByteFallback:
			err = f.expect("trainer_spec.byte_fallback", protowire.VarintType)
			m.byteFallback = f.num64 != 0
		case fieldTrainerUnkSurface:
			err = f.expect("trainer_spec.unk_surface", protowire.BytesType)
			m.unkSurface = string(f.bytes)
		case fieldTrainerBOSPiece:
			err = f.expect("trainer_spec.bos_piece", protowire.BytesType)
			m.bosPiece = string(f.bytes)
		case fieldTrainerEOSPiece:
			err = f.expect("trainer_spec.eos_piece", protowire.BytesType)
			m.eosPiece = string(f.bytes)
		case fieldTrainerPadPiece:
			err = f.expect("trainer_spec.pad_piece", protowire.BytesType)
			m.padPiece = string(f.bytes)
		}
		return err
	})
}

// defaultNormalizer is NormalizerSpec with every field unset (proto2 defaults).
func defaultNormalizer() normalizerSpec {
	return normalizerSpec{addDummyPrefix: true, removeExtraWS: true, escapeWS: true}
}

func parseNormalizer(msg wireField) (normalizerSpec, error) {
	n := defaultNormalizer()
	n.present = true
	n.off = msg.off
	err := walkMessage(msg.bytes, msg.valOff, "normalizer_spec", func(f wireField) error {
		var err error
		switch f.num {
		case fieldNormName:
			err = f.expect("normalizer_spec.name", protowire.BytesType)
			n.name = string(f.bytes)
		case fieldNormCharsmap:
			err = f.expect("normalizer_spec.precompiled_charsmap", protowire.BytesType)
			n.charsmapLen = len(f.bytes)
		case fieldNormDummyPrefix:
			err = f.expect("normalizer_spec.add_dummy_prefix", protowire.VarintType)
			n.addDummyPrefix = f.num64 != 0
		case fieldNormExtraWS:
			err = f.expect("normalizer_spec.remove_extra_whitespaces", protowire.VarintType)
			n.removeExtraWS = f.num64 != 0
		case fieldNormEscapeWS:
			err = f.expect("normalizer_spec.escape_whitespaces", protowire.VarintType)
			n.escapeWS = f.num64 != 0
		}
		return err
	})
	return n, err
}

// rewriteForProcessor returns a copy of the serialized model that go-sentencepiece v0.6.0
// loads and encodes with as SentencePiece does:
//
//   - normalizer_spec is replaced by one that says add_dummy_prefix=false and
//     remove_extra_whitespaces=false, the only settings go-sentencepiece accepts; Encode adds the
//     dummy prefix itself.
//   - One UNUSED piece of maxSymbol bytes of 0xFF is appended. go-sentencepiece merges two
//     symbols in a buffer as long as the longest piece of the vocabulary and panics when a
//     pair is longer (kjv-small's longest piece is 16 bytes; encoding "... they shall inherit
//     the earth." tries the pair "▁shall" + "▁inherit", 18 bytes, and panics with "slice bounds
//     out of range [:18] with capacity 16"). The extra piece makes that buffer large enough for any pair; being
//     invalid UTF-8 it can never equal a pair of symbols cut from (valid UTF-8) text, so it is
//     never produced and changes no result. Its id is VocabSize(), outside the real vocabulary.
//
// Every other field is copied byte for byte.
func rewriteForProcessor(data []byte, maxSymbol int) ([]byte, error) {
	out := make([]byte, 0, len(data)+maxSymbol+32)
	err := walkMessage(data, 0, "ModelProto", func(f wireField) error {
		if f.num != fieldModelNormalizer {
			out = append(out, f.raw...)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var ns []byte
	ns = protowire.AppendTag(ns, fieldNormName, protowire.BytesType)
	ns = protowire.AppendString(ns, "identity")
	ns = protowire.AppendTag(ns, fieldNormDummyPrefix, protowire.VarintType)
	ns = protowire.AppendVarint(ns, 0)
	ns = protowire.AppendTag(ns, fieldNormExtraWS, protowire.VarintType)
	ns = protowire.AppendVarint(ns, 0)
	ns = protowire.AppendTag(ns, fieldNormEscapeWS, protowire.VarintType)
	ns = protowire.AppendVarint(ns, 1)
	out = protowire.AppendTag(out, fieldModelNormalizer, protowire.BytesType)
	out = protowire.AppendBytes(out, ns)

	var p []byte
	p = protowire.AppendTag(p, fieldPieceText, protowire.BytesType)
	p = protowire.AppendBytes(p, bytes.Repeat([]byte{0xFF}, maxSymbol))
	p = protowire.AppendTag(p, fieldPieceType, protowire.VarintType)
	p = protowire.AppendVarint(p, uint64(pieceUnused))
	out = protowire.AppendTag(out, fieldModelPieces, protowire.BytesType)
	out = protowire.AppendBytes(out, p)
	return out, nil
}
