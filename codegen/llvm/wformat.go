package llvm

import (
	"fmt"
	"slices"

	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/ir"
)

// wformat is how a matmul kernel's weight matrix is stored: one of the checkpoint float dtypes
// as stored, or q8, the 8-bit block format.
//
// q8 (artifact.DTypeQ8) quantises each row of W [N,K] in blocks of Q8Block values along K:
// block b of row j holds int8 values q and an f32 scale d with W[j,k] ≈ d·q[k]. A q8 tensor is
// one buffer of two planes: the int8 values, N rows of artifact.Q8RowBytes(K) bytes (K rounded
// up to whole blocks, the padding zero), then the scales, N rows of artifact.Q8Blocks(K) f32s.
// The runtime builds it at load time from a checkpoint tensor of any float dtype
// (artifact.TransformQuantizeQ8).
type wformat uint8

const (
	wfF32 wformat = iota
	wfBF16
	wfF16
	wfQ8
)

func (f wformat) String() string {
	return [...]string{"f32", "bf16", "f16", "q8"}[f]
}

// storage is the element type a kernel addresses the weights as.
func (f wformat) storage() types.Type {
	switch f {
	case wfF32:
		return tF32
	case wfQ8:
		return tI8
	}
	return tI16
}

// bytes is the size of one stored value (a q8 value's scale not counted).
func (f wformat) bytes() int { return [...]int{4, 2, 2, 1}[f] }

// dtype is the IR dtype of a float format.
func (f wformat) dtype() ir.DType {
	return [...]ir.DType{ir.F32, ir.BF16, ir.F16, ir.I8}[f]
}

// Q8Block is the number of consecutive values of a row that share one scale in the q8 format.
const Q8Block = artifact.Q8Block

// floatFormat is the format of a float dtype stored as is.
func floatFormat(d ir.DType) (wformat, error) {
	switch d {
	case ir.F32:
		return wfF32, nil
	case ir.BF16:
		return wfBF16, nil
	case ir.F16:
		return wfF16, nil
	}
	return 0, fmt.Errorf("no CPU kernel reads %v tensors (want f32, bf16 or f16)", d)
}

// matrixFormat is the format matmul kernels read a matrix of dtype d in.
func (md *module) matrixFormat(d ir.DType) (wformat, error) {
	f, err := floatFormat(d)
	if err != nil {
		return 0, err
	}
	if md.o.WeightsDType == WeightsInt8 {
		return wfQ8, nil
	}
	return f, nil
}

// q8Row holds the addresses of one row of a q8 part: its int8 values and its scales.
type q8Row struct{ q, d value.Value }

// q8RowOf returns row j (relative to the part) of a q8 part of rows rows (an i64) of k values.
func (k *kfn) q8RowOf(base, rows value.Value, kdim int, j value.Value) q8Row {
	rb := artifact.Q8RowBytes(int64(kdim))
	q := k.gep(base, k.mul(j, ci64(rb)))
	scales := k.b.NewBitCast(k.gep(base, k.mul(rows, ci64(rb))), types.NewPointer(tF32))
	d := k.gep(scales, k.mul(j, ci64(artifact.Q8Blocks(int64(kdim)))))
	return q8Row{q: q, d: d}
}

// q8Chunk loads lanes int8 values of a q8 row from index idx (not crossing a block boundary)
// as unscaled floats.
func (k *kfn) q8Chunk(r q8Row, idx value.Value, lanes int) value.Value {
	raw := k.vload(r.q, idx, lanes)
	return k.b.NewSIToFP(raw, k.vecT(tF32))
}

// vloadMask loads the first lanes (a run-time i64, at most vw) elements of p[idx:] as a vector
// of vw lanes, the others zero.
func (k *kfn) vloadMask(p, idx, lanes value.Value) value.Value {
	vp, vt, align := k.vecPtr(p, idx)
	return k.call(k.md.maskedLoad(vt), vp, ci32(int64(align)), k.runMask(lanes), constant.NewZeroInitializer(vt))
}

// vstoreMask stores the first lanes (a run-time i64) lanes of x to p[idx:].
func (k *kfn) vstoreMask(x, p, idx, lanes value.Value) {
	vp, vt, align := k.vecPtr(p, idx)
	k.call(k.md.maskedStore(vt), x, vp, ci32(int64(align)), k.runMask(lanes))
}

// runMask is the lane mask whose first n lanes (a run-time i64) are set.
func (k *kfn) runMask(n value.Value) value.Value {
	n32 := k.b.NewTrunc(k.imax(k.smin(n, ci64(int64(k.vw))), ci64(0)), tI32)
	return k.icmp(enum.IPredSLT, k.iota32(), k.splat(n32))
}

// imax is the larger of two i64 values.
func (k *kfn) imax(x, y value.Value) value.Value { return k.sel(k.icmp(enum.IPredSGT, x, y), x, y) }

// fastFor reports whether matmuls over format wf use the fast-precision GEMM: fast precision
// was asked for, the vectors have 16 lanes and the target has the instructions: AVX512-FP16
// for bf16 and f16 (gemm_half.go), else AVX512_BF16 for bf16; AVX512_VNNI for q8.
func (md *module) fastFor(wf wformat) bool {
	if md.o.Precision != PrecisionFast || md.vw != 16 {
		return false
	}
	if md.halfFast(wf) {
		return true
	}
	switch wf {
	case wfBF16:
		return slices.Contains(md.o.Features, "+avx512bf16")
	case wfQ8:
		return slices.Contains(md.o.Features, "+avx512vnni")
	}
	return false
}
