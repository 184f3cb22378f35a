package llvm

import (
	"fmt"

	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"
	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/ir"
)

// The KV-cache layout. The runtime gives every slot a K region and a V region of
// artifact.Slot.Positions(capacity) = cpad positions (the capacity rounded up to kvAlign) of
// kv_heads·head_dim elements of the cache dtype; the V region is followed by the slot's scratch.
// Inside a region, KV head j owns the cpad·head_dim elements from j·cpad·head_dim on, so that
// the positions one attention item reads are contiguous (the hardware prefetchers follow them,
// and no access strides across pages):
//
//	V: position p of head j is the row of head_dim elements at (j·cpad + p)·head_dim.
//	K: positions are grouped in blocks of kb = vw; block b of head j is a head_dim × kb
//	   matrix at (j·cpad + b·kb)·head_dim, element (d, p mod kb) at d·kb + p mod kb. A vector
//	   load gives dimension d of kb consecutive keys, so scores are computed as outer
//	   products (q[d] broadcast times the keys' dimension d) with no transposition at run
//	   time.
//
// The scratch (decode only, attn_decode.go) starts at the first 64-byte boundary after the
// values: per query head h and chunk c the running maximum and sum at float index
// 2·(h·decodeChunks + c), then after all of those, the accumulators of hpad floats at
// (h·decodeChunks + c)·hpad.

// kvAlign is the position granularity of the regions: a multiple of the key blocks the
// kernels take (up to two layout blocks of vw ≤ 16 keys).
const kvAlign = 32

// kvLayout computes addresses in one slot's regions.
type kvLayout struct {
	k      *kfn
	s      attnSpec
	kb     int
	cpad   value.Value // positions per region
	kc, vc value.Value // region bases, pointers to the storage type
}

func newKVLayout(k *kfn, s attnSpec, kc, vc, capacity value.Value) *kvLayout {
	cpad := k.b.NewAnd(k.add(capacity, ci64(kvAlign-1)), ci64(-kvAlign))
	return &kvLayout{k: k, s: s, kb: k.vw, cpad: cpad, kc: kc, vc: vc}
}

// headOffset is the element offset of KV head j's part of a region.
func (l *kvLayout) headOffset(j value.Value) value.Value {
	return l.k.mul(l.k.mul(j, l.cpad), ci64(int64(l.s.hd)))
}

// kHead and vHead point to KV head j's keys and values.
func (l *kvLayout) kHead(j value.Value) value.Value { return l.k.gep(l.kc, l.headOffset(j)) }
func (l *kvLayout) vHead(j value.Value) value.Value { return l.k.gep(l.vc, l.headOffset(j)) }

// kBlock points to the key block starting at position u0 (a multiple of kb) of a head.
func (l *kvLayout) kBlock(head, u0 value.Value) value.Value {
	return l.k.gep(head, l.k.mul(u0, ci64(int64(l.s.hd))))
}

// kPos points to dimension 0 of key position p of a head; dimension d is kb elements further
// per d.
func (l *kvLayout) kPos(head, p value.Value) value.Value {
	k := l.k
	kb := ci64(int64(l.kb))
	lane := k.srem(p, kb)
	return k.gep(l.kBlock(head, k.sub(p, lane)), lane)
}

// vRow points to the value row of position p of a head.
func (l *kvLayout) vRow(head, p value.Value) value.Value {
	return l.k.gep(head, l.k.mul(p, ci64(int64(l.s.hd))))
}

// scratch returns the slot's scratch as float pointers: the (max, sum) pairs and the
// accumulators.
func (l *kvLayout) scratch() (ml, acc value.Value) {
	k := l.k
	esize := int64(4)
	if l.s.cache != ir.F32 {
		esize = 2
	}
	bytes := k.mul(k.mul(l.cpad, ci64(int64(l.s.width))), ci64(esize))
	bytes = k.b.NewAnd(k.add(bytes, ci64(63)), ci64(-64))
	base := k.b.NewBitCast(l.vc, types.NewPointer(tI8))
	ml = k.b.NewBitCast(k.gep(base, bytes), types.NewPointer(tF32))
	acc = k.gep(ml, ci64(int64(2*l.s.heads*decodeChunks)))
	return ml, acc
}

// scratchBytes is the scratch a slot of spec s needs, with the slack for aligning its start.
func scratchBytes(s attnSpec, hpad int) int64 {
	return int64(4*s.heads*decodeChunks*(2+hpad)) + 64
}

// normalizeKV validates Options.KVDType and spells the default.
func (o *Options) normalizeKV() error {
	switch o.KVDType {
	case "":
		o.KVDType = artifact.KVF32
	case artifact.KVF32, artifact.KVF16, artifact.KVBF16:
	default:
		return fmt.Errorf("codegen/llvm: KV-cache dtype %q is not supported (want f32, f16 or bf16)", o.KVDType)
	}
	return nil
}

// kvDType is the cache dtype of the module as an IR dtype.
func (md *module) kvDType() ir.DType {
	switch md.o.KVDType {
	case artifact.KVF16:
		return ir.F16
	case artifact.KVBF16:
		return ir.BF16
	}
	return ir.F32
}

// describeSlots records in every slot what the attention kernels assume of its regions: the
// dtype, the position alignment and the scratch.
func (md *module) describeSlots(g *ir.Graph, slots []artifact.Slot) {
	for _, v := range g.Values {
		if v.Op != ir.OpAttention && v.Op != ir.OpGQAAttention {
			continue
		}
		l := v.Attrs.Int("layer")
		if l < 0 || l >= len(slots) {
			continue // kvSlots reported it
		}
		s := attnSpec{heads: v.Attrs.Int("heads"), kv: v.Attrs.Int("kv_heads"), hd: v.Attrs.Int("head_dim")}
		slots[l].DType = md.o.KVDType
		slots[l].Align = kvAlign
		slots[l].Scratch = scratchBytes(s, (s.hd+md.vw-1)/md.vw*md.vw)
	}
}
