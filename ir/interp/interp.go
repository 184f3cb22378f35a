// Package interp is the reference interpreter of mtc's graph IR: it defines what every op
// means. It is deliberately slow and obvious — plain loops, float64 accumulation, no fusion, no
// threads — and it is the oracle of every differential test of passes and compiled code.
//
// An Interp holds the weights of one graph (checkpoint tensors converted to f32, derived weights
// built once) and the KV cache. Run executes one step: T tokens starting at the current
// position, returning the logits of the last R rows.
package interp

import (
	"fmt"
	"math"

	"github.com/mtc-dev/mtc/ir"
)

// Tensors gives the interpreter checkpoint tensors by name, converted to float32.
type Tensors interface {
	Tensor(name string) (data []float32, shape []int64, err error)
}

// Interp runs a graph step by step against a KV cache.
type Interp struct {
	// Observe, when set, is called after each value is computed with its data (row-major,
	// rows×cols as the value's type gives for this step). Tools such as the pruner use it to
	// collect activations; data must not be kept or modified.
	Observe func(v *ir.Value, data []float32)

	g        *ir.Graph
	capacity int
	weights  map[*ir.Weight][]float32
	kv       map[int]*kvSlot
	pos      int
}

type kvSlot struct {
	k, v  []float32 // [capacity, kv_heads*head_dim]
	width int
}

// New loads the weights g uses from t and makes an empty KV cache of capacity positions.
func New(g *ir.Graph, t Tensors, capacity int) (*Interp, error) {
	if capacity <= 0 {
		return nil, fmt.Errorf("interp: KV-cache capacity %d must be positive", capacity)
	}
	in := &Interp{g: g, capacity: capacity, weights: map[*ir.Weight][]float32{}, kv: map[int]*kvSlot{}}
	for _, w := range g.UsedWeights() {
		data, err := in.build(w, t)
		if err != nil {
			return nil, err
		}
		in.weights[w] = data
	}
	return in, nil
}

// Pos is the position the next step starts at (the number of tokens in the KV cache).
func (in *Interp) Pos() int { return in.pos }

// Reset empties the KV cache.
func (in *Interp) Reset() {
	in.pos = 0
	in.kv = map[int]*kvSlot{}
}

// Rewind drops cached positions from p on, so the next step starts at p.
func (in *Interp) Rewind(p int) {
	if p < in.pos {
		in.pos = p
	}
}

func (in *Interp) build(w *ir.Weight, t Tensors) ([]float32, error) {
	switch w.Op {
	case ir.WeightLoad:
		data, shape, err := t.Tensor(w.Name)
		if err != nil {
			return nil, err
		}
		if len(shape) != len(w.Type.Shape) {
			return nil, fmt.Errorf("tensor %s has shape %v, want %v", w.Name, shape, w.Type.Shape)
		}
		for i, d := range shape {
			if d != int64(w.Type.Shape[i]) {
				return nil, fmt.Errorf("tensor %s has shape %v, want %v", w.Name, shape, w.Type.Shape)
			}
		}
		return data, nil
	case ir.WeightAdd1:
		src := in.weights[w.Args[0]]
		out := make([]float32, len(src))
		for i, x := range src {
			out[i] = 1 + x
		}
		return out, nil
	case ir.WeightConcat:
		var out []float32
		for _, a := range w.Args {
			out = append(out, in.weights[a]...)
		}
		return out, nil
	case ir.WeightRoPETable:
		return RoPETable(in.capacity, w.Attrs.Int("rot"), w.Attrs.Float("theta"), w.Attrs.Float("scale")), nil
	}
	return nil, fmt.Errorf("weight @%s: unknown transform %v", w.Name, w.Op)
}

// RoPETable computes the rope_table weight transform: rows 0..capacity-1, each holding
// cos(p/scale·f_j) for j < rot/2 followed by sin(p/scale·f_j), f_j = theta^(-2j/rot).
func RoPETable(capacity, rot int, theta, scale float64) []float32 {
	half := rot / 2
	out := make([]float32, capacity*rot)
	for p := 0; p < capacity; p++ {
		for j := 0; j < half; j++ {
			a := float64(p) / scale * math.Pow(theta, -2*float64(j)/float64(rot))
			out[p*rot+j] = float32(math.Cos(a))
			out[p*rot+half+j] = float32(math.Sin(a))
		}
	}
	return out
}

