package toolchain

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/mtc-dev/mtc/internal/diag"
)

func TestVerify(t *testing.T) {
	t.Parallel()
	tc := testToolchain(t)
	tests := []struct {
		file    string
		wantPos diag.Pos // zero: no error expected
		wantMsg string
		stderr  string // in the tool's output
	}{
		{file: "kernels.ll"},
		{file: "scale.ll"},
		{file: "half.ll"},
		{
			file:    "bad_syntax.ll",
			wantPos: diag.Pos{File: "golden/bad_syntax.ll", Line: 2, Col: 8}, wantMsg: "expected instruction opcode",
			stderr: "%x = frobnicate i32 1, 2",
		},
		{
			file:    "bad_type.ll",
			wantPos: diag.Pos{File: "golden/bad_type.ll", Line: 2, Col: 7}, wantMsg: "value doesn't match function result type 'i32'",
		},
		{
			file:    "bad_dominance.ll",
			wantPos: diag.Pos{File: "golden/bad_dominance.ll"}, wantMsg: "input module is broken!",
			stderr: "Instruction does not dominate all uses!",
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			err := tc.Verify(context.Background(), "golden/"+tt.file, readTestdata(t, tt.file))
			if tt.wantPos == (diag.Pos{}) {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil {
				t.Fatal("Verify accepted invalid IR")
			}
			d, ok := diag.As(err)
			if !ok || d.Pos != tt.wantPos || d.Msg != tt.wantMsg {
				t.Errorf("got %v, want %q at %v", err, tt.wantMsg, tt.wantPos)
			}
			var te *ToolError
			if !errors.As(err, &te) || !strings.Contains(te.Stderr, tt.stderr) {
				t.Errorf("tool output lacks %q:\n%v", tt.stderr, err)
			}
		})
	}
}
