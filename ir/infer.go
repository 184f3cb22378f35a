package ir

import "fmt"

// Type inference: each op's result type from its operands and attributes. The verifier checks
// every value's declared type against these functions.

func is2D(t Type) bool { return len(t.Shape) == 2 }

func wantF32Mat(what string, t Type) error {
	if t.DType != F32 || !is2D(t) {
		return fmt.Errorf("%s has type %v, want f32[rows,cols]", what, t)
	}
	return nil
}

func inferTokens(v *Value) (Type, error) { return Type{DType: I32, Shape: Shape{DimT}}, nil }

func inferEmbed(v *Value) (Type, error) {
	tok, e := v.Args[0].Type, v.Weights[0].Type
	if tok.DType != I32 || len(tok.Shape) != 1 {
		return Type{}, fmt.Errorf("token operand has type %v, want i32[T]", tok)
	}
	if !e.DType.IsFloat() || len(e.Shape) != 2 {
		return Type{}, fmt.Errorf("embedding @%s has type %v, want a float [vocab,hidden] matrix", v.Weights[0].Name, e)
	}
	return Mat(tok.Shape[0], e.Shape[1]), nil
}

func inferNorm(v *Value) (Type, error) {
	x := v.Args[0].Type
	if err := wantF32Mat("input", x); err != nil {
		return Type{}, err
	}
	for _, w := range v.Weights {
		if !w.Type.DType.IsFloat() || len(w.Type.Shape) != 1 || w.Type.Shape[0] != x.Cols() {
			return Type{}, fmt.Errorf("@%s has type %v, want a float vector of %v", w.Name, w.Type, x.Cols())
		}
	}
	if v.Attrs.Float("eps") <= 0 {
		return Type{}, fmt.Errorf("eps = %v must be positive", v.Attrs.Float("eps"))
	}
	return x, nil
}

func matWeight(v *Value, x Type) (Dim, error) {
	w := v.Weights[0]
	if !w.Type.DType.IsFloat() || len(w.Type.Shape) != 2 {
		return 0, fmt.Errorf("weight @%s has type %v, want a float [out,in] matrix", w.Name, w.Type)
	}
	if w.Type.Shape[1] != x.Cols() {
		return 0, fmt.Errorf("weight @%s has %v input columns, operand has %v", w.Name, w.Type.Shape[1], x.Cols())
	}
	return w.Type.Shape[0], nil
}

func inferMatMul(v *Value) (Type, error) {
	x := v.Args[0].Type
	if err := wantF32Mat("input", x); err != nil {
		return Type{}, err
	}
	n, err := matWeight(v, x)
	if err != nil {
		return Type{}, err
	}
	return Mat(x.Rows(), n), nil
}

func inferMatMulAdd(v *Value) (Type, error) {
	t, err := inferMatMul(v)
	if err != nil {
		return t, err
	}
	if r := v.Args[1].Type; !r.Equal(t) {
		return Type{}, fmt.Errorf("residual has type %v, want %v", r, t)
	}
	return t, nil
}

func checkRoPEAttrs(v *Value, x Type) error {
	heads, hd, rot := v.Attrs.Int("heads"), v.Attrs.Int("head_dim"), v.Attrs.Int("rot")
	if heads <= 0 || hd <= 0 || rot <= 0 || rot%2 != 0 || rot > hd {
		return fmt.Errorf("rope attributes heads=%d head_dim=%d rot=%d: want positive, rot even and at most head_dim", heads, hd, rot)
	}
	if x.Cols().IsSymbol() || int64(heads*hd) > int64(x.Cols()) {
		return fmt.Errorf("rope over %d heads of %d needs %d columns, operand has %v", heads, hd, heads*hd, x.Cols())
	}
	if x.Rows() != DimT {
		return fmt.Errorf("rope operand has %v rows, want T (one row per position)", x.Rows())
	}
	return nil
}

func checkTable(v *Value, tab *Weight) error {
	rot := Dim(v.Attrs.Int("rot"))
	if tab.Op != WeightRoPETable || !tab.Type.Equal(Type{F32, Shape{DimC, rot}}) {
		return fmt.Errorf("@%s must be a rope_table of type f32[C,%d], has %v", tab.Name, rot, tab.Type)
	}
	if tab.Attrs.Int("rot") != int(rot) {
		return fmt.Errorf("@%s has rot=%d, op has rot=%d", tab.Name, tab.Attrs.Int("rot"), rot)
	}
	return nil
}

func inferRoPE(v *Value) (Type, error) {
	x := v.Args[0].Type
	if err := wantF32Mat("input", x); err != nil {
		return Type{}, err
	}
	if v.Attrs.Float("theta") <= 0 || v.Attrs.Float("scale") <= 0 {
		return Type{}, fmt.Errorf("rope theta and scale must be positive")
	}
	return x, checkRoPEAttrs(v, x)
}

func inferRoPECached(v *Value) (Type, error) {
	x := v.Args[0].Type
	if err := wantF32Mat("input", x); err != nil {
		return Type{}, err
	}
	if err := checkRoPEAttrs(v, x); err != nil {
		return Type{}, err
	}
	return x, checkTable(v, v.Weights[0])
}

func inferMatMulRoPE(v *Value) (Type, error) {
	t, err := inferMatMul(v)
	if err != nil {
		return t, err
	}
	if err := checkRoPEAttrs(v, t); err != nil {
		return Type{}, err
	}
	return t, checkTable(v, v.Weights[1])
}