// Run executes one step over tokens (T = len(tokens)) starting at Pos, and returns the graph's
// result for the last r rows (r = 1 for generation, r = T for every position), row-major.
func (in *Interp) Run(tokens []int32, r int) ([]float32, error) {
	T := len(tokens)
	if T == 0 {
		return nil, fmt.Errorf("interp: no tokens")
	}
	if r < 1 || r > T {
		return nil, fmt.Errorf("interp: %d logit rows requested for %d tokens", r, T)
	}
	if in.pos+T > in.capacity {
		return nil, fmt.Errorf("interp: %d tokens at position %d exceed the KV-cache capacity %d", T, in.pos, in.capacity)
	}
	b := ir.Bindings{T: int64(T), R: int64(r), C: int64(in.capacity), P: int64(in.pos)}
	vals := map[*ir.Value][]float32{}
	var toks []int32
	for _, v := range in.g.Values {
		args := make([][]float32, len(v.Args))
		for i, a := range v.Args {
			args[i] = vals[a]
		}
		ws := make([][]float32, len(v.Weights))
		for i, w := range v.Weights {
			ws[i] = in.weights[w]
		}
		rows := int(v.Type.Shape[0].Bind(b))
		var cols int
		if len(v.Type.Shape) == 2 {
			cols = int(v.Type.Shape[1].Bind(b))
		}
		var out []float32
		var err error
		switch v.Op {
		case ir.OpTokens:
			toks = tokens
		case ir.OpEmbed:
			out, err = embed(toks, ws[0], int(v.Weights[0].Type.Shape[0]), cols)
		case ir.OpLayerNorm1P:
			out = layerNorm(args[0], ws[0], ws[1], rows, cols, v.Attrs.Float("eps"), true)
		case ir.OpLayerNorm:
			out = layerNorm(args[0], ws[0], ws[1], rows, cols, v.Attrs.Float("eps"), false)
		case ir.OpMatMul:
			out = matmul(args[0], ws[0], rows, int(v.Weights[0].Type.Shape[1]), cols)
		case ir.OpMatMulSqReLU:
			out = sqrelu(matmul(args[0], ws[0], rows, int(v.Weights[0].Type.Shape[1]), cols))
		case ir.OpMatMulAdd:
			out = add(matmul(args[0], ws[0], rows, int(v.Weights[0].Type.Shape[1]), cols), args[1])
		case ir.OpMatMulRoPE:
			out = matmul(args[0], ws[0], rows, int(v.Weights[0].Type.Shape[1]), cols)
			ropeCached(out, ws[1], rows, cols, in.pos, v.Attrs)
		case ir.OpRoPE:
			out = append([]float32(nil), args[0]...)
			rope(out, rows, cols, in.pos, v.Attrs)
		case ir.OpRoPECached:
			out = append([]float32(nil), args[0]...)
			ropeCached(out, ws[0], rows, cols, in.pos, v.Attrs)
		case ir.OpAttention:
			out = in.attention(v.Attrs, rows, args[0], args[1], args[2], 0, 0, 0, 0, 0, 0)
		case ir.OpGQAAttention:
			h, kv, d := v.Attrs.Int("heads"), v.Attrs.Int("kv_heads"), v.Attrs.Int("head_dim")
			w := (h + 2*kv) * d
			out = in.attention(v.Attrs, rows, args[0], args[0], args[0], w, 0, w, h*d, w, (h+kv)*d)
		case ir.OpSlice:
			out = slice(args[0], rows, int(v.Args[0].Type.Shape[1]), v.Attrs.Int("begin"), v.Attrs.Int("end"))
		case ir.OpAdd:
			out = add(args[0], args[1])
		case ir.OpSqReLU:
			out = sqrelu(append([]float32(nil), args[0]...))
		case ir.OpLast:
			out = append([]float32(nil), args[0][(T-rows)*cols:]...)
		default:
			err = fmt.Errorf("no interpreter kernel for %v", v.Op)
		}
		if err != nil {
			return nil, fmt.Errorf("%v: %w", v.Pos, err)
		}
		vals[v] = out
		if in.Observe != nil && out != nil {
			in.Observe(v, out)
		}
	}
	in.pos += T
	return vals[in.g.Result], nil
}

func embed(toks []int32, e []float32, vocab, h int) ([]float32, error) {
	out := make([]float32, len(toks)*h)
	for t, id := range toks {
		if id < 0 || int(id) >= vocab {
			return nil, fmt.Errorf("token id %d at index %d is outside the vocabulary [0,%d)", id, t, vocab)
		}
		copy(out[t*h:(t+1)*h], e[int(id)*h:(int(id)+1)*h])
	}
	return out, nil
}

func layerNorm(x, g, b []float32, rows, h int, eps float64, plusOne bool) []float32 {
	out := make([]float32, len(x))
	for t := 0; t < rows; t++ {
		row := x[t*h : (t+1)*h]
		var mean, v float64
		for _, a := range row {
			mean += float64(a)
		}
		mean /= float64(h)
		for _, a := range row {
			d := float64(a) - mean
			v += d * d
		}
		inv := 1 / math.Sqrt(v/float64(h)+eps)
		for i, a := range row {
			gamma := float64(g[i])
			if plusOne {
				gamma += 1
			}
			out[t*h+i] = float32((float64(a)-mean)*inv*gamma + float64(b[i]))
		}
	}
	return out
}

