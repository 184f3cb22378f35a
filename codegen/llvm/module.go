package llvm

import (
	"fmt"
	"slices"
	"strings"

	lir "github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/ir"
)

// module is the LLVM module under construction: the kernel table (one function per distinct
// kernel name), the intrinsic declarations and the attributes every function carries.
type module struct {
	o       Options
	vw      int
	f16c    bool // the target converts half to float in one instruction (x86 F16C, arm64)
	m       *lir.Module
	kernels []artifact.Kernel
	index   map[string]int
	intrins map[string]*lir.Func
	attrs   []lir.FuncAttribute
	nglob   int
}

func newModule(o Options) *module {
	md := &module{o: o, vw: o.VectorWidth, m: lir.NewModule(), index: map[string]int{}, intrins: map[string]*lir.Func{}}
	md.m.SourceFilename = "mtc"
	md.m.TargetTriple = o.Triple
	// "no-builtins" keeps LLVM from turning loops into calls to memset or memcpy, so that the
	// kernels call no library function at all.
	md.attrs = []lir.FuncAttribute{enum.FuncAttrNoUnwind, enum.FuncAttrNoFree, enum.FuncAttrNoSync, enum.FuncAttrWillReturn, lir.AttrString("no-builtins")}
	// "target-cpu" equals the toolchain's -mcpu. There is deliberately no "target-features":
	// it would replace -mattr, which may switch off features a virtual machine hides from its
	// CPU model.
	if o.CPU != "" {
		md.attrs = append(md.attrs, lir.AttrPair{Key: "target-cpu", Value: o.CPU})
	}
	md.f16c = slices.Contains(o.Features, "+f16c") || strings.HasPrefix(o.Triple, "aarch64") || strings.HasPrefix(o.Triple, "arm64")
	// x86 CPUs that prefer 256-bit vectors would otherwise split our 512-bit vectors in two.
	bits := fmt.Sprint(md.vw * 32)
	md.attrs = append(md.attrs,
		lir.AttrPair{Key: "min-legal-vector-width", Value: bits},
		lir.AttrPair{Key: "prefer-vector-width", Value: bits})
	return md
}

// KernelPrefix starts the symbol of every kernel: the kernel named n is mtc_k_<n>.
const KernelPrefix = "mtc_k_"

// kernel returns the index of the kernel called name in the kernel table, emitting it with emit
// the first time the name is asked for. The name must encode every constant emit bakes in.
func (md *module) kernel(name string, op ir.Op, emit func(k *kfn)) int {
	if i, ok := md.index[name]; ok {
		return i
	}
	sym := KernelPrefix + name
	bufs := lir.NewParam("bufs", types.NewPointer(types.NewPointer(tI8)))
	ints := lir.NewParam("ints", types.NewPointer(tI64))
	begin := lir.NewParam("begin", tI64)
	end := lir.NewParam("end", tI64)
	bufs.Attrs = []lir.ParamAttribute{enum.ParamAttrNoCapture}
	ints.Attrs = []lir.ParamAttribute{enum.ParamAttrNoCapture}
	f := md.m.NewFunc(sym, types.Void, bufs, ints, begin, end)
	f.FuncAttrs = md.attrs
	k := newKfn(md, f)
	k.bufs, k.ints, k.begin, k.end = bufs, ints, begin, end
	emit(k)
	k.b.NewRet(nil)
	md.index[name] = len(md.kernels)
	md.kernels = append(md.kernels, artifact.Kernel{Name: name, Symbol: sym, Op: op.String()})
	return md.index[name]
}

// typeSuffix is LLVM's name mangling of a type in overloaded intrinsic names.
func typeSuffix(t types.Type) string {
	switch t := t.(type) {
	case *types.VectorType:
		return fmt.Sprintf("v%d%s", t.Len, typeSuffix(t.ElemType))
	case *types.PointerType:
		return "p0" + typeSuffix(t.ElemType)
	case *types.FloatType:
		switch t.Kind {
		case types.FloatKindHalf:
			return "f16"
		case types.FloatKindFloat:
			return "f32"
		case types.FloatKindDouble:
			return "f64"
		}
	case *types.IntType:
		return fmt.Sprintf("i%d", t.BitSize)
	}
	panic(fmt.Sprintf("codegen/llvm: no intrinsic suffix for %v", t))
}

// declare returns the declaration of the function name with the given signature, adding it once.
func (md *module) declare(name string, ret types.Type, params ...types.Type) *lir.Func {
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

// intrinsicArity is the operand count of the overloaded intrinsics kernels use.
var intrinsicArity = map[string]int{"llvm.fmuladd": 3, "llvm.sqrt": 1, "llvm.fabs": 1}

// intrinsic declares a pure overloaded intrinsic such as llvm.fmuladd on type t, taking as
// many t operands as the intrinsic needs and returning t.
func (md *module) intrinsic(base string, t types.Type) *lir.Func {
	ps := make([]types.Type, intrinsicArity[base])
	for i := range ps {
		ps[i] = t
	}
	return md.declare(base+"."+typeSuffix(t), t, ps...)
}

// maskedLoad declares llvm.masked.load for vector type vt.
func (md *module) maskedLoad(vt *types.VectorType) *lir.Func {
	pt := types.NewPointer(vt)
	mt := types.NewVector(vt.Len, tI1)
	return md.declare("llvm.masked.load."+typeSuffix(vt)+"."+typeSuffix(pt), vt, pt, tI32, mt, vt)
}

// maskedStore declares llvm.masked.store for vector type vt.
func (md *module) maskedStore(vt *types.VectorType) *lir.Func {
	pt := types.NewPointer(vt)
	mt := types.NewVector(vt.Len, tI1)
	return md.declare("llvm.masked.store."+typeSuffix(vt)+"."+typeSuffix(pt), types.Void, vt, pt, tI32, mt)
}

// text prints the module.
func (md *module) text() []byte { return []byte(md.m.String()) }
