package ptx

import (
	"encoding/binary"
	"fmt"
	"math"

	lir "github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
)

// This file is a SIMT emulator for the NVPTX modules Generate writes, so that the kernels can be
// checked against the reference interpreter on a machine without a GPU. It interprets the llir
// module itself (the IR before opt and llc) with the semantics the GPU gives it: the threads of
// a block, bar.sync as a barrier of the block's live threads, shfl.sync.bfly as an exchange
// between the 32 lanes of a warp, and global, shared and local memory as separate byte spaces;
// every access is checked against its allocation's bounds and its alignment. ex2.approx,
// sin.approx and cos.approx are computed exactly (the GPU's are within a few ulp).
//
// What it cannot check is what llc and the driver do with the IR, and timing.

// Address spaces of the emulator: the top byte says which memory, the next 24 bits (global
// only) which allocation, the low 32 bits the offset.
const (
	emuGlobal = uint64(1) << 56
	emuShared = uint64(3) << 56
	emuLocal  = uint64(5) << 56
)

type getter func(t *emuThread) uint64

// emu is an emulated GPU: global memory and the compiled kernels of one module.
type emu struct {
	allocs  [][]byte
	globals map[*lir.Global]uint64
	funcs   map[string]*emuFunc
}

func newEmu(m *lir.Module) (*emu, error) {
	e := &emu{allocs: [][]byte{nil}, globals: map[*lir.Global]uint64{}, funcs: map[string]*emuFunc{}}
	for _, g := range m.Globals {
		if g.Name() == sharedName {
			e.globals[g] = emuShared
			continue
		}
		arr, ok := g.Init.(*constant.Array)
		if !ok {
			return nil, fmt.Errorf("emu: global %s has no constant array initialiser", g.Name())
		}
		p := e.alloc(8 * len(arr.Elems))
		for i, el := range arr.Elems {
			f, _ := el.(*constant.Float).X.Float64()
			binary.LittleEndian.PutUint64(e.bytes(p)[8*i:], math.Float64bits(f))
		}
		e.globals[g] = p
	}
	for _, f := range m.Funcs {
		if len(f.Blocks) == 0 {
			continue
		}
		ef, err := e.compile(f)
		if err != nil {
			return nil, fmt.Errorf("emu: %s: %v", f.Name(), err)
		}
		e.funcs[f.Name()] = ef
	}
	return e, nil
}

// alloc returns the address of n new zeroed bytes of global memory.
func (e *emu) alloc(n int) uint64 {
	e.allocs = append(e.allocs, make([]byte, n))
	return emuGlobal + uint64(len(e.allocs)-1)<<32
}

// bytes returns the allocation at address p.
func (e *emu) bytes(p uint64) []byte { return e.allocs[(p-emuGlobal)>>32][p&0xffffffff:] }

// ---- execution ----
//
// The threads of a block run one after another, each until it reaches a barrier, a shuffle or
// its end. A barrier releases when every thread that has not exited waits at one; a shuffle
// releases when every live lane of the warp waits at one, and the scheduler then hands each
// lane its partner's value. Nothing runs concurrently, so the emulator is deterministic.

// Thread states.
const (
	stRun = iota
	stBarrier
	stShuffle
	stExit
)

type emuThread struct {
	e                *emu
	f                *emuFunc
	regs             []uint64
	local            []byte
	shared           []byte
	tid, bid, nblock uint64
	lane             int
	state            int
	// Where the thread resumes.
	bb   *emuBB
	op   int
	prev *lir.Block
	// A pending shuffle: the value offered, the lane mask and the result register.
	shflVal  uint64
	shflMask int
	shflDst  int
}

