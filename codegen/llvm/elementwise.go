package llvm

import (
	"fmt"

	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/value"
	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/codegen/launch"
	"github.com/mtc-dev/mtc/ir"
)

// Row-wise data movement and pointwise ops, all split over output rows:
//
//	slice  bufs = [y, x]     ints = []      y[t] = x[t, begin:end]
//	add    bufs = [y, a, b]  ints = []      y = a + b
//	sqrelu bufs = [y, x]     ints = []      y = relu(x)²
//	last   bufs = [y, x]     ints = [T, R]  y[r] = x[T-R+r] (a NaN row if T-R+r < 0)

func (p *lowering) elementwise(v *ir.Value) ([]artifact.Launch, error) {
	n, err := launch.ConstCols(v)
	if err != nil {
		return nil, err
	}
	l := artifact.Launch{Bufs: []artifact.Ref{launch.Arena(v)}, Split: launch.RowsExpr(v)}
	for _, a := range v.Args {
		l.Bufs = append(l.Bufs, launch.Arena(a))
	}
	var name string
	var emit func(k *kfn)
	switch v.Op {
	case ir.OpSlice:
		in := int(v.Args[0].Type.Cols())
		b := v.Attrs.Int("begin")
		name = fmt.Sprintf("slice_n%d_b%d_w%d", in, b, n)
		emit = func(k *kfn) { emitSlice(k, in, b, n) }
	case ir.OpAdd:
		name = fmt.Sprintf("add_n%d", n)
		emit = func(k *kfn) { emitPointwise(k, n, 2, func(x []value.Value) value.Value { return k.fadd(x[0], x[1]) }) }
	case ir.OpSqReLU:
		name = fmt.Sprintf("sqrelu_n%d", n)
		emit = func(k *kfn) {
			emitPointwise(k, n, 1, func(x []value.Value) value.Value {
				r := k.sel(k.fcmp(enum.FPredOLT, x[0], k.splatC(cf32(0))), k.splatC(cf32(0)), x[0])
				return k.fmul(r, r)
			})
		}
	case ir.OpLast:
		l.Ints = []artifact.Expr{launch.DimExpr(v.Args[0].Type.Rows()), launch.RowsExpr(v)}
		name = fmt.Sprintf("last_n%d", n)
		emit = func(k *kfn) { emitLast(k, n) }
	default:
		return nil, fmt.Errorf("no CPU lowering for op %v", v.Op)
	}
	l.Kernel = p.md.kernel(name, v.Op, emit)
	return []artifact.Launch{l}, nil
}

// emitPointwise computes y = f(inputs) over rows of n columns; bufs = [y, inputs...].
func emitPointwise(k *kfn, n, inputs int, f func(x []value.Value) value.Value) {
	y := k.buf(0, tF32)
	in := make([]value.Value, inputs)
	for i := range in {
		in[i] = k.buf(1+i, tF32)
	}
	N := ci64(int64(n))
	k.forRange(k.begin, k.end, 1, func(t value.Value) {
		row := k.mul(t, N)
		yr := k.gep(y, row)
		rs := make([]value.Value, inputs)
		for i, p := range in {
			rs[i] = k.gep(p, row)
		}
		k.each(n, func(off value.Value, lanes int) {
			xs := make([]value.Value, inputs)
			for i, r := range rs {
				xs[i] = k.vload(r, off, lanes)
			}
			k.vstore(f(xs), yr, off, lanes)
		})
	})
}

// copyRow copies n floats from src to dst.
func (k *kfn) copyRow(dst, src value.Value, n int) {
	k.each(n, func(off value.Value, lanes int) { k.vstore(k.vload(src, off, lanes), dst, off, lanes) })
}

func emitSlice(k *kfn, in, begin, w int) {
	y, x := k.buf(0, tF32), k.buf(1, tF32)
	k.forRange(k.begin, k.end, 1, func(t value.Value) {
		src := k.gep(x, k.add(k.mul(t, ci64(int64(in))), ci64(int64(begin))))
		k.copyRow(k.gep(y, k.mul(t, ci64(int64(w)))), src, w)
	})
}

func emitLast(k *kfn, n int) {
	y, x := k.buf(0, tF32), k.buf(1, tF32)
	T, R := k.intArg(0), k.intArg(1)
	first := k.sub(T, R)
	N := ci64(int64(n))
	k.forRange(k.begin, k.end, 1, func(r value.Value) {
		src := k.add(first, r)
		dst := k.gep(y, k.mul(r, N))
		k.ifElse(k.icmp(enum.IPredSGE, src, ci64(0)), func() {
			k.copyRow(dst, k.gep(x, k.mul(src, N)), n)
		}, func() {
			nan := k.splatC(cf32(nanF32))
			k.each(n, func(off value.Value, lanes int) { k.vstore(nan, dst, off, lanes) })
		})
	})
}
