package llvm

import (
	"fmt"

	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/value"
	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/ir"
)

// The matmul family: y[t,j] = epilogue(sum_k x[t,k]·W[j,k]) for x [rows,K] f32 and W [N,K]
// (f32, bf16 or f16), accumulated in f32.
//
// ABI: bufs = [y, x, W] plus the residual r (matmul_add) or the RoPE table (matmul_rope);
// ints = [rows] plus P (matmul_rope); the split dimension is the output column j, so each
// thread streams a disjoint block of W's rows exactly once.
//
// A microkernel computes a block of rt rows × cj columns with rt·cj vector accumulators: per
// step of vw k-values it loads cj weight vectors (converted to f32) and rt input vectors and
// issues rt·cj FMAs, so in prefill each loaded weight vector serves rt rows, and in decode
// (rows = 1) cj independent FMA chains keep the loads in flight. Column blocks are the outer
// loop, row blocks the inner one, so a block of weight rows stays in cache while every row of x
// passes over it. K is a constant; its last partial vector uses masked loads.
//
// matmul_rope computes whole heads: the call for [begin,end) owns the heads whose first
// column lies in [begin,end) (so any split is race-free; Grain = head_dim makes the ranges
// exact), and after a head's columns are computed for all rows it rotates their first rot
// dimensions with cos/sin from table row P+t.

// matmulGrain is the column granularity of plain matmul splits: 16 f32 outputs fill a cache line.
const matmulGrain = 16

type matmulSpec struct {
	op             ir.Op
	wdt            ir.DType
	k, n           int
	heads, hd, rot int // matmul_rope only
}

func (s matmulSpec) name() string {
	name := fmt.Sprintf("%v_%s_k%d_n%d", s.op, dtypeName(s.wdt), s.k, s.n)
	if s.op == ir.OpMatMulRoPE {
		name += fmt.Sprintf("_h%d_d%d_r%d", s.heads, s.hd, s.rot)
	}
	return name
}

func (p *lowering) matmul(v *ir.Value) ([]artifact.Launch, error) {
	w := v.Weights[0]
	s := matmulSpec{op: v.Op, wdt: w.Type.DType, k: int(w.Type.Shape[1]), n: int(w.Type.Shape[0])}
	if s.k <= 0 || s.n <= 0 {
		return nil, fmt.Errorf("weight @%s has shape %v, want positive dimensions", w.Name, w.Type.Shape)
	}
	l := artifact.Launch{
		Bufs:  []artifact.Ref{arena(v), arena(v.Args[0]), p.weightRef(w)},
		Ints:  []artifact.Expr{rowsExpr(v)},
		Split: artifact.Expr{Const: int64(s.n)},
		Grain: matmulGrain,
	}
	switch v.Op {
	case ir.OpMatMulAdd:
		l.Bufs = append(l.Bufs, arena(v.Args[1]))
	case ir.OpMatMulRoPE:
		s.heads, s.hd, s.rot = v.Attrs.Int("heads"), v.Attrs.Int("head_dim"), v.Attrs.Int("rot")
		l.Bufs = append(l.Bufs, p.weightRef(v.Weights[1]))
		l.Ints = append(l.Ints, artifact.Expr{P: 1})
		l.Grain = int64(s.hd)
	}
	l.Kernel = p.md.kernel(s.name(), v.Op, func(k *kfn) { emitMatmul(k, s) })
	return []artifact.Launch{l}, nil
}

// blockShape is the microkernel's register block: rows × columns of vector accumulators.
func (md *module) blockShape() (rt, cj int) {
	if md.vw >= 16 {
		return 4, 4 // 16 accumulators + 4 weight + 4 input vectors of 32 registers
	}
	return 4, 2 // 8 + 2 + 4 of 16 registers
}

type matmulKernel struct {
	k            *kfn
	s            matmulSpec
	y, x, w, aux value.Value
	rows, pos    value.Value
}

