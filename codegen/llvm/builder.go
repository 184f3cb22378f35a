package llvm

import (
	"fmt"
	"math"

	lir "github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// kfn builds the body of one function: it tracks the block instructions go to and offers
// typed helpers (constants, pointer arithmetic, loops, conditionals, vector operations) so that
// kernel emitters read like the loops they produce.
type kfn struct {
	md    *module
	f     *lir.Func
	entry *lir.Block
	b     *lir.Block // current insertion block
	vw    int        // vector lanes
	nblk  int

	// Kernel ABI parameters (nil for utility functions).
	bufs, ints, begin, end value.Value
}

// Frequently used types. They are immutable.
var (
	tF32 = types.Float
	tF64 = types.Double
	tF16 = types.Half
	tI1  = types.I1
	tI8  = types.I8
	tI16 = types.I16
	tI32 = types.I32
	tI64 = types.I64
)

func newKfn(md *module, f *lir.Func) *kfn {
	k := &kfn{md: md, f: f, vw: md.vw}
	k.entry = f.NewBlock("entry")
	k.b = k.entry
	return k
}

// block appends a new basic block named after what and a unique number.
func (k *kfn) block(what string) *lir.Block {
	k.nblk++
	return k.f.NewBlock(fmt.Sprintf("%s%d", what, k.nblk))
}

// ---- constants ----

func ci64(n int64) *constant.Int { return constant.NewInt(tI64, n) }
func ci32(n int64) *constant.Int { return constant.NewInt(tI32, n) }

// cf32 is the float constant nearest to x (LLVM requires float literals to be exact).
func cf32(x float64) *constant.Float { return constant.NewFloat(tF32, float64(float32(x))) }
func cf64(x float64) *constant.Float { return constant.NewFloat(tF64, x) }

// vecT is the vector type with the kernel's lane count.
func (k *kfn) vecT(elem types.Type) *types.VectorType { return types.NewVector(uint64(k.vw), elem) }

// splatC is a constant vector with every lane c.
func (k *kfn) splatC(c constant.Constant) constant.Constant {
	t := k.vecT(c.Type())
	if z, ok := c.(*constant.Int); ok && z.X.Sign() == 0 {
		return constant.NewZeroInitializer(t)
	}
	if z, ok := c.(*constant.Float); ok && !z.NaN && z.X.Sign() == 0 && !z.X.Signbit() {
		return constant.NewZeroInitializer(t)
	}
	elems := make([]constant.Constant, k.vw)
	for i := range elems {
		elems[i] = c
	}
	return constant.NewVector(t, elems...)
}

// splat broadcasts a scalar to every lane.
func (k *kfn) splat(x value.Value) value.Value {
	if c, ok := x.(constant.Constant); ok {
		return k.splatC(c)
	}
	t := k.vecT(x.Type())
	ins := k.b.NewInsertElement(constant.NewUndef(t), x, ci64(0))
	mask := constant.NewZeroInitializer(types.NewVector(uint64(k.vw), tI32))
	return k.b.NewShuffleVector(ins, constant.NewUndef(t), mask)
}

// laneMask is the constant mask whose first n lanes are set.
func (k *kfn) laneMask(n int) constant.Constant {
	elems := make([]constant.Constant, k.vw)
	for i := range elems {
		elems[i] = constant.NewBool(i < n)
	}
	return constant.NewVector(k.vecT(tI1), elems...)
}

// ---- integer arithmetic (i64) ----

func (k *kfn) add(x, y value.Value) value.Value                { return k.b.NewAdd(x, y) }
func (k *kfn) sub(x, y value.Value) value.Value                { return k.b.NewSub(x, y) }
func (k *kfn) mul(x, y value.Value) value.Value                { return k.b.NewMul(x, y) }
func (k *kfn) sdiv(x, y value.Value) value.Value               { return k.b.NewSDiv(x, y) }
func (k *kfn) srem(x, y value.Value) value.Value               { return k.b.NewSRem(x, y) }
func (k *kfn) icmp(p enum.IPred, x, y value.Value) value.Value { return k.b.NewICmp(p, x, y) }
func (k *kfn) sel(c, x, y value.Value) value.Value             { return k.b.NewSelect(c, x, y) }

// smin is the smaller of two i64 values.
func (k *kfn) smin(x, y value.Value) value.Value { return k.sel(k.icmp(enum.IPredSLT, x, y), x, y) }

// ---- float arithmetic (scalars or vectors) ----

func (k *kfn) fadd(x, y value.Value) value.Value               { return k.b.NewFAdd(x, y) }
func (k *kfn) fsub(x, y value.Value) value.Value               { return k.b.NewFSub(x, y) }
func (k *kfn) fmul(x, y value.Value) value.Value               { return k.b.NewFMul(x, y) }
func (k *kfn) fdiv(x, y value.Value) value.Value               { return k.b.NewFDiv(x, y) }
func (k *kfn) fcmp(p enum.FPred, x, y value.Value) value.Value { return k.b.NewFCmp(p, x, y) }

// fma is x·y + z through llvm.fmuladd (fused where the target has FMA).
func (k *kfn) fma(x, y, z value.Value) value.Value {
	return k.call(k.md.intrinsic("llvm.fmuladd", x.Type()), x, y, z)
}

// sqrt through the llvm.sqrt intrinsic (a single instruction on x86 and arm64).
func (k *kfn) sqrt(x value.Value) value.Value {
	return k.call(k.md.intrinsic("llvm.sqrt", x.Type()), x)
}

// fmax returns x > y ? x : y (y when either is NaN).
func (k *kfn) fmax(x, y value.Value) value.Value {
	return k.sel(k.fcmp(enum.FPredOGT, x, y), x, y)
}

func (k *kfn) call(f *lir.Func, args ...value.Value) value.Value {
	return k.b.NewCall(f, args...)
}

// ---- memory ----

// buf loads bufs[i] and casts it to a pointer to elem.
func (k *kfn) buf(i int, elem types.Type) value.Value {
	slot := k.b.NewGetElementPtr(types.NewPointer(tI8), k.bufs, ci64(int64(i)))
	slot.InBounds = true
	p := k.b.NewLoad(types.NewPointer(tI8), slot)
	p.Align = 8
	return k.b.NewBitCast(p, types.NewPointer(elem))
}

// intArg loads ints[i].
func (k *kfn) intArg(i int) value.Value {
	slot := k.b.NewGetElementPtr(tI64, k.ints, ci64(int64(i)))
	slot.InBounds = true
	v := k.b.NewLoad(tI64, slot)
	v.Align = 8
	return v
}

// gep is &p[idx] for a pointer p to elements.
func (k *kfn) gep(p, idx value.Value) value.Value {
	elem := p.Type().(*types.PointerType).ElemType
	g := k.b.NewGetElementPtr(elem, p, idx)
	g.InBounds = true
	return g
}

// elemAlign is the natural alignment of a scalar element type.
func elemAlign(t types.Type) lir.Align {
	switch t {
	case tF64, tI64:
		return 8
	case tF32, tI32:
		return 4
	case tF16, tI16:
		return 2
	}
	return 1
}

// load reads the scalar p[idx] with its natural alignment.
func (k *kfn) load(p, idx value.Value) value.Value {
	elem := p.Type().(*types.PointerType).ElemType
	l := k.b.NewLoad(elem, k.gep(p, idx))
	l.Align = elemAlign(elem)
	return l
}

// store writes the scalar x to p[idx].
func (k *kfn) store(x, p, idx value.Value) {
	s := k.b.NewStore(x, k.gep(p, idx))
	s.Align = elemAlign(x.Type())
}

// vecPtr casts &p[idx] to a pointer to a vector of p's elements.
func (k *kfn) vecPtr(p, idx value.Value) (value.Value, *types.VectorType, lir.Align) {
	elem := p.Type().(*types.PointerType).ElemType
	vt := k.vecT(elem)
	return k.b.NewBitCast(k.gep(p, idx), types.NewPointer(vt)), vt, elemAlign(elem)
}

// vload reads lanes elements p[idx:idx+lanes] as a vector of vw lanes; lanes < vw uses a
// masked load that touches only the first lanes elements and fills the others with zero.
func (k *kfn) vload(p, idx value.Value, lanes int) value.Value {
	vp, vt, align := k.vecPtr(p, idx)
	if lanes >= k.vw {
		l := k.b.NewLoad(vt, vp)
		l.Align = align
		return l
	}
	f := k.md.maskedLoad(vt)
	return k.call(f, vp, ci32(int64(align)), k.laneMask(lanes), constant.NewZeroInitializer(vt))
}

// vstore writes the first lanes lanes of x to p[idx:idx+lanes].
func (k *kfn) vstore(x, p, idx value.Value, lanes int) {
	vp, vt, align := k.vecPtr(p, idx)
	if lanes >= k.vw {
		s := k.b.NewStore(x, vp)
		s.Align = align
		return
	}
	k.call(k.md.maskedStore(vt), x, vp, ci32(int64(align)), k.laneMask(lanes))
}

// alloca reserves n elements of t in the entry block (a fixed-size stack buffer).
func (k *kfn) alloca(t types.Type, n int64, align int) value.Value {
	a := lir.NewAlloca(types.NewArray(uint64(n), t))
	a.Align = lir.Align(align)
	k.entry.Insts = append([]lir.Instruction{a}, k.entry.Insts...)
	g := k.b.NewGetElementPtr(a.ElemType, a, ci64(0), ci64(0))
	g.InBounds = true
	return g
}

// ---- control flow ----

// loop emits `for i := from; i < to; i += step { body }` (signed compare) with loop-carried
// values: body receives the current values and returns the next ones; loop returns their final
// values.
func (k *kfn) loop(from, to value.Value, step int64, init []value.Value, body func(i value.Value, cur []value.Value) []value.Value) []value.Value {
	pre := k.b
	head := k.block("loop")
	pre.NewBr(head)
	k.b = head
	iv := head.NewPhi(lir.NewIncoming(from, pre))
	phis := make([]*lir.InstPhi, len(init))
	cur := make([]value.Value, len(init))
	for i, x := range init {
		phis[i] = head.NewPhi(lir.NewIncoming(x, pre))
		cur[i] = phis[i]
	}
	bodyB := k.block("body")
	k.b = bodyB
	next := body(iv, cur)
	inext := k.b.NewAdd(iv, ci64(step))
	latch := k.b
	iv.Incs = append(iv.Incs, lir.NewIncoming(inext, latch))
	for i, p := range phis {
		p.Incs = append(p.Incs, lir.NewIncoming(next[i], latch))
	}
	exit := k.block("done")
	head.NewCondBr(head.NewICmp(enum.IPredSLT, iv, to), bodyB, exit)
	latch.NewBr(head)
	k.b = exit
	return cur
}

// forRange is a loop without carried values.
func (k *kfn) forRange(from, to value.Value, step int64, body func(i value.Value)) {
	k.loop(from, to, step, nil, func(i value.Value, _ []value.Value) []value.Value {
		body(i)
		return nil
	})
}

// ifElse emits `if cond { then } else { els }`; els may be nil.
func (k *kfn) ifElse(cond value.Value, then, els func()) {
	tb := k.block("then")
	var eb *lir.Block
	join := k.block("join")
	if els != nil {
		eb = k.block("else")
		k.b.NewCondBr(cond, tb, eb)
	} else {
		k.b.NewCondBr(cond, tb, join)
	}
	k.b = tb
	then()
	k.b.NewBr(join)
	if els != nil {
		k.b = eb
		els()
		k.b.NewBr(join)
	}
	// Keep the join block last so the printed order follows control flow.
	k.moveLast(join)
	k.b = join
}

// moveLast moves blk to the end of the function's block list.
func (k *kfn) moveLast(blk *lir.Block) {
	bs := k.f.Blocks
	for i, b := range bs {
		if b == blk {
			copy(bs[i:], bs[i+1:])
			bs[len(bs)-1] = blk
			return
		}
	}
}

// ---- vector helpers ----

// hsum adds the lanes of a float vector by halving (a fixed, deterministic order).
func (k *kfn) hsum(v value.Value) value.Value {
	for n := k.vw; n > 1; n /= 2 {
		lo, hi := k.halves(v, n)
		v = k.fadd(lo, hi)
	}
	return k.b.NewExtractElement(v, ci64(0))
}

// chunks describes a constant-length row processed in vectors: full chunks of vw lanes, then
// a tail of tail lanes (0 if the length is a multiple of vw).
type chunks struct{ full, tail int }

func (k *kfn) chunksOf(n int) chunks { return chunks{full: n / k.vw, tail: n % k.vw} }

// each calls body(offset, lanes) for every chunk of a row of constant length n: a loop over the
// full chunks, then the tail once.
func (k *kfn) each(n int, body func(off value.Value, lanes int)) {
	c := k.chunksOf(n)
	if c.full == 1 {
		body(ci64(0), k.vw)
	} else if c.full > 1 {
		k.forRange(ci64(0), ci64(int64(c.full*k.vw)), int64(k.vw), func(i value.Value) { body(i, k.vw) })
	}
	if c.tail > 0 {
		body(ci64(int64(c.full*k.vw)), c.tail)
	}
}

// eachCarry is each with loop-carried values: body gets the current values for a chunk and
// returns the next ones; eachCarry returns the values after the last chunk.
func (k *kfn) eachCarry(n int, init []value.Value, body func(off value.Value, lanes int, cur []value.Value) []value.Value) []value.Value {
	c := k.chunksOf(n)
	cur := init
	if c.full == 1 {
		cur = body(ci64(0), k.vw, cur)
	} else if c.full > 1 {
		cur = k.loop(ci64(0), ci64(int64(c.full*k.vw)), int64(k.vw), cur,
			func(i value.Value, cur []value.Value) []value.Value { return body(i, k.vw, cur) })
	}
	if c.tail > 0 {
		cur = body(ci64(int64(c.full*k.vw)), c.tail, cur)
	}
	return cur
}

// reduce accumulates a float vector across the chunks of a row of length n (starting at zero)
// and returns the sum of its lanes. Lanes past a tail chunk's end must be left zero by body.
func (k *kfn) reduce(n int, body func(off value.Value, lanes int, acc value.Value) value.Value) value.Value {
	zero := value.Value(constant.NewZeroInitializer(k.vecT(tF32)))
	acc := k.eachCarry(n, []value.Value{zero}, func(off value.Value, lanes int, cur []value.Value) []value.Value {
		return []value.Value{body(off, lanes, cur[0])}
	})
	return k.hsum(acc[0])
}

// hmax returns the largest lane of a float vector (by halving).
func (k *kfn) hmax(v value.Value) value.Value {
	for n := k.vw; n > 1; n /= 2 {
		lo, hi := k.halves(v, n)
		v = k.fmax(lo, hi)
	}
	return k.b.NewExtractElement(v, ci64(0))
}

// halves splits the first n lanes of v into two vectors of n/2 lanes.
func (k *kfn) halves(v value.Value, n int) (lo, hi value.Value) {
	half := n / 2
	lm := make([]constant.Constant, half)
	hm := make([]constant.Constant, half)
	for i := 0; i < half; i++ {
		lm[i] = ci32(int64(i))
		hm[i] = ci32(int64(i + half))
	}
	mt := types.NewVector(uint64(half), tI32)
	undef := constant.NewUndef(v.Type())
	return k.b.NewShuffleVector(v, undef, constant.NewVector(mt, lm...)), k.b.NewShuffleVector(v, undef, constant.NewVector(mt, hm...))
}

// transposeSum takes vw float vectors and returns the vector whose lane i is the sum of the
// lanes of vs[i]. Pairs of vectors are folded together level by level: at each level every
// vector holds groups of partial sums, and one shuffle pair and one add halve the group size
// while merging two vectors, so vw sums cost vw-1 adds instead of vw·log2(vw).
func (k *kfn) transposeSum(vs []value.Value) value.Value {
	group, groups := k.vw, 1 // lanes per partial-sum group, groups per vector
	for len(vs) > 1 {
		half := group / 2
		lm := make([]constant.Constant, 0, k.vw)
		hm := make([]constant.Constant, 0, k.vw)
		for src := 0; src < 2; src++ { // lanes of x, then of y (numbered from vw)
			for g := 0; g < groups; g++ {
				for i := 0; i < half; i++ {
					base := src*k.vw + g*group
					lm = append(lm, ci32(int64(base+i)))
					hm = append(hm, ci32(int64(base+half+i)))
				}
			}
		}
		mt := types.NewVector(uint64(k.vw), tI32)
		next := make([]value.Value, len(vs)/2)
		for i := range next {
			x, y := vs[2*i], vs[2*i+1]
			lo := k.b.NewShuffleVector(x, y, constant.NewVector(mt, lm...))
			hi := k.b.NewShuffleVector(x, y, constant.NewVector(mt, hm...))
			next[i] = k.fadd(lo, hi)
		}
		vs, group, groups = next, half, groups*2
	}
	return vs[0]
}

// iota32 is the constant vector <0, 1, ..., vw-1> of i32.
func (k *kfn) iota32() constant.Constant {
	elems := make([]constant.Constant, k.vw)
	for i := range elems {
		elems[i] = ci32(int64(i))
	}
	return constant.NewVector(k.vecT(tI32), elems...)
}

// nanF32 is a quiet NaN.
var nanF32 = math.NaN()
