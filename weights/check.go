package weights

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/mtc-dev/mtc/internal/diag"
)

// Expect describes a tensor a model needs from a checkpoint.
type Expect struct {
	Name   string  // checkpoint tensor name
	Shape  []int64 // required shape
	DTypes []DType // allowed dtypes; empty allows any floating-point dtype
}

// CheckError is the error Check returns. Problems (missing, mis-shaped and wrongly typed
// tensors) mean the checkpoint cannot serve the model; Extra lists tensors the model does not
// use, which a caller may only warn about (see IgnoreExtra).
type CheckError struct {
	Problems diag.List // missing tensors, wrong shapes, wrong dtypes
	Extra    diag.List // tensors in the checkpoint that no Expect names
}

// Error lists the problems, then the extra tensors, one a line.
func (e *CheckError) Error() string {
	var lines []string
	if len(e.Problems) > 0 {
		lines = append(lines, e.Problems.Error())
	}
	if len(e.Extra) > 0 {
		lines = append(lines, e.Extra.Error())
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns every problem and extra tensor as a *diag.Error.
func (e *CheckError) Unwrap() []error {
	return append(e.Problems.Unwrap(), e.Extra.Unwrap()...)
}

// Check compares the checkpoint with the tensors a model expects. It returns nil when every
// expected tensor is present with its shape and an allowed dtype and the checkpoint holds
// nothing else; otherwise a *CheckError. Messages use the checkpoint's tensor names.
func Check(c *Checkpoint, want []Expect) error {
	e := &CheckError{}
	wanted := make(map[string]bool, len(want))
	sorted := slices.Clone(want)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Name < sorted[j].Name })
	for _, w := range sorted {
		if wanted[w.Name] {
			continue
		}
		wanted[w.Name] = true
		t, ok := c.Tensor(w.Name)
		if !ok {
			e.Problems.Add(diag.Pos{File: c.path}, "tensor %q: missing, expected %s %v", w.Name, dtypesString(w.DTypes), w.Shape)
			continue
		}
		pos := diag.Pos{File: t.File}
		if !slices.Equal(t.Shape, w.Shape) {
			e.Problems.Add(pos, "tensor %q (byte offset %d): shape expected %v, found %v", w.Name, t.Offset, w.Shape, t.Shape)
		}
		if !dtypeAllowed(t.DType, w.DTypes) {
			e.Problems.Add(pos, "tensor %q (byte offset %d): dtype expected %s, found %v", w.Name, t.Offset, dtypesString(w.DTypes), t.DType)
		}
	}
	for _, name := range c.names {
		if !wanted[name] {
			t := c.tensors[name]
			e.Extra.Add(diag.Pos{File: t.File}, "tensor %q (byte offset %d, %v %v): not used by the model", name, t.Offset, t.DType, t.Shape)
		}
	}
	if len(e.Problems) == 0 && len(e.Extra) == 0 {
		return nil
	}
	e.Problems.Err() // sorts by file; stable, so names stay in order within a file
	e.Extra.Err()
	return e
}

// IgnoreExtra drops the extra-tensor part of an error from Check: it returns nil when err
// reports only extra tensors, a *CheckError with only the problems when there are both, and
// any other error unchanged.
func IgnoreExtra(err error) error {
	var ce *CheckError
	if !errors.As(err, &ce) {
		return err
	}
	if len(ce.Problems) == 0 {
		return nil
	}
	return &CheckError{Problems: ce.Problems}
}

// dtypeAllowed reports whether d is in allowed (or is a float, when allowed is empty).
func dtypeAllowed(d DType, allowed []DType) bool {
	if len(allowed) == 0 {
		return d.IsFloat()
	}
	return slices.Contains(allowed, d)
}

// dtypesString spells an allowed-dtype list for messages: "BF16 or F32", "a float dtype".
func dtypesString(allowed []DType) string {
	if len(allowed) == 0 {
		return "a float dtype"
	}
	s := make([]string, len(allowed))
	for i, d := range allowed {
		s[i] = d.String()
	}
	if len(s) == 1 {
		return s[0]
	}
	return strings.Join(s[:len(s)-1], ", ") + " or " + s[len(s)-1]
}

// String formats the expectation like a message does: `name F32 [64 64]`.
func (x Expect) String() string {
	return fmt.Sprintf("%s %s %v", x.Name, dtypesString(x.DTypes), x.Shape)
}