func attnDims(v *Value) (heads, kv, hd int, err error) {
	heads, kv, hd = v.Attrs.Int("heads"), v.Attrs.Int("kv_heads"), v.Attrs.Int("head_dim")
	if heads <= 0 || kv <= 0 || hd <= 0 || heads%kv != 0 {
		return 0, 0, 0, fmt.Errorf("attention heads=%d kv_heads=%d head_dim=%d: want positive with kv_heads dividing heads", heads, kv, hd)
	}
	if v.Attrs.Int("layer") < 0 {
		return 0, 0, 0, fmt.Errorf("attention layer = %d must be non-negative", v.Attrs.Int("layer"))
	}
	return heads, kv, hd, nil
}

func inferAttention(v *Value) (Type, error) {
	heads, kv, hd, err := attnDims(v)
	if err != nil {
		return Type{}, err
	}
	want := []Type{Mat(DimT, Dim(heads*hd)), Mat(DimT, Dim(kv*hd)), Mat(DimT, Dim(kv*hd))}
	for i, name := range []string{"q", "k", "v"} {
		if !v.Args[i].Type.Equal(want[i]) {
			return Type{}, fmt.Errorf("%s operand has type %v, want %v", name, v.Args[i].Type, want[i])
		}
	}
	return want[0], nil
}

func inferGQA(v *Value) (Type, error) {
	heads, kv, hd, err := attnDims(v)
	if err != nil {
		return Type{}, err
	}
	if want := Mat(DimT, Dim((heads+2*kv)*hd)); !v.Args[0].Type.Equal(want) {
		return Type{}, fmt.Errorf("packed qkv operand has type %v, want %v", v.Args[0].Type, want)
	}
	return Mat(DimT, Dim(heads*hd)), nil
}

func inferSlice(v *Value) (Type, error) {
	x := v.Args[0].Type
	if err := wantF32Mat("input", x); err != nil {
		return Type{}, err
	}
	b, e := v.Attrs.Int("begin"), v.Attrs.Int("end")
	if b < 0 || e <= b || x.Cols().IsSymbol() || int64(e) > int64(x.Cols()) {
		return Type{}, fmt.Errorf("slice [%d,%d) out of range for %v columns", b, e, x.Cols())
	}
	return Mat(x.Rows(), Dim(e-b)), nil
}

func inferAdd(v *Value) (Type, error) {
	a, b := v.Args[0].Type, v.Args[1].Type
	if err := wantF32Mat("input", a); err != nil {
		return Type{}, err
	}
	if !a.Equal(b) {
		return Type{}, fmt.Errorf("operand types %v and %v differ", a, b)
	}
	return a, nil
}

func inferSame(v *Value) (Type, error) {
	x := v.Args[0].Type
	return x, wantF32Mat("input", x)
}

func inferLast(v *Value) (Type, error) {
	x := v.Args[0].Type
	if err := wantF32Mat("input", x); err != nil {
		return Type{}, err
	}
	if x.Rows() != DimT {
		return Type{}, fmt.Errorf("last needs T rows, operand has %v", x.Rows())
	}
	return Mat(DimR, x.Cols()), nil
}

// inferWeight computes the type of a derived weight.
func inferWeight(w *Weight) (Type, error) {
	switch w.Op {
	case WeightLoad:
		if len(w.Args) != 0 {
			return Type{}, fmt.Errorf("a loaded weight takes no arguments")
		}
		if w.Type.DType == InvalidDType || len(w.Type.Shape) == 0 {
			return Type{}, fmt.Errorf("a loaded weight needs a type")
		}
		for _, d := range w.Type.Shape {
			if d < 0 {
				return Type{}, fmt.Errorf("a loaded weight has concrete dimensions, got %v", w.Type.Shape)
			}
		}
		return w.Type, nil
	case WeightAdd1:
		if len(w.Args) != 1 || len(w.Args[0].Type.Shape) != 1 || !w.Args[0].Type.DType.IsFloat() {
			return Type{}, fmt.Errorf("add1 takes one float vector")
		}
		return Type{F32, w.Args[0].Type.Shape}, nil
	case WeightConcat:
		if len(w.Args) < 2 {
			return Type{}, fmt.Errorf("concat takes at least two weights")
		}
		first := w.Args[0].Type
		rows := Dim(0)
		for _, a := range w.Args {
			t := a.Type
			if len(t.Shape) != 2 || t.DType != first.DType || t.Shape[1] != first.Shape[1] || t.Shape[0] < 0 {
				return Type{}, fmt.Errorf("concat of @%s: all arguments must be %v[n,%v] matrices, got %v", a.Name, first.DType, first.Cols(), t)
			}
			rows += t.Shape[0]
		}
		return Type{first.DType, Shape{rows, first.Shape[1]}}, nil
	case WeightRoPETable:
		rot := w.Attrs.Int("rot")
		if len(w.Args) != 0 || rot <= 0 || rot%2 != 0 || w.Attrs.Float("theta") <= 0 || w.Attrs.Float("scale") <= 0 {
			return Type{}, fmt.Errorf("rope_table needs no arguments, an even positive rot and positive theta and scale")
		}
		return Type{F32, Shape{DimC, Dim(rot)}}, nil
	}
	return Type{}, fmt.Errorf("unknown weight transform %v", w.Op)
}
