package ptx

import (
	"fmt"

	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/value"
	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/codegen/launch"
	"github.com/mtc-dev/mtc/ir"
)

// Row kernels: one block of rowBlock threads per row (Grain 1), the threads striding over the
// columns, so every load and store of a warp is one contiguous segment.
//
//	embed  bufs = [y, tokens (i32), E]  ints = []      y[t] = E[tok[t]] (NaN row for an id outside the vocabulary)
//	slice  bufs = [y, x]                ints = []      y[t] = x[t, begin:end]
//	add    bufs = [y, a, b]             ints = []      y = a + b
//	sqrelu bufs = [y, x]                ints = []      y = relu(x)²
//	last   bufs = [y, x]                ints = [T, R]  y[r] = x[T-R+r] (NaN row if T-R+r < 0); split R

// rowBlock is the block size of the row kernels.
const rowBlock = 256

// rowKernel returns the kernel table spec of a row kernel of op.
func rowKernel(op string) kernelSpec { return kernelSpec{op: op, block: rowBlock} }

// row returns the row this block handles, ending the block when it is past end.
func (k *kb) row() value.Value {
	t := k.add(k.begin, k.bid)
	k.returnUnless(k.lt(t, k.end))
	return t
}

// eachCol runs body(c) for the columns c < n of a row, spread over the block's threads.
func (k *kb) eachCol(n int, body func(c value.Value)) { k.strided(ci64(int64(n)), body) }

func (p *lowering) rowwise(v *ir.Value) ([]artifact.Launch, error) {
	n, err := launch.ConstCols(v)
	if err != nil {
		return nil, err
	}
	l := artifact.Launch{Bufs: []artifact.Ref{launch.Arena(v)}, Split: launch.RowsExpr(v), Grain: 1}
	for _, a := range v.Args {
		l.Bufs = append(l.Bufs, launch.Arena(a))
	}
	var name string
	var emit func(k *kb)
	switch v.Op {
	case ir.OpSlice:
		in := int(v.Args[0].Type.Cols())
		b := v.Attrs.Int("begin")
		name = fmt.Sprintf("slice_n%d_b%d_w%d", in, b, n)
		emit = func(k *kb) {
			y, x := k.buf(0, tF32), k.buf(1, tF32)
			t := k.row()
			yr, xr := k.gep(y, k.mulc(t, int64(n))), k.gep(x, k.addc(k.mulc(t, int64(in)), int64(b)))
			k.eachCol(n, func(c value.Value) { k.put(k.at(xr, c), yr, c) })
		}
	case ir.OpAdd:
		name = fmt.Sprintf("add_n%d", n)
		emit = func(k *kb) {
			y, a, b := k.buf(0, tF32), k.buf(1, tF32), k.buf(2, tF32)
			off := k.mulc(k.row(), int64(n))
			yr, ar, br := k.gep(y, off), k.gep(a, off), k.gep(b, off)
			k.eachCol(n, func(c value.Value) { k.put(k.fadd(k.at(ar, c), k.at(br, c)), yr, c) })
		}
	case ir.OpSqReLU:
		name = fmt.Sprintf("sqrelu_n%d", n)
		emit = func(k *kb) {
			y, x := k.buf(0, tF32), k.buf(1, tF32)
			off := k.mulc(k.row(), int64(n))
			yr, xr := k.gep(y, off), k.gep(x, off)
			k.eachCol(n, func(c value.Value) {
				r := k.fmax(k.at(xr, c), cf32(0))
				k.put(k.fmul(r, r), yr, c)
			})
		}
	case ir.OpLast:
		l.Ints = []artifact.Expr{launch.DimExpr(v.Args[0].Type.Rows()), launch.RowsExpr(v)}
		name = fmt.Sprintf("last_n%d", n)
		emit = func(k *kb) {
			y, x := k.buf(0, tF32), k.buf(1, tF32)
			T, R := k.intArg(0), k.intArg(1)
			r := k.row()
			src := k.add(k.sub(T, R), r)
			yr := k.gep(y, k.mulc(r, int64(n)))
			k.ifElse(k.icmp(enum.IPredSGE, src, ci64(0)), func() {
				xr := k.gep(x, k.mulc(src, int64(n)))
				k.eachCol(n, func(c value.Value) { k.put(k.at(xr, c), yr, c) })
			}, func() {
				k.eachCol(n, func(c value.Value) { k.put(nanF32(), yr, c) })
			})
		}
	default:
		return nil, fmt.Errorf("no GPU lowering for op %v", v.Op)
	}
	l.Kernel = p.md.kernel(name, rowKernel(v.Op.String()), emit)
	return []artifact.Launch{l}, nil
}

func (p *lowering) embed(v *ir.Value) ([]artifact.Launch, error) {
	e := v.Weights[0]
	dt, vocab, h := e.Type.DType, int64(e.Type.Shape[0]), int64(e.Type.Shape[1])
	if vocab <= 0 || h <= 0 {
		return nil, fmt.Errorf("embedding @%s has shape %v, want positive dimensions", e.Name, e.Type.Shape)
	}
	if v.Args[0].Op != ir.OpTokens {
		return nil, fmt.Errorf("embed reads %%%d (%v); the GPU backend embeds only the step's tokens", v.Args[0].ID, v.Args[0].Op)
	}
	l := artifact.Launch{
		Bufs:  []artifact.Ref{launch.Arena(v), {Kind: artifact.RefTokens}, p.weightRef(e)},
		Split: launch.RowsExpr(v),
		Grain: 1,
	}
	name := fmt.Sprintf("embed_%s_v%d_h%d", dt, vocab, h)
	l.Kernel = p.md.kernel(name, rowKernel(v.Op.String()), func(k *kb) {
		y, tok, E := k.buf(0, tF32), k.buf(1, tI32), k.buf(2, storage(dt))
		t := k.row()
		yr := k.gep(y, k.mulc(t, h))
		id := k.b.NewSExt(k.at(tok, t), tI64)
		k.ifElse(k.icmp(enum.IPredULT, id, ci64(vocab)), func() {
			er := k.gep(E, k.mulc(id, h))
			k.eachCol(int(h), func(c value.Value) { k.put(k.toF32(dt, k.at(er, c)), yr, c) })
		}, func() {
			k.eachCol(int(h), func(c value.Value) { k.put(nanF32(), yr, c) })
		})
	})
	return []artifact.Launch{l}, nil
}
