package weights

import "github.com/mtc-dev/mtc/internal/diag"

// fileErrorf returns a located error for file. Checkpoint files have no lines, so the place
// inside the file (tensor name, byte offset) is part of the message.
func fileErrorf(file, format string, args ...any) *diag.Error {
	return diag.Errorf(diag.Pos{File: file}, format, args...)
}

// maxErrors bounds how many problems one file reports before giving up.
const maxErrors = 25
