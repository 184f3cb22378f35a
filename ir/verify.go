package ir

import (
	"fmt"

	"github.com/mtc-dev/mtc/internal/diag"
)

// Verify checks that g is well formed: weights are declared once, before use, with the types
// their transforms give; every value is defined before use (SSA order), has the type its op
// infers, valid attributes and a source position; the result is an f32 matrix; each KV-cache
// slot is written by one attention; and, once memory is planned, no two values that are live at
// the same time share arena bytes. Errors name the value (%N, numbered as Print numbers them).
func Verify(g *Graph) error {
	var errs diag.List
	g.Renumber()
	wseen := map[*Weight]bool{}
	names := map[string]bool{}
	for _, w := range g.Weights {
		if w == nil {
			errs.Add(diag.Pos{}, "graph %q has a nil weight", g.Name)
			continue
		}
		if names[w.Name] {
			errs.Add(w.Pos, "weight @%s declared twice", w.Name)
		}
		names[w.Name] = true
		if !w.Pos.IsValid() {
			errs.Add(w.Pos, "weight @%s has no source position", w.Name)
		}
		for _, a := range w.Args {
			if a == nil || !wseen[a] {
				errs.Add(w.Pos, "weight @%s uses a weight that is not declared before it", w.Name)
			}
		}
		if err := checkAttrs(w.Op.Attrs(), w.Attrs); err != nil {
			errs.Add(w.Pos, "weight @%s: %v", w.Name, err)
		} else if t, err := inferWeight(w); err != nil {
			errs.Add(w.Pos, "weight @%s: %v", w.Name, err)
		} else if !t.Equal(w.Type) {
			errs.Add(w.Pos, "weight @%s has type %v, its transform gives %v", w.Name, w.Type, t)
		}
		wseen[w] = true
	}
	if len(errs) > 0 {
		return errs.Err()
	}
	defined := map[*Value]bool{}
	slots := map[int]*Value{}
	taps := map[string]*Value{}
	for _, v := range g.Values {
		if v == nil {
			errs.Add(diag.Pos{}, "graph %q has a nil value", g.Name)
			continue
		}
		name := fmt.Sprintf("%%%d (%v)", v.ID, v.Op)
		if defined[v] {
			errs.Add(v.Pos, "%s appears twice in the value list", name)
			continue
		}
		if !v.Pos.IsValid() {
			errs.Add(v.Pos, "%s has no source position", name)
		}
		ok := true
		for i, a := range v.Args {
			if a == nil || !defined[a] {
				errs.Add(v.Pos, "%s: operand %d is not defined before its use", name, i)
				ok = false
			}
		}
		for _, w := range v.Weights {
			if w == nil || !wseen[w] {
				errs.Add(v.Pos, "%s uses an undeclared weight", name)
				ok = false
			}
		}
		if v.Op <= OpInvalid || v.Op >= numOps {
			errs.Add(v.Pos, "%s has an invalid op", name)
			ok = false
		}
		if ok {
			if t, err := inferValue(v); err != nil {
				errs.Add(v.Pos, "%s: %v", name, err)
			} else if !t.Equal(v.Type) {
				errs.Add(v.Pos, "%s has type %v, its op gives %v", name, v.Type, t)
			}
		}
		if v.Op == OpAttention || v.Op == OpGQAAttention {
			slot := v.Attrs.Int("layer")
			if prev, dup := slots[slot]; dup {
				errs.Add(v.Pos, "%s writes KV-cache slot %d, already written by %%%d", name, slot, prev.ID)
			}
			slots[slot] = v
		}
		if v.Tap != "" {
			if prev, dup := taps[v.Tap]; dup {
				errs.Add(v.Pos, "%s: tap %q is already %%%d", name, v.Tap, prev.ID)
			}
			taps[v.Tap] = v
			if t := v.Type; t.DType != F32 || len(t.Shape) != 2 || t.Shape[0] != DimT {
				errs.Add(v.Pos, "%s: tapped value has type %v, want f32[T,n]", name, t)
			}
		}
		if v.Buf < NoBuf {
			errs.Add(v.Pos, "%s has a negative buffer offset %d", name, v.Buf)
		}
		defined[v] = true
	}
	if g.Result == nil {
		errs.Add(diag.Pos{}, "graph %q has no result", g.Name)
	} else if !defined[g.Result] {
		errs.Add(g.Result.Pos, "graph %q returns a value that is not in the graph", g.Name)
	} else if t := g.Result.Type; t.DType != F32 || len(t.Shape) != 2 {
		errs.Add(g.Result.Pos, "graph %q returns %v, want an f32 matrix", g.Name, t)
	}
	if len(errs) == 0 {
		checkBuffers(g, &errs)
	}
	return errs.Err()
}

// BytesPerToken is the arena space a value needs per token of the step: values are [T|R, n]
// f32 matrices and R <= T, so n·4 bytes per token always suffice.
func BytesPerToken(v *Value) int64 {
	if len(v.Type.Shape) != 2 || v.Type.Shape[1] < 0 {
		return 0
	}
	return int64(v.Type.Shape[1]) * v.Type.DType.Size()
}

// InRowArena reports whether v's buffer belongs in the row arena, which holds R rows per value
// (the rows that need logits), rather than in the activation arena of T rows: true for
// matrices whose row count is R.
func InRowArena(v *Value) bool { return len(v.Type.Shape) == 2 && v.Type.Shape[0] == DimR }

// LiveRanges returns, for each value, the index of its definition and of its last use
// (the result and tapped values count as used at the end).
func LiveRanges(g *Graph) (def, last map[*Value]int) {
	def, last = map[*Value]int{}, map[*Value]int{}
	for i, v := range g.Values {
		def[v] = i
		last[v] = i
		for _, a := range v.Args {
			last[a] = i
		}
	}
	if g.Result != nil {
		last[g.Result] = len(g.Values)
	}
	for _, v := range g.Values {
		if v.Tap != "" {
			last[v] = len(g.Values)
		}
	}
	return def, last
}

// checkBuffers verifies the memory plan: values with overlapping live ranges must not share
// bytes of the same arena (the activation arena, or the row arena for values of R rows; see
// InRowArena). A value's operands are live while it is computed, so an output never aliases its
// inputs.
func checkBuffers(g *Graph, errs *diag.List) {
	def, last := LiveRanges(g)
	var planned []*Value
	for _, v := range g.Values {
		if v.Buf != NoBuf {
			planned = append(planned, v)
		}
	}
	for i, a := range planned {
		for _, b := range planned[i+1:] {
			if def[b] > last[a] || def[a] > last[b] || InRowArena(a) != InRowArena(b) {
				continue
			}
			if a.Buf < b.Buf+BytesPerToken(b) && b.Buf < a.Buf+BytesPerToken(a) {
				errs.Add(b.Pos, "%%%d (%v) buffer [%d,%d) overlaps %%%d (%v) buffer [%d,%d) while both are live",
					b.ID, b.Op, b.Buf, b.Buf+BytesPerToken(b), a.ID, a.Op, a.Buf, a.Buf+BytesPerToken(a))
			}
		}
	}
}