// launch runs kernel name on grid blocks of block threads with shared bytes of shared memory.
func (e *emu) launch(name string, grid, block, shared int, args []uint64) (err error) {
	f := e.funcs[name]
	if f == nil {
		return fmt.Errorf("emu: no kernel %s", name)
	}
	threads := make([]*emuThread, block)
	for i := range threads {
		threads[i] = &emuThread{e: e, f: f, regs: make([]uint64, f.nregs), tid: uint64(i), nblock: uint64(grid), lane: i % 32}
	}
	shm := make([]byte, shared)
	for b := 0; b < grid; b++ {
		clear(shm)
		for _, t := range threads {
			t.bid = uint64(b)
			t.shared = shm
			t.local = t.local[:0]
			t.state = stRun
			t.bb, t.op, t.prev = f.blocks[f.entry], 0, nil
			for i, r := range f.params {
				t.regs[r] = args[i]
			}
		}
		if err := e.runBlock(name, b, threads); err != nil {
			return err
		}
	}
	return nil
}

func (e *emu) runBlock(name string, b int, threads []*emuThread) (err error) {
	cur := -1
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("emu: %s block %d thread %d: %v", name, b, cur, r)
		}
	}()
	var warps [][]*emuThread
	for w := 0; w < len(threads); w += 32 {
		warps = append(warps, threads[w:min(w+32, len(threads))])
	}
	// One warp at a time runs as far as it can (through its shuffles, up to a barrier or its
	// end) before the next one starts, and the order of the warps and of the lanes alternates
	// between rounds and blocks: a data race (a thread reading what another writes before the
	// next barrier) then gives a wrong result instead of depending on one lucky interleaving.
	for round := 0; ; round++ {
		rev := (b+round)%2 == 1
		progress := false
		for k := range warps {
			warp := warps[k]
			if rev {
				warp = warps[len(warps)-1-k]
			}
			for {
				for l := range warp {
					i := l
					if rev {
						i = len(warp) - 1 - l
					}
					if t := warp[i]; t.state == stRun {
						cur = int(t.tid)
						t.state = t.f.resume(t)
						progress = true
					}
				}
				if !releaseShuffle(warp) {
					break
				}
			}
		}
		live, atBar := 0, 0
		for _, t := range threads {
			if t.state != stExit {
				live++
			}
			if t.state == stBarrier {
				atBar++
			}
		}
		switch {
		case live == 0:
			return nil
		case atBar == live:
			for _, t := range threads {
				t.state = stRun
			}
		case !progress:
			return fmt.Errorf("emu: %s block %d: deadlock (%d live threads, %d at a barrier, the rest at shuffles that not every lane of their warp reaches)", name, b, live, atBar)
		}
	}
}

// releaseShuffle completes a shuffle when every live lane of the warp waits at one, handing
// each lane its partner's value; it reports whether it did.
func releaseShuffle(warp []*emuThread) bool {
	n, at := 0, 0
	for _, t := range warp {
		if t.state != stExit {
			n++
		}
		if t.state == stShuffle {
			at++
		}
	}
	if at == 0 || at != n {
		return false
	}
	vals := make([]uint64, len(warp))
	for i, t := range warp {
		vals[i] = t.shflVal
	}
	for i, t := range warp {
		if j := i ^ t.shflMask; j >= len(warp) || warp[j].state != stShuffle {
			panic(fmt.Sprintf("lane %d shuffles with lane %d, which is not shuffling", i, j))
		}
	}
	for i, t := range warp {
		t.regs[t.shflDst] = vals[i^t.shflMask]
		t.state = stRun
	}
	return true
}

// mem returns n bytes at address p of the thread's view of memory (panics when out of bounds).
func (t *emuThread) mem(p uint64, n int) []byte {
	off := p & 0xffffffff
	var b []byte
	switch p >> 56 {
	case 1:
		b = t.e.allocs[(p-emuGlobal)>>32]
	case 3:
		b = t.shared
	case 5:
		b = t.local
	default:
		panic(fmt.Sprintf("access to %#x, which is no address", p))
	}
	if off+uint64(n) > uint64(len(b)) {
		panic(fmt.Sprintf("access to %d bytes at offset %d of a %d-byte allocation (address %#x)", n, off, len(b), p))
	}
	return b[off : off+uint64(n)]
}

// ---- compilation ----

// An op runs one instruction and returns the state the thread is in afterwards.
type emuOp func(t *emuThread) int