// matmul computes x·Wᵀ for x [rows,k] and W [n,k].
func matmul(x, w []float32, rows, k, n int) []float32 {
	out := make([]float32, rows*n)
	for t := 0; t < rows; t++ {
		xr := x[t*k : (t+1)*k]
		for j := 0; j < n; j++ {
			wr := w[j*k : (j+1)*k]
			var s float64
			for i, a := range xr {
				s += float64(a) * float64(wr[i])
			}
			out[t*n+j] = float32(s)
		}
	}
	return out
}

func sqrelu(x []float32) []float32 {
	for i, a := range x {
		if a < 0 {
			a = 0
		}
		x[i] = a * a
	}
	return x
}

func add(a, b []float32) []float32 {
	out := make([]float32, len(a))
	for i := range a {
		out[i] = a[i] + b[i]
	}
	return out
}

func slice(x []float32, rows, n, begin, end int) []float32 {
	w := end - begin
	out := make([]float32, rows*w)
	for t := 0; t < rows; t++ {
		copy(out[t*w:(t+1)*w], x[t*n+begin:t*n+end])
	}
	return out
}

func rope(x []float32, rows, cols, p0 int, a ir.Attrs) {
	heads, d, rot := a.Int("heads"), a.Int("head_dim"), a.Int("rot")
	theta, scale := a.Float("theta"), a.Float("scale")
	half := rot / 2
	for t := 0; t < rows; t++ {
		pos := float64(p0+t) / scale
		for h := 0; h < heads; h++ {
			base := t*cols + h*d
			for j := 0; j < half; j++ {
				ang := pos * math.Pow(theta, -2*float64(j)/float64(rot))
				rotate(x, base+j, base+j+half, math.Cos(ang), math.Sin(ang))
			}
		}
	}
}

func ropeCached(x, tab []float32, rows, cols, p0 int, a ir.Attrs) {
	heads, d, rot := a.Int("heads"), a.Int("head_dim"), a.Int("rot")
	half := rot / 2
	for t := 0; t < rows; t++ {
		row := tab[(p0+t)*rot : (p0+t+1)*rot]
		for h := 0; h < heads; h++ {
			base := t*cols + h*d
			for j := 0; j < half; j++ {
				rotate(x, base+j, base+j+half, float64(row[j]), float64(row[half+j]))
			}
		}
	}
}

func rotate(x []float32, i, j int, c, s float64) {
	u, w := float64(x[i]), float64(x[j])
	x[i] = float32(u*c - w*s)
	x[j] = float32(w*c + u*s)
}

// attention appends this step's keys and values to the cache slot, then attends causally.
// q, k and v are read from row-major matrices with the given row strides and column offsets.
func (in *Interp) attention(a ir.Attrs, T int, q, k, v []float32, qs, qo, ks, ko, vs, vo int) []float32 {
	heads, kvh, d := a.Int("heads"), a.Int("kv_heads"), a.Int("head_dim")
	width := kvh * d
	if qs == 0 { // separate q, k, v matrices
		qs, ks, vs = heads*d, width, width
	}
	slot := in.kv[a.Int("layer")]
	if slot == nil {
		slot = &kvSlot{k: make([]float32, in.capacity*width), v: make([]float32, in.capacity*width), width: width}
		in.kv[a.Int("layer")] = slot
	}
	for t := 0; t < T; t++ {
		p := in.pos + t
		copy(slot.k[p*width:(p+1)*width], k[t*ks+ko:t*ks+ko+width])
		copy(slot.v[p*width:(p+1)*width], v[t*vs+vo:t*vs+vo+width])
	}
	group := heads / kvh
	scale := 1 / math.Sqrt(float64(d))
	out := make([]float32, T*heads*d)
	scores := make([]float64, in.pos+T)
	for t := 0; t < T; t++ {
		n := in.pos + t + 1
		for h := 0; h < heads; h++ {
			j := h / group
			qv := q[t*qs+qo+h*d : t*qs+qo+(h+1)*d]
			maxS := math.Inf(-1)
			for u := 0; u < n; u++ {
				kr := slot.k[u*width+j*d : u*width+(j+1)*d]
				var s float64
				for i := range qv {
					s += float64(qv[i]) * float64(kr[i])
				}
				s *= scale
				scores[u] = s
				maxS = math.Max(maxS, s)
			}
			var sum float64
			for u := 0; u < n; u++ {
				scores[u] = math.Exp(scores[u] - maxS)
				sum += scores[u]
			}
			o := out[t*heads*d+h*d : t*heads*d+(h+1)*d]
			for i := range o {
				var acc float64
				for u := 0; u < n; u++ {
					acc += scores[u] * float64(slot.v[u*width+j*d+i])
				}
				o[i] = float32(acc / sum)
			}
		}
	}
	return out
}
