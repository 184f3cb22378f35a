package ptx

import (
	"fmt"

	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/value"
	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/codegen/launch"
	"github.com/mtc-dev/mtc/ir"
)

// The matmul family: y[t,j] = epilogue(Σ_k x[t,k]·W[j,k]) for x f32 [rows,K] and W [N,K] (f32,
// bf16 or f16), accumulated in f32.
//
// ABI: bufs = [y, x, W] plus the residual r (matmul_add) or the RoPE table (matmul_rope);
// ints = [rows] plus P (matmul_rope); split = N output columns, Grain = 16 columns per block
// of 256 threads. One kernel has two code paths, chosen at run time by rows:
//
//   - rows ≤ 4 (decode): a bandwidth-bound GEMV. Each warp computes a pair of columns for every
//     row: its lanes stream the two weight rows in 16-byte loads (8 bf16 values each), multiply
//     with the activations (read through L1; they are tiny) and reduce across the warp with
//     shuffles. A block covers 16 columns, so the grid covers [begin,end) once and each weight
//     byte is read exactly once.
//   - rows > 4 (prefill): a shared-memory tiled SGEMM. A tile is 64 rows × 64 columns; per step
//     of 16 k-values the block stages x and W (converted to f32) in shared memory and each
//     thread accumulates a 4×4 block of outputs (rows ty+16i, columns 2tx, 2tx+1, 2tx+32,
//     2tx+33). Blocks walk the ⌈rows/64⌉·⌈(end-begin)/64⌉ tiles with a grid-size stride,
//     row tiles innermost, so the blocks working at once share column tiles of W in L2.
//
// Both paths hand outputs to the epilogue in pairs of adjacent columns, which is what lets
// matmul_rope rotate in registers: its columns are computed in a permuted order (see orig)
// in which each pair (2m, 2m+1) below heads·rot is a rotated pair (j, j+rot/2) of one head,
// so the thread that holds both values applies cos/sin from table row P+t and stores them at
// their real columns. Columns past heads·rot (unrotated dims of the rotated heads, then the
// other heads) follow in order. Other matmuls use the identity order.

// Launch geometry of the matmul kernels.
const (
	mmBlock  = 256 // threads
	mmGrain  = 16  // columns per block: 8 warps × one pair of columns in the GEMV path
	mmGemv   = 4   // largest row count the GEMV path handles
	mmTileM  = 64  // tile rows
	mmTileN  = 64  // tile columns
	mmTileK  = 16  // k-values staged per step
	mmPadA   = mmTileM + 1
	mmPadB   = mmTileN + 2
	mmShared = (mmTileK*mmPadA + mmTileK*mmPadB) * 4
)

type matmulSpec struct {
	op             ir.Op
	wdt            ir.DType
	k, n           int
	heads, hd, rot int // matmul_rope only
}

func (s matmulSpec) name() string {
	name := fmt.Sprintf("%v_%s_k%d_n%d", s.op, s.wdt, s.k, s.n)
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
		Bufs:  []artifact.Ref{launch.Arena(v), launch.Arena(v.Args[0]), p.weightRef(w)},
		Ints:  []artifact.Expr{launch.RowsExpr(v)},
		Split: artifact.Expr{Const: int64(s.n)},
		Grain: mmGrain,
	}
	switch v.Op {
	case ir.OpMatMulAdd:
		l.Bufs = append(l.Bufs, launch.Arena(v.Args[1]))
	case ir.OpMatMulRoPE:
		s.heads, s.hd, s.rot = v.Attrs.Int("heads"), v.Attrs.Int("head_dim"), v.Attrs.Int("rot")
		l.Bufs = append(l.Bufs, p.weightRef(v.Weights[1]))
		l.Ints = append(l.Ints, artifact.Expr{P: 1})
	}
	ks := kernelSpec{op: v.Op.String(), block: mmBlock, shared: mmShared}
	l.Kernel = p.md.kernel(s.name(), ks, func(k *kb) { emitMatmul(k, s) })
	return []artifact.Launch{l}, nil
}

type matmulKernel struct {
	k            *kb
	s            matmulSpec
	cw           int // elements per weight load (chunk)
	y, x, w, aux value.Value
	rows, pos    value.Value
}