type emuPhi struct {
	dst  int
	from []*emuBB // predecessors
	val  []getter // the value from each
}

type emuBB struct {
	b    *lir.Block
	phis []emuPhi
	ops  []emuOp
	term func(t *emuThread) *emuBB // nil: return
}

type emuFunc struct {
	blocks map[*lir.Block]*emuBB
	entry  *lir.Block
	nregs  int
	params []int
	tmp    []uint64
}

type emuCompiler struct {
	e     *emu
	regs  map[value.Value]int
	nregs int
	// promoted maps an alloca that is only loaded from and stored to to the register that
	// holds its value (what mem2reg would do).
	promoted map[value.Value]int
}

// promote finds the allocas of f that are only used as the address of loads and stores.
func (c *emuCompiler) promote(f *lir.Func) {
	c.promoted = map[value.Value]int{}
	ok := map[value.Value]bool{}
	for _, b := range f.Blocks {
		for _, in := range b.Insts {
			if a, is := in.(*lir.InstAlloca); is {
				if _, vec := a.ElemType.(*types.VectorType); !vec {
					ok[a] = true
				}
			}
		}
	}
	for _, b := range f.Blocks {
		for _, in := range b.Insts {
			var ops []value.Value
			switch in := in.(type) {
			case *lir.InstLoad:
				continue
			case *lir.InstStore:
				ops = []value.Value{in.Src}
			case *lir.InstPhi:
				for _, inc := range in.Incs {
					ops = append(ops, inc.X)
				}
			case *lir.InstGetElementPtr:
				ops = append([]value.Value{in.Src}, in.Indices...)
			case *lir.InstCall:
				ops = in.Args
			case *lir.InstSelect:
				ops = []value.Value{in.ValueTrue, in.ValueFalse}
			case *lir.InstBitCast:
				ops = []value.Value{in.From}
			}
			for _, o := range ops {
				delete(ok, o)
			}
		}
	}
	for a := range ok {
		c.promoted[a] = c.nregs
		c.nregs++
	}
}

// reg returns the first register of v (a vector has one register per lane).
func (c *emuCompiler) reg(v value.Value) int {
	if r, ok := c.regs[v]; ok {
		return r
	}
	c.regs[v] = c.nregs
	c.nregs++
	if vt, ok := v.Type().(*types.VectorType); ok {
		c.nregs += int(vt.Len) - 1
	}
	return c.regs[v]
}

func (e *emu) compile(f *lir.Func) (*emuFunc, error) {
	c := &emuCompiler{e: e, regs: map[value.Value]int{}}
	ef := &emuFunc{blocks: map[*lir.Block]*emuBB{}, entry: f.Blocks[0]}
	for _, p := range f.Params {
		ef.params = append(ef.params, c.reg(p))
	}
	for _, b := range f.Blocks { // number every result first: phis may refer forward
		for _, in := range b.Insts {
			if v, ok := in.(value.Value); ok && !types.Equal(v.Type(), types.Void) {
				c.reg(v)
			}
		}
	}
	for _, b := range f.Blocks {
		ef.blocks[b] = &emuBB{b: b}
	}
	c.promote(f)
	for _, b := range f.Blocks {
		bb := ef.blocks[b]
		for _, in := range b.Insts {
			if phi, ok := in.(*lir.InstPhi); ok {
				p := emuPhi{dst: c.reg(phi)}
				for _, inc := range phi.Incs {
					g, err := c.get(inc.X)
					if err != nil {
						return nil, err
					}
					p.from = append(p.from, ef.blocks[inc.Pred.(*lir.Block)])
					p.val = append(p.val, g)
				}
				bb.phis = append(bb.phis, p)
				continue
			}
			op, err := c.inst(in)
			if err != nil {
				return nil, err
			}
			bb.ops = append(bb.ops, op)
		}
		switch term := b.Term.(type) {
		case *lir.TermRet:
		case *lir.TermBr:
			target := ef.blocks[term.Target.(*lir.Block)]
			bb.term = func(*emuThread) *emuBB { return target }
		case *lir.TermCondBr:
			cond, err := c.get(term.Cond)
			if err != nil {
				return nil, err
			}
			tt, ff := ef.blocks[term.TargetTrue.(*lir.Block)], ef.blocks[term.TargetFalse.(*lir.Block)]
			bb.term = func(t *emuThread) *emuBB {
				if cond(t)&1 != 0 {
					return tt
				}
				return ff
			}
		default:
			return nil, fmt.Errorf("terminator %T", term)
		}
	}
	ef.nregs = c.nregs
	return ef, nil
}

