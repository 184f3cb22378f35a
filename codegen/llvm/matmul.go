package llvm

import (
	"fmt"
	"strings"

	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/value"
	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/codegen/launch"
	"github.com/mtc-dev/mtc/ir"
)

// The matmul family: y[t,j] = epilogue(sum_k x[t,k]·W[j,k]) for x [rows,K] f32 and W [N,K],
// accumulated in f32.
//
// ABI: bufs = [y, x, W_0, ..., W_{p-1}] plus the residual r (matmul_add) or the RoPE table
// (matmul_rope); ints = [rows] plus P (matmul_rope); the split dimension is the output column
// j, so each thread reads a disjoint block of W's rows.
//
// W may come in parts: a packed QKV matrix (a concat weight) is read from its q, k and v
// tensors in place, rows [s_p, s_p+n_p) of W being the rows of part p, so the packed matrix is
// never built. Every part has the format of the kernel (wformat: f32, bf16, f16 as stored, or
// the q8 block format of q8.go).
//
// A kernel call takes one of two paths by its row count:
//
//   - gemv.go, for rows < gemmMinRows (decode, and the LM head's R rows): each weight row is
//     streamed once, straight from its row-major storage, and dotted with every row of x.
//   - gemm.go, for more rows (prefill): blocks of W are packed, converted to the microkernel's
//     operand type, into a stack buffer and reused for all rows of x (register-blocked outer
//     products, cache tiling); fast precision uses bf16 or int8 dot products (gemm_fast.go).
//
// matmul_rope computes whole heads: the call for [begin,end) owns the heads whose first
// column lies in [begin,end) (so any split is race-free; Grain = head_dim makes the ranges
// exact), and after its heads' columns are computed for all rows it rotates their first rot
// dimensions with cos/sin from table row P+t.

// matmulSpec is everything a matmul kernel bakes in; name spells all of it.
type matmulSpec struct {
	op             ir.Op
	wf             wformat
	k, n           int
	parts          []int // rows of each weight part (one part: [n])
	heads, hd, rot int   // matmul_rope only
	fast           bool  // fast precision: bf16 or int8 dot products in the GEMM path
}

func (s matmulSpec) name() string {
	name := fmt.Sprintf("%v_%s_k%d_n%d", s.op, s.wf, s.k, s.n)
	if len(s.parts) > 1 {
		ps := make([]string, len(s.parts))
		for i, p := range s.parts {
			ps[i] = fmt.Sprint(p)
		}
		name += "_p" + strings.Join(ps, "x")
	}
	if s.op == ir.OpMatMulRoPE {
		name += fmt.Sprintf("_h%d_d%d_r%d", s.heads, s.hd, s.rot)
	}
	if s.fast {
		name += "_fast"
	}
	return name
}

// partStart is the first row of part p.
func (s matmulSpec) partStart(p int) int {
	st := 0
	for _, n := range s.parts[:p] {
		st += n
	}
	return st
}

func (p *lowering) matmul(v *ir.Value) ([]artifact.Launch, error) {
	w := v.Weights[0]
	s := matmulSpec{op: v.Op, k: int(w.Type.Shape[1]), n: int(w.Type.Shape[0])}
	if s.k <= 0 || s.n <= 0 {
		return nil, fmt.Errorf("weight @%s has shape %v, want positive dimensions", w.Name, w.Type.Shape)
	}
	parts := p.matrixParts(w)
	for _, pw := range parts {
		s.parts = append(s.parts, int(pw.Type.Shape[0]))
	}
	wf, err := p.md.matrixFormat(parts[0].Type.DType)
	if p.isHead(v) {
		wf, err = floatFormat(parts[0].Type.DType) // see weights.go
	}
	if err != nil {
		return nil, fmt.Errorf("weight @%s: %v", parts[0].Name, err)
	}
	s.wf = wf
	s.fast = p.md.fastFor(wf) && !p.isHead(v)
	l := artifact.Launch{
		Bufs:  []artifact.Ref{launch.Arena(v), launch.Arena(v.Args[0])},
		Ints:  []artifact.Expr{launch.RowsExpr(v)},
		Split: artifact.Expr{Const: int64(s.n)},
		Grain: int64(p.md.matmulGrain()),
	}
	for _, pw := range parts {
		l.Bufs = append(l.Bufs, p.matrixRef(v, pw))
	}
	switch v.Op {
	case ir.OpMatMulAdd:
		l.Bufs = append(l.Bufs, launch.Arena(v.Args[1]))
	case ir.OpMatMulRoPE:
		s.heads, s.hd, s.rot = v.Attrs.Int("heads"), v.Attrs.Int("head_dim"), v.Attrs.Int("rot")
		l.Bufs = append(l.Bufs, p.weightRef(v.Weights[1]))
		l.Ints = append(l.Ints, artifact.Expr{P: 1})
		l.Grain = int64(s.hd)
	}
	l.Kernel = p.md.kernel(s.name(), v.Op, func(k *kfn) { emitMatmul(k, s) })
	return []artifact.Launch{l}, nil
}

// matmulGrain is the column granularity of plain matmul splits: the GEMM's column block.
func (md *module) matmulGrain() int { return md.gemmShape().nr }