func emitMatmul(k *kb, s matmulSpec) {
	m := &matmulKernel{k: k, s: s, cw: chunk(s.wdt, s.k)}
	m.y, m.x, m.w = k.buf(0, tF32), k.buf(1, tF32), k.buf(2, storage(s.wdt))
	if s.op == ir.OpMatMulAdd || s.op == ir.OpMatMulRoPE {
		m.aux = k.buf(3, tF32)
	}
	m.rows = k.intArg(0)
	if s.op == ir.OpMatMulRoPE {
		m.pos = k.intArg(1)
	}
	one := k.icmp(enum.IPredEQ, m.rows, ci64(1))
	few := k.icmp(enum.IPredSLE, m.rows, ci64(mmGemv))
	k.ifElse(one, func() { m.gemv(1) }, func() {
		k.ifElse(few, func() { m.gemv(mmGemv) }, m.tiles)
	})
}

// orig maps a column of the computation order to its column in y and W (see the file comment).
func (m *matmulKernel) orig(c value.Value) value.Value {
	k, s := m.k, m.s
	if s.op != ir.OpMatMulRoPE {
		return c
	}
	half := int64(s.rot / 2)
	hd := int64(s.hd)
	rotCols := int64(s.heads * s.rot)
	pair := k.divc(c, 2)
	rotated := k.add(k.add(k.mulc(k.divc(pair, half), hd), k.remc(pair, half)), k.mulc(k.remc(c, 2), half))
	e := k.addc(c, -rotCols)
	rest := k.addc(e, int64(s.heads*s.hd)) // columns of the heads that are not rotated
	if keep := int64(s.hd - s.rot); keep > 0 {
		inHead := k.add(k.mulc(k.divc(e, keep), hd), k.addc(k.remc(e, keep), int64(s.rot)))
		rest = k.sel(k.lt(e, ci64(int64(s.heads)*keep)), inHead, k.addc(e, -int64(s.heads)*keep+int64(s.heads*s.hd)))
	}
	return k.sel(k.lt(c, ci64(rotCols)), rotated, rest)
}

// epilogue finishes the outputs u (column c) and w (column c+1, when has1) of row r and stores
// them at their real columns.
func (m *matmulKernel) epilogue(r, c, u, w, has1 value.Value) {
	k, s := m.k, m.s
	o0 := m.orig(c)
	o1 := k.sel(has1, m.orig(k.addc(c, 1)), o0)
	row := k.mulc(r, int64(s.n))
	i0, i1 := k.add(row, o0), k.add(row, o1)
	switch s.op {
	case ir.OpMatMulSqReLU:
		sq := func(x value.Value) value.Value {
			x = k.fmax(x, cf32(0))
			return k.fmul(x, x)
		}
		u, w = sq(u), sq(w)
	case ir.OpMatMulAdd:
		u = k.fadd(u, k.at(m.aux, i0))
		w = k.fadd(w, k.at(m.aux, i1))
	case ir.OpMatMulRoPE:
		half := int64(s.rot / 2)
		rotated := k.lt(c, ci64(int64(s.heads*s.rot)))
		j := k.remc(k.divc(c, 2), half)
		tab := k.gep(m.aux, k.mulc(k.add(m.pos, r), int64(s.rot)))
		cos, sin := k.at(tab, j), k.at(tab, k.addc(j, half))
		ru := k.fsub(k.fmul(u, cos), k.fmul(w, sin))
		rw := k.fma(u, sin, k.fmul(w, cos))
		u, w = k.sel(rotated, ru, u), k.sel(rotated, rw, w)
	}
	k.put(u, m.y, i0)
	k.ifThen(has1, func() { k.put(w, m.y, i1) })
}

// gemv is the decode path for up to rg rows (rg = 1, or mmGemv with rows clamped).
func (m *matmulKernel) gemv(rg int) {
	k, s := m.k, m.s
	warp, lane := k.divc(k.tid, 32), k.remc(k.tid, 32)
	c := k.add(k.add(k.begin, k.mulc(k.bid, mmGrain)), k.mulc(warp, 2))
	k.ifThen(k.lt(c, k.end), func() {
		has1 := k.lt(k.addc(c, 1), k.end)
		o0 := m.orig(c)
		o1 := k.sel(has1, m.orig(k.addc(c, 1)), o0)
		K := int64(s.k)
		w0, w1 := k.gep(m.w, k.mulc(o0, K)), k.gep(m.w, k.mulc(o1, K))
		xs := make([]value.Value, rg)
		for r := range xs {
			row := k.smin(ci64(int64(r)), k.addc(m.rows, -1))
			xs[r] = k.gep(m.x, k.mulc(row, K))
		}
		acc := make([]*local, 2*rg)
		for i := range acc {
			acc[i] = k.local(tF32, cf32(0))
		}
		k.loop(k.mulc(lane, int64(m.cw)), ci64(K), int64(32*m.cw), func(i value.Value) {
			a := k.loadF32s(s.wdt, w0, i, m.cw)
			b := k.loadF32s(s.wdt, w1, i, m.cw)
			for r := 0; r < rg; r++ {
				x := k.loadActs(xs[r], i, m.cw)
				s0, s1 := acc[2*r].get(), acc[2*r+1].get()
				for e := range x {
					s0 = k.fma(a[e], x[e], s0)
					s1 = k.fma(b[e], x[e], s1)
				}
				acc[2*r].set(s0)
				acc[2*r+1].set(s1)
			}
		})
		sums := make([]value.Value, len(acc))
		for i, a := range acc {
			sums[i] = k.warpSum(a.get())
		}
		k.ifThen(k.icmp(enum.IPredEQ, lane, ci64(0)), func() {
			for r := 0; r < rg; r++ {
				k.ifThen(k.lt(ci64(int64(r)), m.rows), func() {
					m.epilogue(ci64(int64(r)), c, sums[2*r], sums[2*r+1], has1)
				})
			}
		})
	})
}