// resume runs t until it waits at a barrier or a shuffle, or ends; it returns that state.
func (f *emuFunc) resume(t *emuThread) int {
	for {
		bb := t.bb
		for t.op < len(bb.ops) {
			op := bb.ops[t.op]
			t.op++
			if st := op(t); st != stRun {
				return st
			}
		}
		if bb.term == nil {
			return stExit
		}
		next := bb.term(t)
		f.tmp = f.tmp[:0]
		for _, p := range next.phis {
			var g getter
			for i, from := range p.from {
				if from == bb {
					g = p.val[i]
				}
			}
			if g == nil {
				panic(fmt.Sprintf("phi in %s has no value for predecessor %s", next.b.Ident(), bb.b.Ident()))
			}
			f.tmp = append(f.tmp, g(t))
		}
		for i, p := range next.phis {
			t.regs[p.dst] = f.tmp[i]
		}
		t.bb, t.op = next, 0
	}
}

// sizeOf is the store size of t in bytes.
func sizeOf(t types.Type) int {
	switch t := t.(type) {
	case *types.IntType:
		return (int(t.BitSize) + 7) / 8
	case *types.FloatType:
		switch t.Kind {
		case types.FloatKindHalf:
			return 2
		case types.FloatKindFloat:
			return 4
		}
		return 8
	case *types.PointerType:
		return 8
	case *types.VectorType:
		return int(t.Len) * sizeOf(t.ElemType)
	case *types.ArrayType:
		return int(t.Len) * sizeOf(t.ElemType)
	}
	panic(fmt.Sprintf("emu: no size for %v", t))
}

func bits(t types.Type) uint {
	if it, ok := t.(*types.IntType); ok {
		return uint(it.BitSize)
	}
	return uint(8 * sizeOf(t))
}

func mask(x uint64, n uint) uint64 {
	if n >= 64 {
		return x
	}
	return x & (1<<n - 1)
}

func sext(x uint64, n uint) int64 {
	if n >= 64 {
		return int64(x)
	}
	return int64(x<<(64-n)) >> (64 - n)
}

func isFloat(t types.Type, kind types.FloatKind) bool {
	ft, ok := t.(*types.FloatType)
	return ok && ft.Kind == kind
}

func f32(x uint64) float32  { return math.Float32frombits(uint32(x)) }
func f64(x uint64) float64  { return math.Float64frombits(x) }
func bf32(x float32) uint64 { return uint64(math.Float32bits(x)) }
func bf64(x float64) uint64 { return math.Float64bits(x) }

func (c *emuCompiler) get(v value.Value) (getter, error) {
	konst := func(x uint64) (getter, error) { return func(*emuThread) uint64 { return x }, nil }
	switch v := v.(type) {
	case *constant.Int:
		return konst(mask(uint64(v.X.Int64()), bits(v.Typ)))
	case *constant.Float:
		f, _ := v.X.Float64()
		if v.NaN {
			f = math.NaN()
		}
		if isFloat(v.Typ, types.FloatKindFloat) {
			return konst(bf32(float32(f)))
		}
		return konst(bf64(f))
	case *constant.ExprBitCast:
		return c.get(v.From)
	case *constant.ExprGetElementPtr:
		base, err := c.get(v.Src)
		if err != nil {
			return nil, err
		}
		addr := base(nil)
		elem := v.ElemType
		for i, idx := range v.Indices {
			if i > 0 {
				elem = elem.(*types.ArrayType).ElemType
			}
			addr += uint64(idx.(*constant.Int).X.Int64() * int64(sizeOf(elem)))
		}
		return konst(addr)
	case *lir.Global:
		a, ok := c.e.globals[v]
		if !ok {
			return nil, fmt.Errorf("unknown global %s", v.Name())
		}
		return konst(a)
	}
	if _, ok := v.Type().(*types.VectorType); ok {
		return nil, fmt.Errorf("vector %v used as a scalar", v.Ident())
	}
	r, ok := c.regs[v]
	if !ok {
		return nil, fmt.Errorf("value %v (%T) is not defined", v.Ident(), v)
	}
	return func(t *emuThread) uint64 { return t.regs[r] }, nil
}

