package llvm_test

import (
	"fmt"
	"log"

	"github.com/mtc-dev/mtc/codegen/llvm"
	"github.com/mtc-dev/mtc/ir"
)

// A planned graph (values carry buf(...) arena offsets) becomes a kernel table and a launch
// program; the two layernorms share one kernel.
func ExampleGenerate() {
	src := `mir 1
graph "example"

weight @E : bf16[100,64] loc("x.yaml":1:1)
weight @g : f32[64] loc("x.yaml":2:1)
weight @b : f32[64] loc("x.yaml":3:1)
weight @W : bf16[256,64] loc("x.yaml":4:1)

%0 = tokens : i32[T] loc("x.yaml":5:1)
%1 = embed %0, @E : f32[T,64] buf(0) loc("x.yaml":5:1)
%2 = layernorm %1, @g, @b {eps=1e-05} : f32[T,64] buf(256) loc("x.yaml":6:1)
%3 = layernorm %2, @g, @b {eps=1e-05} : f32[T,64] buf(0) loc("x.yaml":7:1)
%4 = matmul_sqrelu %3, @W : f32[T,256] buf(256) loc("x.yaml":8:1)
return %4
`
	g, err := ir.Parse("example.mir", []byte(src))
	if err != nil {
		log.Fatal(err)
	}
	out, err := llvm.Generate(g, llvm.Options{VectorWidth: 16})
	if err != nil {
		log.Fatal(err)
	}
	for _, l := range out.Program {
		fmt.Printf("%-16s %s split=%+v\n", l.Note, out.Kernels[l.Kernel].Symbol, l.Split)
	}
	fmt.Println("arena bytes per token:", out.Arenas.PerToken, "per logit row:", out.Arenas.PerRow)
	// Output:
	// %1 embed         mtc_k_embed_bf16_v100_h64 split={Const:0 T:1 R:0 P:0 Cap:0}
	// %2 layernorm     mtc_k_layernorm_gf32_bf32_h64_eps1em05 split={Const:0 T:1 R:0 P:0 Cap:0}
	// %3 layernorm     mtc_k_layernorm_gf32_bf32_h64_eps1em05 split={Const:0 T:1 R:0 P:0 Cap:0}
	// %4 matmul_sqrelu mtc_k_matmul_sqrelu_bf16_k64_n256 split={Const:256 T:0 R:0 P:0 Cap:0}
	// arena bytes per token: 1280 per logit row: 0
}
