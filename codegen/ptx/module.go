package ptx

import (
	lir "github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/metadata"
	"github.com/llir/llvm/ir/types"
	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/ir"
)

// Triple is the LLVM target triple of the kernels.
const Triple = "nvptx64-nvidia-cuda"

// KernelPrefix starts the symbol (the PTX .entry name) of every kernel: the kernel named n is
// mtc_g_<n>.
const KernelPrefix = "mtc_g_"

// sharedName is the module's dynamic shared memory array (extern __shared__ in CUDA terms);
// every kernel addresses its shared memory as byte offsets into it, and the runtime passes the
// kernel's SharedBytes at launch.
const sharedName = "mtc_shared"

// module is the NVPTX module under construction: the kernel table (one function per distinct
// kernel name) and the intrinsic declarations.
type module struct {
	m       *lir.Module
	kernels []artifact.Kernel
	index   map[string]int
	intrins map[string]*lir.Func
	smem    *lir.Global
	annot   *metadata.NamedDef
}

func newModule() *module {
	md := &module{m: lir.NewModule(), index: map[string]int{}, intrins: map[string]*lir.Func{}}
	md.m.SourceFilename = "mtc"
	md.m.TargetTriple = Triple
	md.annot = &metadata.NamedDef{Name: "nvvm.annotations"}
	md.m.NamedMetadataDefs["nvvm.annotations"] = md.annot
	return md
}

// kernelSpec is what the kernel table records about a kernel besides its name.
type kernelSpec struct {
	op     string // IR op, or OpArgmax
	block  int    // threads per block
	shared int64  // dynamic shared memory in bytes
}

// kernel returns the index of the kernel called name in the kernel table, emitting it with
// emit the first time the name is asked for. The name must encode every constant emit bakes in.
func (md *module) kernel(name string, s kernelSpec, emit func(k *kb)) int {
	if i, ok := md.index[name]; ok {
		return i
	}
	sym := KernelPrefix + name
	bufs := lir.NewParam("bufs", gptr(gptr(tI8)))
	ints := lir.NewParam("ints", gptr(tI64))
	begin := lir.NewParam("begin", tI64)
	end := lir.NewParam("end", tI64)
	f := md.m.NewFunc(sym, types.Void, bufs, ints, begin, end)
	k := &kb{md: md, f: f, block: s.block, bufs: bufs, ints: ints, begin: begin, end: end}
	k.entry = f.NewBlock("entry")
	k.b = k.blk("start")
	k.tid = k.sreg("tid.x")
	k.bid = k.sreg("ctaid.x")
	k.nblocks = k.sreg("nctaid.x")
	first := k.b
	emit(k)
	k.b.NewRet(nil)
	k.entry.NewBr(first)
	md.annot.Nodes = append(md.annot.Nodes, md.tuple(f, &metadata.String{Value: "kernel"}, constant.NewInt(tI32, 1)))
	md.annot.Nodes = append(md.annot.Nodes, md.tuple(f, &metadata.String{Value: "maxntidx"}, constant.NewInt(tI32, int64(s.block))))
	md.index[name] = len(md.kernels)
	md.kernels = append(md.kernels, artifact.Kernel{
		Name: name, Symbol: sym, Op: s.op, Block: [3]int{s.block, 1, 1}, SharedBytes: int(s.shared),
	})
	return md.index[name]
}

// tuple adds a numbered metadata tuple to the module.
func (md *module) tuple(fields ...metadata.Field) *metadata.Tuple {
	t := &metadata.Tuple{MetadataID: metadata.MetadataID(len(md.m.MetadataDefs)), Fields: fields}
	md.m.MetadataDefs = append(md.m.MetadataDefs, t)
	return t
}

// intrinsic returns the declaration of the function name with the given signature, adding it
// once.
func (md *module) intrinsic(name string, ret types.Type, params ...types.Type) *lir.Func {
	if f, ok := md.intrins[name]; ok {
		return f
	}
	ps := make([]*lir.Param, len(params))
	for i, p := range params {
		ps[i] = lir.NewParam("", p)
	}
	f := md.m.NewFunc(name, ret, ps...)
	md.intrins[name] = f
	return f
}

// sharedMem returns the dynamic shared memory array, declaring it on first use.
func (md *module) sharedMem() *lir.Global {
	if md.smem == nil {
		g := lir.NewGlobal(sharedName, types.NewArray(0, tI8))
		g.AddrSpace = asShared
		g.Typ = sptr(g.ContentType)
		g.Align = 16
		g.Linkage = enum.LinkageExternal
		md.m.Globals = append(md.m.Globals, g)
		md.smem = g
	}
	return md.smem
}

// constTable adds a private constant array of doubles in global memory and returns a pointer
// to its first element.
func (md *module) constTable(name string, vals []float64) constant.Constant {
	elems := make([]constant.Constant, len(vals))
	for i, v := range vals {
		elems[i] = cf64(v)
	}
	at := types.NewArray(uint64(len(vals)), tF64)
	g := lir.NewGlobalDef(name, constant.NewArray(at, elems...))
	g.Immutable = true
	g.AddrSpace = asGlobal
	g.Typ = gptr(at)
	g.Align = 8
	md.m.Globals = append(md.m.Globals, g)
	gep := constant.NewGetElementPtr(at, g, ci64(0), ci64(0))
	gep.Typ = gptr(tF64)
	return gep
}

// text prints the module.
func (md *module) text() []byte { return []byte(md.m.String()) }

// storage returns the element type a tensor of dtype d is addressed as: f32 as float, bf16 and
// f16 as i16 (converted to f32 right after the load).
func storage(d ir.DType) types.Type {
	if d == ir.F32 {
		return tF32
	}
	return tI16
}