func emitMatmul(k *kfn, s matmulSpec) {
	m := &matmulKernel{k: k, s: s}
	m.y, m.x, m.w = k.buf(0, tF32), k.buf(1, tF32), k.weightBuf(2, s.wdt)
	if s.op == ir.OpMatMulAdd || s.op == ir.OpMatMulRoPE {
		m.aux = k.buf(3, tF32)
	}
	m.rows = k.intArg(0)
	if s.op != ir.OpMatMulRoPE {
		m.columns(k.begin, k.end)
		return
	}
	m.pos = k.intArg(1)
	hd := ci64(int64(s.hd))
	ceil := func(x value.Value) value.Value { return k.sdiv(k.add(x, ci64(int64(s.hd-1))), hd) }
	k.forRange(ceil(k.begin), ceil(k.end), 1, func(h value.Value) {
		c0 := k.mul(h, hd)
		m.columns(c0, k.smin(k.add(c0, hd), ci64(int64(s.n))))
		k.ifElse(k.icmp(enum.IPredSLT, h, ci64(int64(s.heads))), func() { m.rotate(c0) }, nil)
	})
}

// columns computes output columns [c0, c1) for every row.
func (m *matmulKernel) columns(c0, c1 value.Value) {
	k := m.k
	_, cj := k.md.blockShape()
	main := k.add(c0, k.mul(k.sdiv(k.sub(c1, c0), ci64(int64(cj))), ci64(int64(cj))))
	k.forRange(c0, main, int64(cj), func(j value.Value) { m.columnBlock(j, cj) })
	k.forRange(main, c1, 1, func(j value.Value) { m.columnBlock(j, 1) })
}

// columnBlock computes cj columns from j0 for every row.
func (m *matmulKernel) columnBlock(j0 value.Value, cj int) {
	k := m.k
	rt, _ := k.md.blockShape()
	main := k.mul(k.sdiv(m.rows, ci64(int64(rt))), ci64(int64(rt)))
	k.forRange(ci64(0), main, int64(rt), func(t value.Value) { m.micro(t, rt, j0, cj) })
	k.forRange(main, m.rows, 1, func(t value.Value) { m.micro(t, 1, j0, cj) })
}

// micro computes the rt×cj block of outputs at rows t0.., columns j0...
func (m *matmulKernel) micro(t0 value.Value, rt int, j0 value.Value, cj int) {
	k, s := m.k, m.s
	K := ci64(int64(s.k))
	wp := make([]value.Value, cj)
	for c := range wp {
		wp[c] = k.gep(m.w, k.mul(k.add(j0, ci64(int64(c))), K))
	}
	xp := make([]value.Value, rt)
	for r := range xp {
		xp[r] = k.gep(m.x, k.mul(k.add(t0, ci64(int64(r))), K))
	}
	acc := make([]value.Value, rt*cj)
	for i := range acc {
		acc[i] = constant.NewZeroInitializer(k.vecT(tF32))
	}
	step := func(off value.Value, lanes int, acc []value.Value) []value.Value {
		wv := make([]value.Value, cj)
		for c := range wv {
			wv[c] = k.vloadF32(s.wdt, wp[c], off, lanes)
		}
		next := make([]value.Value, len(acc))
		for r := 0; r < rt; r++ {
			xv := k.vload(xp[r], off, lanes)
			for c := 0; c < cj; c++ {
				next[r*cj+c] = k.fma(xv, wv[c], acc[r*cj+c])
			}
		}
		return next
	}
	ch := k.chunksOf(s.k)
	if ch.full > 0 {
		acc = k.loop(ci64(0), ci64(int64(ch.full*k.vw)), int64(k.vw), acc,
			func(i value.Value, cur []value.Value) []value.Value { return step(i, k.vw, cur) })
	}
	if ch.tail > 0 {
		acc = step(ci64(int64(ch.full*k.vw)), ch.tail, acc)
	}
	N := ci64(int64(s.n))
	for r := 0; r < rt; r++ {
		row := k.mul(k.add(t0, ci64(int64(r))), N)
		for c := 0; c < cj; c++ {
			idx := k.add(row, k.add(j0, ci64(int64(c))))
			y := k.hsum(acc[r*cj+c])
			switch s.op {
			case ir.OpMatMulSqReLU:
				y = k.sel(k.fcmp(enum.FPredOLT, y, cf32(0)), cf32(0), y)
				y = k.fmul(y, y)
			case ir.OpMatMulAdd:
				y = k.fadd(y, k.load(m.aux, idx))
			}
			k.store(y, m.y, idx)
		}
	}
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
