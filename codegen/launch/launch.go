// Package launch holds what the CPU and GPU code generators (codegen/llvm, codegen/ptx) share
// about turning IR values into launches of the artifact's program: buffer references, launch
// integers, the parts of kernel names, and the KV-cache slot table. It imports ir and artifact
// and nothing that generates code.
package launch

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/internal/diag"
	"github.com/mtc-dev/mtc/ir"
)

// Arena is the reference to v's buffer: its planned offset per row, in the row arena for a
// value of R rows (ir.InRowArena), else in the activation arena.
func Arena(v *ir.Value) artifact.Ref {
	if ir.InRowArena(v) {
		return artifact.Ref{Kind: artifact.RefRows, Offset: v.Buf}
	}
	return artifact.Ref{Kind: artifact.RefArena, Offset: v.Buf}
}

// Arenas are the sizes of a program's two arenas: the activation arena in bytes per token, the
// row arena in bytes per logit row (see artifact.Manifest).
type Arenas struct{ PerToken, PerRow int64 }

// DimExpr is a dimension as a launch integer.
func DimExpr(d ir.Dim) artifact.Expr {
	switch d {
	case ir.DimT:
		return artifact.Expr{T: 1}
	case ir.DimR:
		return artifact.Expr{R: 1}
	case ir.DimC:
		return artifact.Expr{Cap: 1}
	}
	return artifact.Expr{Const: int64(d)}
}

// RowsExpr is the row count of a value as a launch integer.
func RowsExpr(v *ir.Value) artifact.Expr { return DimExpr(v.Type.Rows()) }

// ConstCols returns the column count of a value, which kernels bake in.
func ConstCols(v *ir.Value) (int, error) {
	c := v.Type.Cols()
	if c.IsSymbol() || c <= 0 {
		return 0, fmt.Errorf("the result has %v columns, want a positive constant", c)
	}
	return int(c), nil
}

// FloatName spells x (formatted for bits-bit floats) for a kernel name: "1e-05" becomes
// "1em05", "0.5" becomes "0p5".
func FloatName(x float64, bits int) string {
	s := strconv.FormatFloat(x, 'g', -1, bits)
	return strings.NewReplacer(".", "p", "-", "m", "+", "").Replace(s)
}

// KVSlots returns one KV-cache slot per attention, indexed by its layer attribute (width
// kv_heads·head_dim), and checks that the layers number the slots 0..n-1 with no gap and that
// no layer is used twice.
func KVSlots(g *ir.Graph) ([]artifact.Slot, error) {
	byLayer := map[int]*ir.Value{}
	for _, v := range g.Values {
		if v.Op != ir.OpAttention && v.Op != ir.OpGQAAttention {
			continue
		}
		l := v.Attrs.Int("layer")
		if prev, dup := byLayer[l]; dup {
			return nil, diag.Errorf(v.Pos, "%%%d (%v) uses KV-cache layer %d, which %%%d already uses", v.ID, v.Op, l, prev.ID)
		}
		byLayer[l] = v
	}
	layers := make([]int, 0, len(byLayer))
	for l := range byLayer {
		layers = append(layers, l)
	}
	sort.Ints(layers)
	slots := make([]artifact.Slot, len(layers))
	for i, l := range layers {
		v := byLayer[l]
		if l != i {
			return nil, diag.Errorf(v.Pos, "%%%d (%v) has layer=%d, but the attention layers must be numbered 0..%d without gaps (layer %d is missing)",
				v.ID, v.Op, l, len(layers)-1, i)
		}
		slots[i] = artifact.Slot{Width: v.Attrs.Int("kv_heads") * v.Attrs.Int("head_dim")}
	}
	return slots, nil
}

// Program lowers every value of g but the token input, in order, with lower, and returns the
// launches (each noted with its value, "%N op") and the arena sizes the memory plan needs (the
// largest Buf plus size in each arena). A value without a buffer, or one lower fails on, is
// reported in errs and lowering goes on, so one run reports every bad value.
func Program(g *ir.Graph, errs *diag.List, lower func(v *ir.Value) ([]artifact.Launch, error)) (program []artifact.Launch, arenas Arenas) {
	for _, v := range g.Values {
		if v.Op == ir.OpTokens {
			continue
		}
		if v.Buf == ir.NoBuf {
			errs.Add(v.Pos, "%%%d (%v) has no arena buffer: run the plan-memory pass before code generation", v.ID, v.Op)
			continue
		}
		if end := v.Buf + ir.BytesPerToken(v); ir.InRowArena(v) {
			arenas.PerRow = max(arenas.PerRow, end)
		} else {
			arenas.PerToken = max(arenas.PerToken, end)
		}
		launches, err := lower(v)
		if err != nil {
			errs.Add(v.Pos, "%%%d (%v): %v", v.ID, v.Op, err)
			continue
		}
		for i := range launches {
			launches[i].Note = fmt.Sprintf("%%%d %v", v.ID, v.Op)
		}
		program = append(program, launches...)
	}
	return program, arenas
}
