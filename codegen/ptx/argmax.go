package ptx

import (
	"fmt"

	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/value"
)

// argmax reduces each row of the logits to the index of its largest value, so that greedy
// decoding copies one token id per row back to the host instead of the whole vocabulary.
//
// ABI: bufs = [out (i32 [rows]), logits (f32 [rows, n])]; ints = []; split = rows (R), one block
// of rowBlock threads per row. It is in the kernel table (Op OpArgmax) but not in the program:
// the runtime launches it after a step with the step's result as logits. Ties go to the lowest
// index and NaNs are ignored, as in a sequential scan with ">"; a row of NaNs gives 0.

func argmaxKernel(md *module, n int) int {
	name := fmt.Sprintf("argmax_n%d", n)
	ks := kernelSpec{op: OpArgmax, block: rowBlock, shared: 2 * 32 * 4}
	return md.kernel(name, ks, func(k *kb) { emitArgmax(k, int64(n)) })
}

func emitArgmax(k *kb, n int64) {
	out, logits := k.buf(0, tI32), k.buf(1, tF32)
	r := k.row()
	lr := k.gep(logits, k.mulc(r, n))
	none := ci32(n)
	best := k.local(tF32, cf32(0))
	bi := k.local(tI32, none)
	k.eachCol(int(n), func(c value.Value) {
		v := k.at(lr, c)
		isNum := k.fcmp(enum.FPredORD, v, v)
		take := k.and(isNum, k.b.NewOr(k.icmp(enum.IPredEQ, bi.get(), none), k.fcmp(enum.FPredOGT, v, best.get())))
		k.ifThen(take, func() {
			best.set(v)
			bi.set(k.b.NewTrunc(c, tI32))
		})
	})
	// better reports whether (ov, oi) beats (v, i).
	better := func(v, i, ov, oi value.Value) value.Value {
		cand := k.icmp(enum.IPredSLT, oi, none)
		beats := k.b.NewOr(k.icmp(enum.IPredEQ, i, none), k.b.NewOr(k.fcmp(enum.FPredOGT, ov, v),
			k.and(k.fcmp(enum.FPredOEQ, ov, v), k.icmp(enum.IPredSLT, oi, i))))
		return k.and(cand, beats)
	}
	v, i := best.get(), bi.get()
	for m := int64(16); m >= 1; m /= 2 {
		ov, oi := k.shfl(v, m), k.shfl(i, m)
		b := better(v, i, ov, oi)
		v, i = k.sel(b, ov, v), k.sel(b, oi, i)
	}
	vals, idxs := k.shared(0, tF32), k.cast(k.shared(32*4, tF32), tI32)
	lane, warp := k.remc(k.tid, 32), k.divc(k.tid, 32)
	k.ifThen(k.icmp(enum.IPredEQ, lane, ci64(0)), func() {
		k.put(v, vals, warp)
		k.put(i, idxs, warp)
	})
	k.sync()
	k.ifThen(k.icmp(enum.IPredEQ, k.tid, ci64(0)), func() {
		v, i := k.at(vals, ci64(0)), k.at(idxs, ci64(0))
		for w := int64(1); w < int64(k.block/32); w++ {
			ov, oi := k.at(vals, ci64(w)), k.at(idxs, ci64(w))
			b := better(v, i, ov, oi)
			v, i = k.sel(b, ov, v), k.sel(b, oi, i)
		}
		k.put(k.sel(k.icmp(enum.IPredEQ, i, none), ci32(0), i), out, r)
	})
}
