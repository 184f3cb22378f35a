package tokenizer

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"

	"google.golang.org/protobuf/encoding/protowire"
)

// testModel describes a small SentencePiece model for tests; serialize writes it in the wire
// format of sentencepiece_model.proto.
type testModel struct {
	pieces         []modelPiece
	modelType      int // TrainerSpec.model_type; 0 leaves it unset (UNIGRAM)
	byteFallback   bool
	wsAsSuffix     bool
	unkSurface     string // "" leaves it unset
	bosPiece       string // "" leaves it unset ("<s>")
	noNormalizer   bool
	normName       string
	charsmap       []byte
	addDummyPrefix bool
	removeExtraWS  bool
	noEscapeWS     bool
	denormCharsmap []byte
}

// smallModel is a BPE model over the letters a, b and c with identity normalization and a
// dummy prefix, in Nemotron's id layout (<pad> <unk> <s> </s> first) but without byte pieces.
//
//	id: 0 <pad>  1 <unk>  2 <s>  3 </s>  4 ▁  5 a  6 b  7 c  8 ▁a  9 ab  10 ▁ab  11 bc
func smallModel() testModel {
	return testModel{
		modelType: modelTypeBPE,
		pieces: []modelPiece{
			{text: "<pad>", typ: pieceControl},
			{text: "<unk>", typ: pieceUnknown},
			{text: "<s>", typ: pieceControl},
			{text: "</s>", typ: pieceControl},
			{text: "▁", score: -5, typ: pieceNormal},
			{text: "a", score: -6, typ: pieceNormal},
			{text: "b", score: -7, typ: pieceNormal},
			{text: "c", score: -8, typ: pieceNormal},
			{text: "▁a", score: -1, typ: pieceNormal},
			{text: "ab", score: -2, typ: pieceNormal},
			{text: "▁ab", score: -0.5, typ: pieceNormal},
			{text: "bc", score: -1.5, typ: pieceNormal},
		},
		normName:       "identity",
		addDummyPrefix: true,
	}
}

// withBytes adds the 256 byte pieces and turns byte fallback on.
func (m testModel) withBytes() testModel {
	m.byteFallback = true
	m.pieces = append([]modelPiece(nil), m.pieces...)
	for b := 0; b < 256; b++ {
		m.pieces = append(m.pieces, modelPiece{text: fmt.Sprintf("<0x%02X>", b), typ: pieceByte})
	}
	return m
}

func (m testModel) serialize() []byte {
	var out []byte
	for _, p := range m.pieces {
		var b []byte
		b = protowire.AppendTag(b, fieldPieceText, protowire.BytesType)
		b = protowire.AppendString(b, p.text)
		b = protowire.AppendTag(b, fieldPieceScore, protowire.Fixed32Type)
		b = protowire.AppendFixed32(b, math.Float32bits(p.score))
		b = protowire.AppendTag(b, fieldPieceType, protowire.VarintType)
		b = protowire.AppendVarint(b, uint64(p.typ))
		out = protowire.AppendTag(out, fieldModelPieces, protowire.BytesType)
		out = protowire.AppendBytes(out, b)
	}

	var ts []byte
	if m.modelType != 0 {
		ts = protowire.AppendTag(ts, fieldTrainerModelType, protowire.VarintType)
		ts = protowire.AppendVarint(ts, uint64(m.modelType))
	}
	ts = protowire.AppendTag(ts, fieldTrainerWSAsSuffix, protowire.VarintType)
	ts = protowire.AppendVarint(ts, protowire.EncodeBool(m.wsAsSuffix))
	ts = protowire.AppendTag(ts, fieldTrainerByteFallback, protowire.VarintType)
	ts = protowire.AppendVarint(ts, protowire.EncodeBool(m.byteFallback))
	if m.unkSurface != "" {
		ts = protowire.AppendTag(ts, fieldTrainerUnkSurface, protowire.BytesType)
		ts = protowire.AppendString(ts, m.unkSurface)
	}
	if m.bosPiece != "" {
		ts = protowire.AppendTag(ts, fieldTrainerBOSPiece, protowire.BytesType)
		ts = protowire.AppendString(ts, m.bosPiece)
	}
	out = protowire.AppendTag(out, fieldModelTrainer, protowire.BytesType)
	out = protowire.AppendBytes(out, ts)

	if !m.noNormalizer {
		var ns []byte
		ns = protowire.AppendTag(ns, fieldNormName, protowire.BytesType)
		ns = protowire.AppendString(ns, m.normName)
		if len(m.charsmap) > 0 {
			ns = protowire.AppendTag(ns, fieldNormCharsmap, protowire.BytesType)
			ns = protowire.AppendBytes(ns, m.charsmap)
		}
		ns = protowire.AppendTag(ns, fieldNormDummyPrefix, protowire.VarintType)
		ns = protowire.AppendVarint(ns, protowire.EncodeBool(m.addDummyPrefix))
		ns = protowire.AppendTag(ns, fieldNormExtraWS, protowire.VarintType)
		ns = protowire.AppendVarint(ns, protowire.EncodeBool(m.removeExtraWS))
		ns = protowire.AppendTag(ns, fieldNormEscapeWS, protowire.VarintType)
		ns = protowire.AppendVarint(ns, protowire.EncodeBool(!m.noEscapeWS))
		out = protowire.AppendTag(out, fieldModelNormalizer, protowire.BytesType)
		out = protowire.AppendBytes(out, ns)
	}
	if len(m.denormCharsmap) > 0 {
		var ds []byte
		ds = protowire.AppendTag(ds, fieldNormCharsmap, protowire.BytesType)
		ds = protowire.AppendBytes(ds, m.denormCharsmap)
		out = protowire.AppendTag(out, fieldModelDenormalizer, protowire.BytesType)
		out = protowire.AppendBytes(out, ds)
	}
	return out
}

// writeModel writes data as dir/tokenizer.model and returns the path.
func writeModel(t testing.TB, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), ModelFile)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