type matmulKernel struct {
	k     *kfn
	s     matmulSpec
	y, x  value.Value
	parts []value.Value // W_p, as pointers to the format's storage type
	aux   value.Value
	rows  value.Value
	pos   value.Value
}

func emitMatmul(k *kfn, s matmulSpec) {
	m := &matmulKernel{k: k, s: s}
	m.y, m.x = k.buf(0, tF32), k.buf(1, tF32)
	for i := range s.parts {
		m.parts = append(m.parts, k.buf(2+i, s.wf.storage()))
	}
	if s.op == ir.OpMatMulAdd || s.op == ir.OpMatMulRoPE {
		m.aux = k.buf(2+len(s.parts), tF32)
	}
	m.rows = k.intArg(0)
	if s.op != ir.OpMatMulRoPE {
		m.columns(k.begin, k.end)
		return
	}
	m.pos = k.intArg(1)
	hd := ci64(int64(s.hd))
	ceil := func(x value.Value) value.Value { return k.sdiv(k.add(x, ci64(int64(s.hd-1))), hd) }
	h0, h1 := ceil(k.begin), ceil(k.end)
	c0 := k.smin(k.mul(h0, hd), ci64(int64(s.n)))
	c1 := k.smin(k.mul(h1, hd), ci64(int64(s.n)))
	k.ifElse(k.icmp(enum.IPredSLT, c0, c1), func() {
		m.columns(c0, c1)
		k.forRange(h0, k.smin(h1, ci64(int64(s.heads))), 1, func(h value.Value) { m.rotate(k.mul(h, hd)) })
	}, nil)
}

// columns computes output columns [c0, c1) for every row, one weight part at a time (a loop
// over the parts, so the code is emitted once), on the GEMV or the GEMM path.
func (m *matmulKernel) columns(c0, c1 value.Value) {
	k, s := m.k, m.s
	body := func(w weightPart) {
		lo := k.imax(c0, w.first)
		hi := k.smin(c1, k.add(w.first, w.rows))
		k.ifElse(k.icmp(enum.IPredSLT, lo, hi), func() {
			k.ifElse(k.icmp(enum.IPredSGE, m.rows, ci64(gemmMinRows)),
				func() { m.gemm(w, lo, hi) },
				func() { m.gemv(w, lo, hi) })
		}, nil)
	}
	if len(s.parts) == 1 {
		body(weightPart{ptr: m.parts[0], rows: ci64(int64(s.n)), first: ci64(0)})
		return
	}
	k.forRange(ci64(0), ci64(int64(len(s.parts))), 1, func(p value.Value) {
		w := weightPart{ptr: m.parts[0], rows: ci64(int64(s.parts[0])), first: ci64(0)}
		for i := 1; i < len(s.parts); i++ {
			is := k.icmp(enum.IPredEQ, p, ci64(int64(i)))
			w.ptr = k.sel(is, m.parts[i], w.ptr)
			w.rows = k.sel(is, ci64(int64(s.parts[i])), w.rows)
			w.first = k.sel(is, ci64(int64(s.partStart(i))), w.first)
		}
		body(w)
	})
}

// weightPart is one part of W: its storage, its row count and the output column of its first
// row (i64 values).
type weightPart struct {
	ptr, rows, first value.Value
}

// epilogue applies the op's pointwise epilogue to the sums of row t at columns given by idx
// (an index into y and r, the same for both).
func (m *matmulKernel) epilogue(acc value.Value, idx value.Value, lanes value.Value) value.Value {
	k := m.k
	switch m.s.op {
	case ir.OpMatMulSqReLU:
		zero := k.constLike(acc, cf32(0))
		acc = k.sel(k.fcmp(enum.FPredOLT, acc, zero), zero, acc)
		return k.fmul(acc, acc)
	case ir.OpMatMulAdd:
		if lanes == nil {
			return k.fadd(acc, k.load(m.aux, idx))
		}
		return k.fadd(acc, k.vloadMask(m.aux, idx, lanes))
	}
	return acc
}

// rotate applies RoPE to the head whose columns start at c0, for every row.
func (m *matmulKernel) rotate(c0 value.Value) {
	k, s := m.k, m.s
	k.forRange(ci64(0), m.rows, 1, func(t value.Value) {
		head := k.gep(m.y, k.add(k.mul(t, ci64(int64(s.n))), c0))
		tab := k.gep(m.aux, k.mul(k.add(m.pos, t), ci64(int64(s.rot))))
		k.rotateHalf(head, tab, s.rot)
	})
}

// rotateHalf rotates dims [0,rot) of one head in place (NeoX rotate-half): for j < rot/2,
// (u, w) = (h[j], h[j+rot/2]) becomes (u·cos - w·sin, w·cos + u·sin) with cos = tab[j] and
// sin = tab[rot/2+j].
func (k *kfn) rotateHalf(head, tab value.Value, rot int) {
	half := int64(rot / 2)
	k.each(rot/2, func(off value.Value, lanes int) {
		off2 := k.add(off, ci64(half))
		u, w := k.vload(head, off, lanes), k.vload(head, off2, lanes)
		c, s := k.vload(tab, off, lanes), k.vload(tab, off2, lanes)
		k.vstore(k.fma(u, c, k.b.NewFNeg(k.fmul(w, s))), head, off, lanes)
		k.vstore(k.fma(w, c, k.fmul(u, s)), head, off2, lanes)
	})
}