// tiles is the prefill path.
func (m *matmulKernel) tiles() {
	k, s := m.k, m.s
	K := int64(s.k)
	tx, ty := k.remc(k.tid, 16), k.divc(k.tid, 16)
	as := k.shared(0, tF32)
	bs := k.shared(mmTileK*mmPadA*4, tF32)
	nRT := k.ceilDiv(m.rows, mmTileM)
	nCT := k.ceilDiv(k.sub(k.end, k.begin), mmTileN)
	k.loopV(k.bid, k.mul(nRT, nCT), k.nblocks, func(tile value.Value) {
		row0 := k.mulc(k.srem(tile, nRT), mmTileM)
		col0 := k.add(k.begin, k.mulc(k.sdiv(tile, nRT), mmTileN))
		// Each thread stages k-value tx of x rows and W columns ty+16q, q < 4.
		const per = mmTileM / 16
		xok, xp := make([]value.Value, per), make([]value.Value, per)
		wok, wp := make([]value.Value, per), make([]value.Value, per)
		for q := 0; q < per; q++ {
			r := k.add(row0, k.addc(ty, int64(16*q)))
			xok[q] = k.lt(r, m.rows)
			xp[q] = k.gep(m.x, k.mulc(k.sel(xok[q], r, ci64(0)), K))
			c := k.add(col0, k.addc(ty, int64(16*q)))
			wok[q] = k.lt(c, k.end)
			wp[q] = k.gep(m.w, k.mulc(k.sel(wok[q], m.orig(c), ci64(0)), K))
		}
		acc := make([]*local, 16)
		for i := range acc {
			acc[i] = k.local(tF32, cf32(0))
		}
		k.loop(ci64(0), ci64(K), mmTileK, func(k0 value.Value) {
			kg := k.add(k0, tx)
			kok := k.lt(kg, ci64(K))
			kidx := k.sel(kok, kg, ci64(0))
			for q := 0; q < per; q++ {
				slot := k.addc(ty, int64(16*q))
				xv := k.sel(k.and(xok[q], kok), k.at(xp[q], kidx), cf32(0))
				k.put(xv, as, k.add(k.mulc(tx, mmPadA), slot))
				wv := k.sel(k.and(wok[q], kok), k.toF32(s.wdt, k.at(wp[q], kidx)), cf32(0))
				k.put(wv, bs, k.add(k.mulc(tx, mmPadB), slot))
			}
			k.sync()
			k.loop(ci64(0), ci64(mmTileK), 1, func(kk value.Value) {
				arow := k.gep(as, k.add(k.mulc(kk, mmPadA), ty))
				brow := k.gep(bs, k.add(k.mulc(kk, mmPadB), k.mulc(tx, 2)))
				var a [4]value.Value
				for i := range a {
					a[i] = k.at(arow, ci64(int64(16*i)))
				}
				var b [4]value.Value
				for j, off := range []int64{0, 1, 32, 33} {
					b[j] = k.at(brow, ci64(off))
				}
				for i := 0; i < 4; i++ {
					for j := 0; j < 4; j++ {
						acc[4*i+j].set(k.fma(a[i], b[j], acc[4*i+j].get()))
					}
				}
			})
			k.sync()
		})
		for i := 0; i < 4; i++ {
			r := k.add(row0, k.addc(ty, int64(16*i)))
			for q := 0; q < 2; q++ {
				c := k.add(col0, k.addc(k.mulc(tx, 2), int64(32*q)))
				ok := k.and(k.lt(r, m.rows), k.lt(c, k.end))
				k.ifThen(ok, func() {
					m.epilogue(r, c, acc[4*i+2*q].get(), acc[4*i+2*q+1].get(), k.lt(k.addc(c, 1), k.end))
				})
			}
		}
	})
}