// gets compiles the operands of an instruction.
func (c *emuCompiler) gets(vs ...value.Value) ([]getter, error) {
	out := make([]getter, len(vs))
	for i, v := range vs {
		g, err := c.get(v)
		if err != nil {
			return nil, err
		}
		out[i] = g
	}
	return out, nil
}

func (c *emuCompiler) inst(in lir.Instruction) (emuOp, error) {
	var dst int
	if v, ok := in.(value.Value); ok && !types.Equal(v.Type(), types.Void) {
		dst = c.reg(v)
	}
	set := func(f getter) emuOp {
		return func(t *emuThread) int { t.regs[dst] = f(t); return stRun }
	}
	bin := func(x, y value.Value, f func(a, b uint64) uint64) (emuOp, error) {
		g, err := c.gets(x, y)
		if err != nil {
			return nil, err
		}
		n := bits(x.Type())
		a, b := g[0], g[1]
		return set(func(t *emuThread) uint64 { return mask(f(a(t), b(t)), n) }), nil
	}
	fbin := func(x, y value.Value, f func(a, b float64) float64) (emuOp, error) {
		g, err := c.gets(x, y)
		if err != nil {
			return nil, err
		}
		a, b := g[0], g[1]
		if isFloat(x.Type(), types.FloatKindFloat) {
			return set(func(t *emuThread) uint64 { return bf32(float32(f(float64(f32(a(t))), float64(f32(b(t)))))) }), nil
		}
		return set(func(t *emuThread) uint64 { return bf64(f(f64(a(t)), f64(b(t)))) }), nil
	}
	switch in := in.(type) {
	case *lir.InstAdd:
		return bin(in.X, in.Y, func(a, b uint64) uint64 { return a + b })
	case *lir.InstSub:
		return bin(in.X, in.Y, func(a, b uint64) uint64 { return a - b })
	case *lir.InstMul:
		return bin(in.X, in.Y, func(a, b uint64) uint64 { return a * b })
	case *lir.InstSDiv:
		n := bits(in.X.Type())
		return bin(in.X, in.Y, func(a, b uint64) uint64 { return uint64(sext(a, n) / sext(b, n)) })
	case *lir.InstSRem:
		n := bits(in.X.Type())
		return bin(in.X, in.Y, func(a, b uint64) uint64 { return uint64(sext(a, n) % sext(b, n)) })
	case *lir.InstShl:
		return bin(in.X, in.Y, func(a, b uint64) uint64 { return a << b })
	case *lir.InstLShr:
		return bin(in.X, in.Y, func(a, b uint64) uint64 { return a >> b })
	case *lir.InstAnd:
		return bin(in.X, in.Y, func(a, b uint64) uint64 { return a & b })
	case *lir.InstOr:
		return bin(in.X, in.Y, func(a, b uint64) uint64 { return a | b })
	case *lir.InstXor:
		return bin(in.X, in.Y, func(a, b uint64) uint64 { return a ^ b })
	case *lir.InstICmp:
		n := bits(in.X.Type())
		var cmp func(a, b uint64) bool
		switch in.Pred {
		case enum.IPredEQ:
			cmp = func(a, b uint64) bool { return a == b }
		case enum.IPredNE:
			cmp = func(a, b uint64) bool { return a != b }
		case enum.IPredSLT:
			cmp = func(a, b uint64) bool { return sext(a, n) < sext(b, n) }
		case enum.IPredSLE:
			cmp = func(a, b uint64) bool { return sext(a, n) <= sext(b, n) }
		case enum.IPredSGT:
			cmp = func(a, b uint64) bool { return sext(a, n) > sext(b, n) }
		case enum.IPredSGE:
			cmp = func(a, b uint64) bool { return sext(a, n) >= sext(b, n) }
		case enum.IPredULT:
			cmp = func(a, b uint64) bool { return a < b }
		case enum.IPredUGE:
			cmp = func(a, b uint64) bool { return a >= b }
		default:
			return nil, fmt.Errorf("icmp %v", in.Pred)
		}
		return bin(in.X, in.Y, func(a, b uint64) uint64 { return b2u(cmp(a, b)) })
	case *lir.InstFCmp:
		g, err := c.gets(in.X, in.Y)
		if err != nil {
			return nil, err
		}
		single := isFloat(in.X.Type(), types.FloatKindFloat)
		var cmp func(x, y float64) bool
		switch in.Pred {
		case enum.FPredOEQ:
			cmp = func(x, y float64) bool { return x == y }
		case enum.FPredOGT:
			cmp = func(x, y float64) bool { return x > y }
		case enum.FPredOGE:
			cmp = func(x, y float64) bool { return x >= y }
		case enum.FPredOLT:
			cmp = func(x, y float64) bool { return x < y }
		case enum.FPredOLE:
			cmp = func(x, y float64) bool { return x <= y }
		case enum.FPredORD:
			cmp = func(x, y float64) bool { return x == x && y == y }
		default:
			return nil, fmt.Errorf("fcmp %v", in.Pred)
		}
		return set(func(t *emuThread) uint64 {
			a, b := g[0](t), g[1](t)
			if single {
				return b2u(cmp(float64(f32(a)), float64(f32(b))))
			}
			return b2u(cmp(f64(a), f64(b)))
		}), nil
	case *lir.InstSelect:
		g, err := c.gets(in.Cond, in.ValueTrue, in.ValueFalse)
		if err != nil {
			return nil, err
		}
		return set(func(t *emuThread) uint64 {
			if g[0](t)&1 != 0 {
				return g[1](t)
			}
			return g[2](t)
		}), nil
	case *lir.InstFAdd:
		return fbin(in.X, in.Y, func(a, b float64) float64 { return a + b })
	case *lir.InstFSub:
		return fbin(in.X, in.Y, func(a, b float64) float64 { return a - b })
	case *lir.InstFMul:
		return fbin(in.X, in.Y, func(a, b float64) float64 { return a * b })
	case *lir.InstFDiv:
		return fbin(in.X, in.Y, func(a, b float64) float64 { return a / b })
	case *lir.InstFNeg:
		g, err := c.get(in.X)
		if err != nil {
			return nil, err
		}
		sign := uint64(1) << (bits(in.X.Type()) - 1)
		return set(func(t *emuThread) uint64 { return g(t) ^ sign }), nil
	case *lir.InstZExt:
		return c.convert(in.From, in.To, set)
	case *lir.InstTrunc:
		return c.convert(in.From, in.To, set)
	case *lir.InstBitCast:
		return c.convert(in.From, in.To, set)
	case *lir.InstSExt:
		g, err := c.get(in.From)
		if err != nil {
			return nil, err
		}
		n, m := bits(in.From.Type()), bits(in.To)
		return set(func(t *emuThread) uint64 { return mask(uint64(sext(g(t), n)), m) }), nil
	case *lir.InstFPExt:
		g, err := c.get(in.From)
		if err != nil {
			return nil, err
		}
		if isFloat(in.From.Type(), types.FloatKindHalf) {
			return set(func(t *emuThread) uint64 { return bf32(halfToF32(uint16(g(t)))) }), nil
		}
		return set(func(t *emuThread) uint64 { return bf64(float64(f32(g(t)))) }), nil
	case *lir.InstFPTrunc:
		g, err := c.get(in.From)
		if err != nil {
			return nil, err
		}
		return set(func(t *emuThread) uint64 { return bf32(float32(f64(g(t)))) }), nil
	case *lir.InstSIToFP:
		g, err := c.get(in.From)
		if err != nil {
			return nil, err
		}
		n := bits(in.From.Type())
		return set(func(t *emuThread) uint64 { return bf64(float64(sext(g(t), n))) }), nil
	case *lir.InstGetElementPtr:
		if len(in.Indices) != 1 {
			return nil, fmt.Errorf("getelementptr with %d indices", len(in.Indices))
		}
		g, err := c.gets(in.Src, in.Indices[0])
		if err != nil {
			return nil, err
		}
		size := int64(sizeOf(in.ElemType))
		n := bits(in.Indices[0].Type())
		return set(func(t *emuThread) uint64 { return g[0](t) + uint64(sext(g[1](t), n)*size) }), nil
	case *lir.InstLoad:
		if r, ok := c.promoted[in.Src]; ok {
			return set(func(t *emuThread) uint64 { return t.regs[r] }), nil
		}
		g, err := c.get(in.Src)
		if err != nil {
			return nil, err
		}
		lanes, elem := 1, in.ElemType
		if vt, ok := elem.(*types.VectorType); ok {
			lanes, elem = int(vt.Len), vt.ElemType
		}
		size := sizeOf(elem)
		align := uint64(max(int(in.Align), size))
		return func(t *emuThread) int {
			p := g(t)
			if p%align != 0 {
				panic(fmt.Sprintf("load of %d bytes from %#x, which is not %d-byte aligned", lanes*size, p, align))
			}
			b := t.mem(p, lanes*size)
			for i := 0; i < lanes; i++ {
				t.regs[dst+i] = readLE(b[i*size:], size)
			}
			return stRun
		}, nil
	case *lir.InstStore:
		if r, ok := c.promoted[in.Dst]; ok {
			g, err := c.get(in.Src)
			if err != nil {
				return nil, err
			}
			return func(t *emuThread) int { t.regs[r] = g(t); return stRun }, nil
		}
		g, err := c.gets(in.Src, in.Dst)
		if err != nil {
			return nil, err
		}
		size := sizeOf(in.Src.Type())
		align := uint64(max(int(in.Align), size))
		return func(t *emuThread) int {
			p := g[1](t)
			if p%align != 0 {
				panic(fmt.Sprintf("store of %d bytes to %#x, which is not %d-byte aligned", size, p, align))
			}
			writeLE(t.mem(p, size), size, g[0](t))
			return stRun
		}, nil
	case *lir.InstExtractElement:
		idx, ok := in.Index.(*constant.Int)
		r, okr := c.regs[in.X]
		if !ok || !okr {
			return nil, fmt.Errorf("extractelement needs a vector register and a constant index")
		}
		src := r + int(idx.X.Int64())
		return set(func(t *emuThread) uint64 { return t.regs[src] }), nil
	case *lir.InstAlloca:
		if _, ok := c.promoted[in]; ok {
			return func(*emuThread) int { return stRun }, nil
		}
		size := sizeOf(in.ElemType)
		return set(func(t *emuThread) uint64 {
			off := (len(t.local) + 15) &^ 15
			t.local = append(t.local, make([]byte, off+size-len(t.local))...)
			return emuLocal + uint64(off)
		}), nil
	case *lir.InstCall:
		return c.call(in, dst, set)
	}
	return nil, fmt.Errorf("instruction %T", in)
}

