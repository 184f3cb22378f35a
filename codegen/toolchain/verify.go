package toolchain

import "context"

// Verify checks ll, textual LLVM IR, with LLVM 14's parser and verifier (opt -verify), for
// golden-file tests of generated IR. name is the name errors use for it. A syntax error comes
// back as a *ToolError whose Pos (see diag.As) is the line and column opt reported.
func (tc *Toolchain) Verify(ctx context.Context, name string, ll []byte) error {
	w, err := newWorkDir(name, ll)
	if err != nil {
		return err
	}
	defer w.remove()
	_, _, err = w.tool(tc.Opt.Path, "-verify", "-disable-output", w.input).run(ctx, nil)
	return err
}
