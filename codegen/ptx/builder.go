package ptx

import (
	"fmt"

	lir "github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// Address spaces of NVPTX.
const (
	asGlobal types.AddrSpace = 1
	asShared types.AddrSpace = 3
)

// Types used by the kernels (immutable).
var (
	tF32  = types.Float
	tF64  = types.Double
	tHalf = types.Half
	tI8   = types.I8
	tI16  = types.I16
	tI32  = types.I32
	tI64  = types.I64
)

// gptr is a pointer to elem in global memory.
func gptr(elem types.Type) *types.PointerType {
	p := types.NewPointer(elem)
	p.AddrSpace = asGlobal
	return p
}

// sptr is a pointer to elem in shared memory.
func sptr(elem types.Type) *types.PointerType {
	p := types.NewPointer(elem)
	p.AddrSpace = asShared
	return p
}

func ci64(n int64) *constant.Int { return constant.NewInt(tI64, n) }
func ci32(n int64) *constant.Int { return constant.NewInt(tI32, n) }

// cf32 is the float constant nearest to x (LLVM wants float literals exactly representable).
func cf32(x float64) *constant.Float { return constant.NewFloat(tF32, float64(float32(x))) }
func cf64(x float64) *constant.Float { return constant.NewFloat(tF64, x) }

// kb builds the body of one kernel: it tracks the block instructions go to and offers typed
// helpers (integer and float arithmetic, loads and stores in global and shared memory, loops,
// conditionals, the special registers, warp shuffles and barriers). Mutable state lives in
// allocas of the entry block, which opt's SROA turns into registers.
type kb struct {
	md    *module
	f     *lir.Func
	entry *lir.Block // allocas only; branches to the first body block when finished
	b     *lir.Block // current insertion block
	nblk  int
	block int // threads per block (a constant of the kernel)

	bufs, ints, begin, end value.Value
	tid, bid, nblocks      value.Value // i64
}

// blk appends a new basic block.
func (k *kb) blk(what string) *lir.Block {
	k.nblk++
	return k.f.NewBlock(fmt.Sprintf("%s%d", what, k.nblk))
}

// ---- integers (i64 unless noted) ----

func (k *kb) add(a, b value.Value) value.Value  { return k.b.NewAdd(a, b) }
func (k *kb) sub(a, b value.Value) value.Value  { return k.b.NewSub(a, b) }
func (k *kb) mul(a, b value.Value) value.Value  { return k.b.NewMul(a, b) }
func (k *kb) sdiv(a, b value.Value) value.Value { return k.b.NewSDiv(a, b) }
func (k *kb) srem(a, b value.Value) value.Value { return k.b.NewSRem(a, b) }
func (k *kb) addc(a value.Value, c int64) value.Value {
	if c == 0 {
		return a
	}
	return k.b.NewAdd(a, ci64(c))
}
func (k *kb) mulc(a value.Value, c int64) value.Value {
	if c == 1 {
		return a
	}
	return k.b.NewMul(a, ci64(c))
}
func (k *kb) divc(a value.Value, c int64) value.Value {
	if c == 1 {
		return a
	}
	return k.b.NewSDiv(a, ci64(c))
}
func (k *kb) remc(a value.Value, c int64) value.Value { return k.b.NewSRem(a, ci64(c)) }

func (k *kb) icmp(p enum.IPred, a, b value.Value) value.Value { return k.b.NewICmp(p, a, b) }
func (k *kb) lt(a, b value.Value) value.Value                 { return k.b.NewICmp(enum.IPredSLT, a, b) }
func (k *kb) and(a, b value.Value) value.Value                { return k.b.NewAnd(a, b) }
func (k *kb) sel(c, a, b value.Value) value.Value             { return k.b.NewSelect(c, a, b) }
func (k *kb) smin(a, b value.Value) value.Value               { return k.sel(k.lt(a, b), a, b) }

// ceilDiv is ⌈a/c⌉ for a ≥ 0.
func (k *kb) ceilDiv(a value.Value, c int64) value.Value { return k.divc(k.addc(a, c-1), c) }

// ---- floats ----

func (k *kb) fadd(a, b value.Value) value.Value { return k.b.NewFAdd(a, b) }
func (k *kb) fsub(a, b value.Value) value.Value { return k.b.NewFSub(a, b) }
func (k *kb) fmul(a, b value.Value) value.Value { return k.b.NewFMul(a, b) }
func (k *kb) fdiv(a, b value.Value) value.Value { return k.b.NewFDiv(a, b) }
func (k *kb) fcmp(p enum.FPred, a, b value.Value) value.Value {
	return k.b.NewFCmp(p, a, b)
}

// fma is a·b + c rounded once (fma.rn.f32).
func (k *kb) fma(a, b, c value.Value) value.Value {
	return k.call(k.md.intrinsic("llvm.fma.f32", tF32, tF32, tF32, tF32), a, b, c)
}

// fmax is the larger of a and b (max.f32; a NaN operand yields the other).
func (k *kb) fmax(a, b value.Value) value.Value {
	return k.call(k.md.intrinsic("llvm.maxnum.f32", tF32, tF32, tF32), a, b)
}

// sqrt is the correctly rounded square root (sqrt.rn.f32).
func (k *kb) sqrt(a value.Value) value.Value {
	return k.call(k.md.intrinsic("llvm.sqrt.f32", tF32, tF32), a)
}

// exp2 is 2^a (ex2.approx.ftz.f32: about 2 ulp; -inf gives +0). GPU code has no libm, and
// llvm.exp.f32 has no NVPTX lowering in LLVM 14.
func (k *kb) exp2(a value.Value) value.Value {
	return k.call(k.md.intrinsic("llvm.nvvm.ex2.approx.ftz.f", tF32, tF32), a)
}

func (k *kb) sinApprox(a value.Value) value.Value {
	return k.call(k.md.intrinsic("llvm.nvvm.sin.approx.f", tF32, tF32), a)
}

func (k *kb) cosApprox(a value.Value) value.Value {
	return k.call(k.md.intrinsic("llvm.nvvm.cos.approx.f", tF32, tF32), a)
}

func (k *kb) call(f *lir.Func, args ...value.Value) value.Value { return k.b.NewCall(f, args...) }

// nan is a quiet NaN constant.
func nanF32() constant.Constant {
	return constant.NewBitCast(ci32(0x7fc00000), tF32)
}

// ---- memory ----

// gep is &p[i] (i of type i64).
func (k *kb) gep(p, i value.Value) value.Value {
	elem := p.Type().(*types.PointerType).ElemType
	g := k.b.NewGetElementPtr(elem, p, i)
	g.InBounds = true
	pt := types.NewPointer(elem)
	pt.AddrSpace = p.Type().(*types.PointerType).AddrSpace
	g.Typ = pt
	return g
}

// load loads *p with the given alignment in bytes (0: natural).
func (k *kb) load(p value.Value, align int) value.Value {
	elem := p.Type().(*types.PointerType).ElemType
	l := k.b.NewLoad(elem, p)
	if align > 0 {
		l.Align = lir.Align(align)
	}
	return l
}

// at loads p[i].
func (k *kb) at(p, i value.Value) value.Value { return k.load(k.gep(p, i), 0) }

// store stores v to *p with the given alignment (0: natural).
func (k *kb) store(v, p value.Value, align int) {
	s := k.b.NewStore(v, p)
	if align > 0 {
		s.Align = lir.Align(align)
	}
}

// put stores v to p[i].
func (k *kb) put(v, p, i value.Value) { k.store(v, k.gep(p, i), 0) }

// cast reinterprets pointer p as a pointer to elem in the same address space.
func (k *kb) cast(p value.Value, elem types.Type) value.Value {
	pt := types.NewPointer(elem)
	pt.AddrSpace = p.Type().(*types.PointerType).AddrSpace
	return k.b.NewBitCast(p, pt)
}

// buf is the kernel's buffer argument i as a global pointer to elem.
func (k *kb) buf(i int, elem types.Type) value.Value {
	raw := k.at(k.bufs, ci64(int64(i)))
	return k.cast(raw, elem)
}

// intArg is the kernel's integer argument i.
func (k *kb) intArg(i int) value.Value { return k.at(k.ints, ci64(int64(i))) }

// shared returns a pointer to elem at byte offset off of the dynamic shared memory.
func (k *kb) shared(off int64, elem types.Type) value.Value {
	base := k.md.sharedMem()
	p := constant.NewGetElementPtr(base.ContentType, base, ci64(0), ci64(off))
	return k.cast(p, elem)
}

// local is a mutable variable (an alloca of the entry block).
type local struct {
	k *kb
	p value.Value
}

func (k *kb) local(t types.Type, init value.Value) *local {
	a := k.entry.NewAlloca(t)
	l := &local{k: k, p: a}
	if init != nil {
		l.set(init)
	}
	return l
}

func (l *local) get() value.Value  { return l.k.load(l.p, 0) }
func (l *local) set(v value.Value) { l.k.store(v, l.p, 0) }

// ---- control flow ----

// loop runs body(i) for i = lo, lo+step, ... while i < hi (signed i64). body may leave k.b in
// another block; the loop continues from wherever it ends.
func (k *kb) loop(lo, hi value.Value, step int64, body func(i value.Value)) {
	k.loopV(lo, hi, ci64(step), body)
}

// loopV is loop with a step computed at run time (positive).
func (k *kb) loopV(lo, hi, step value.Value, body func(i value.Value)) {
	pre := k.b
	head, bodyB, exit := k.blk("loop"), k.blk("body"), k.blk("done")
	pre.NewBr(head)
	k.b = head
	phi := head.NewPhi(lir.NewIncoming(lo, pre))
	head.NewCondBr(k.lt(phi, hi), bodyB, exit)
	k.b = bodyB
	body(phi)
	next := k.b.NewAdd(phi, step)
	phi.Incs = append(phi.Incs, lir.NewIncoming(next, k.b))
	k.b.NewBr(head)
	k.b = exit
}

// ifThen runs then when cond holds.
func (k *kb) ifThen(cond value.Value, then func()) { k.ifElse(cond, then, nil) }

// ifElse runs then when cond holds, els (if not nil) otherwise.
func (k *kb) ifElse(cond value.Value, then, els func()) {
	tb, join := k.blk("then"), k.blk("join")
	eb := join
	if els != nil {
		eb = k.blk("else")
	}
	k.b.NewCondBr(cond, tb, eb)
	k.b = tb
	then()
	k.b.NewBr(join)
	if els != nil {
		k.b = eb
		els()
		k.b.NewBr(join)
	}
	k.b = join
}

// returnUnless ends the kernel for threads where cond is false.
func (k *kb) returnUnless(cond value.Value) {
	cont, ret := k.blk("cont"), k.blk("ret")
	k.b.NewCondBr(cond, cont, ret)
	ret.NewRet(nil)
	k.b = cont
}

// ---- GPU ----

// sreg reads a special register (tid.x, ctaid.x, nctaid.x, ...) as i64.
func (k *kb) sreg(name string) value.Value {
	f := k.md.intrinsic("llvm.nvvm.read.ptx.sreg."+name, tI32)
	return k.b.NewZExt(k.call(f), tI64)
}

// sync is __syncthreads (bar.sync 0): every thread of the block must reach it.
func (k *kb) sync() { k.call(k.md.intrinsic("llvm.nvvm.barrier0", types.Void)) }

// shfl exchanges a float or i32 with the lane whose index is this lane's xor mask.
func (k *kb) shfl(v value.Value, mask int64) value.Value {
	if v.Type().Equal(tF32) {
		f := k.md.intrinsic("llvm.nvvm.shfl.sync.bfly.f32", tF32, tI32, tF32, tI32, tI32)
		return k.call(f, ci32(-1), v, ci32(mask), ci32(31))
	}
	f := k.md.intrinsic("llvm.nvvm.shfl.sync.bfly.i32", tI32, tI32, tI32, tI32, tI32)
	return k.call(f, ci32(-1), v, ci32(mask), ci32(31))
}

// warpSum returns the sum of v over the 32 lanes of the warp, in every lane.
func (k *kb) warpSum(v value.Value) value.Value {
	for m := int64(16); m >= 1; m /= 2 {
		v = k.fadd(v, k.shfl(v, m))
	}
	return v
}

// warpMax returns the maximum of v over the warp, in every lane.
func (k *kb) warpMax(v value.Value) value.Value {
	for m := int64(16); m >= 1; m /= 2 {
		v = k.fmax(v, k.shfl(v, m))
	}
	return v
}

// blockSum returns the sum of v over the block, in every thread, using 32 floats of shared
// memory at byte offset off. Every thread of the block must call it.
func (k *kb) blockSum(v value.Value, off int64) value.Value {
	scratch := k.shared(off, tF32)
	v = k.warpSum(v)
	lane := k.remc(k.tid, 32)
	k.ifThen(k.icmp(enum.IPredEQ, lane, ci64(0)), func() {
		k.put(v, scratch, k.divc(k.tid, 32))
	})
	k.sync()
	var s value.Value = cf32(0)
	for w := 0; w < k.block/32; w++ {
		s = k.fadd(s, k.at(scratch, ci64(int64(w))))
	}
	k.sync() // the scratch may be reused right away
	return s
}

// strided runs body(i) for i = tid, tid+block, ... below n: the block's threads share n items.
func (k *kb) strided(n value.Value, body func(i value.Value)) {
	k.loop(k.tid, n, int64(k.block), body)
}