// convert is zext, trunc or bitcast: the bits, masked to the result's width (pointers pass).
func (c *emuCompiler) convert(from value.Value, to types.Type, set func(f getter) emuOp) (emuOp, error) {
	g, err := c.get(from)
	if err != nil {
		return nil, err
	}
	if _, ok := to.(*types.PointerType); ok {
		return set(g), nil
	}
	n := bits(to)
	return set(func(t *emuThread) uint64 { return mask(g(t), n) }), nil
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

func (c *emuCompiler) call(in *lir.InstCall, dst int, set func(f getter) emuOp) (emuOp, error) {
	callee, ok := in.Callee.(*lir.Func)
	if !ok {
		return nil, fmt.Errorf("indirect call")
	}
	g, err := c.gets(in.Args...)
	if err != nil {
		return nil, err
	}
	f1 := func(f func(x float64) float64) (emuOp, error) {
		return set(func(t *emuThread) uint64 { return bf32(float32(f(float64(f32(g[0](t)))))) }), nil
	}
	switch name := callee.Name(); name {
	case "llvm.nvvm.read.ptx.sreg.tid.x":
		return set(func(t *emuThread) uint64 { return t.tid }), nil
	case "llvm.nvvm.read.ptx.sreg.ctaid.x":
		return set(func(t *emuThread) uint64 { return t.bid }), nil
	case "llvm.nvvm.read.ptx.sreg.nctaid.x":
		return set(func(t *emuThread) uint64 { return t.nblock }), nil
	case "llvm.nvvm.barrier0":
		return func(t *emuThread) int { return stBarrier }, nil
	case "llvm.nvvm.shfl.sync.bfly.f32", "llvm.nvvm.shfl.sync.bfly.i32":
		return func(t *emuThread) int {
			if g[0](t) != 0xffffffff || g[3](t) != 31 {
				panic("shfl.sync with a partial mask or clamp")
			}
			t.shflVal, t.shflMask, t.shflDst = g[1](t), int(g[2](t)), dst
			return stShuffle
		}, nil
	case "llvm.fma.f32":
		return set(func(t *emuThread) uint64 {
			return bf32(float32(math.FMA(float64(f32(g[0](t))), float64(f32(g[1](t))), float64(f32(g[2](t))))))
		}), nil
	case "llvm.fma.f64":
		return set(func(t *emuThread) uint64 { return bf64(math.FMA(f64(g[0](t)), f64(g[1](t)), f64(g[2](t)))) }), nil
	case "llvm.maxnum.f32":
		return set(func(t *emuThread) uint64 {
			a, b := f32(g[0](t)), f32(g[1](t))
			if a != a || b == b && b > a {
				return bf32(b)
			}
			return bf32(a)
		}), nil
	case "llvm.sqrt.f32":
		return f1(math.Sqrt)
	case "llvm.nvvm.ex2.approx.ftz.f":
		return f1(math.Exp2)
	case "llvm.nvvm.sin.approx.f":
		return f1(math.Sin)
	case "llvm.nvvm.cos.approx.f":
		return f1(math.Cos)
	case "llvm.rint.f64":
		return set(func(t *emuThread) uint64 { return bf64(math.RoundToEven(f64(g[0](t)))) }), nil
	}
	return nil, fmt.Errorf("call to %s", callee.Name())
}

func readLE(b []byte, n int) uint64 {
	switch n {
	case 2:
		return uint64(binary.LittleEndian.Uint16(b))
	case 4:
		return uint64(binary.LittleEndian.Uint32(b))
	case 8:
		return binary.LittleEndian.Uint64(b)
	}
	var x uint64
	for i := n - 1; i >= 0; i-- {
		x = x<<8 | uint64(b[i])
	}
	return x
}

func writeLE(b []byte, n int, x uint64) {
	switch n {
	case 2:
		binary.LittleEndian.PutUint16(b, uint16(x))
		return
	case 4:
		binary.LittleEndian.PutUint32(b, uint32(x))
		return
	case 8:
		binary.LittleEndian.PutUint64(b, x)
		return
	}
	for i := 0; i < n; i++ {
		b[i] = byte(x >> (8 * i))
	}
}

// halfToF32 converts IEEE half bits exactly (subnormals included).
func halfToF32(h uint16) float32 {
	sign := float32(1)
	if h&0x8000 != 0 {
		sign = -1
	}
	exp, frac := int(h>>10&0x1f), float64(h&0x3ff)
	switch exp {
	case 0:
		return sign * float32(math.Ldexp(frac, -24))
	case 31:
		if frac != 0 {
			return float32(math.NaN())
		}
		return sign * float32(math.Inf(1))
	}
	return sign * float32(math.Ldexp(1+frac/1024, exp-15))
}
