package artifact_test

import (
	"testing"

	"github.com/mtc-dev/mtc/artifact"
)

// TestValidateArenas checks the validation of the two arenas: references into each, the
// result's room in its arena, and the format versions that may lack the row arena.
func TestValidateArenas(t *testing.T) {
	rows := func(off int64) artifact.Ref { return artifact.Ref{Kind: artifact.RefRows, Offset: off} }
	runValidateCases(t, nil, []validateCase{
		{"logits in the activation arena", func(m *artifact.Manifest) {}, ""},
		{"format 1", func(m *artifact.Manifest) { m.FormatVersion = 1 }, ""},
		{"format 0", func(m *artifact.Manifest) { m.FormatVersion = 0 }, "manifest format version 0, this mtc reads versions 1 to 2"},
		{"logits in the row arena", func(m *artifact.Manifest) {
			m.ArenaBytesPerRow = 64
			m.Result = rows(32)
			m.Program[0].Bufs[0] = rows(32)
		}, ""},
		{"row reference past the row arena", func(m *artifact.Manifest) {
			m.ArenaBytesPerRow = 64
			m.Program[0].Bufs[0] = rows(96)
		}, "program[0].bufs[0]: row-arena offset 96 outside the row arena of 64 bytes per row"},
		{"result does not fit the row arena", func(m *artifact.Manifest) {
			m.ArenaBytesPerRow = 48
			m.Result = rows(32)
		}, "result at row arena offset 32 with 8 f32 logits needs 64 bytes per row, the row arena has 48"},
		{"result does not fit the activation arena", func(m *artifact.Manifest) {
			m.Result.Offset = 48
		}, "result at activation arena offset 48 with 8 f32 logits needs 80 bytes per row, the activation arena has 64"},
		{"result in a weight", func(m *artifact.Manifest) {
			m.Result = artifact.Ref{Kind: artifact.RefWeight}
		}, `result must be an arena or row-arena reference, got "weight"`},
		{"negative result offset", func(m *artifact.Manifest) { m.Result.Offset = -64 }, "result at activation arena offset -64"},
		{"negative arena", func(m *artifact.Manifest) { m.ArenaBytesPerRow = -1 }, "arena sizes 64 bytes per token and -1 bytes per row must not be negative"},
	})
}
