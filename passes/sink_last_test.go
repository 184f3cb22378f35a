package passes

import "testing"

// sinkHead is the start of sinkBefore and sinkAfter: the weights, the embedding and the
// attention.
const sinkHead = `mir 1
graph "t"
weight @E : f32[8,4] loc("t":1:1)
weight @g : f32[4] loc("t":1:2)
weight @b : f32[4] loc("t":1:3)
weight @o : f32[4,4] loc("t":1:4)
weight @up : f32[6,4] loc("t":1:5)
weight @down : f32[4,6] loc("t":1:6)
weight @head : f32[8,4] loc("t":1:7)
%0 = tokens : i32[T] loc("t":2:1)
%1 = embed %0, @E : f32[T,4] loc("t":2:2)
%2 = attention %1, %1, %1 {layer=0, heads=2, kv_heads=2, head_dim=2} : f32[T,4] loc("t":3:1)
`

// sinkBefore is the tail of a one-layer model after fusion: attention, output projection with
// the residual, layer norm, MLP, then last, final norm and head.
const sinkBefore = sinkHead + `%3 = matmul_add %2, %1, @o : f32[T,4] loc("t":4:1)
%4 = layernorm %3, @g, @b {eps=1e-05} : f32[T,4] loc("t":5:1)
%5 = matmul_sqrelu %4, @up : f32[T,6] loc("t":6:1)
%6 = matmul_add %5, %3, @down : f32[T,4] loc("t":7:1)
%7 = last %6 : f32[R,4] loc("t":8:1)
%8 = layernorm %7, @g, @b {eps=1e-05} : f32[R,4] loc("t":9:1)
%9 = matmul %8, @head : f32[R,8] loc("t":10:1)
return %9
`

// sinkAfter: everything after the attention runs on R rows; the residual %1 feeds the attention
// too, so it keeps its T rows and gets a last of its own.
const sinkAfter = sinkHead + `%3 = last %2 : f32[R,4] loc("t":8:1)
%4 = last %1 : f32[R,4] loc("t":8:1)
%5 = matmul_add %3, %4, @o : f32[R,4] loc("t":4:1)
%6 = layernorm %5, @g, @b {eps=1e-05} : f32[R,4] loc("t":5:1)
%7 = matmul_sqrelu %6, @up : f32[R,6] loc("t":6:1)
%8 = matmul_add %7, %5, @down : f32[R,4] loc("t":7:1)
%9 = layernorm %8, @g, @b {eps=1e-05} : f32[R,4] loc("t":9:1)
%10 = matmul %9, @head : f32[R,8] loc("t":10:1)
return %10
`

func TestSinkLast(t *testing.T) {
	runPassCases(t, "sink-last", []passCase{
		{name: "the last layer's tail runs on R rows", before: sinkBefore, after: sinkAfter},
		{
			// %6 is also read by the result's sibling: last cannot move above it.
			name:   "an operand with another use stays",
			before: sinkBefore,
			beforeEdits: []string{
				"%9 = matmul %8, @head : f32[R,8] loc(\"t\":10:1)\nreturn %9",
				"%9 = matmul %8, @head : f32[R,8] loc(\"t\":10:1)\n%10 = add %6, %6 : f32[T,4] loc(\"t\":11:1)\nreturn %9"},
		},
		{
			name:        "a tapped value keeps its rows",
			before:      sinkBefore,
			beforeEdits: []string{"%6 = matmul_add %5, %3, @down : f32[T,4]", "%6 = matmul_add %5, %3, @down : f32[T,4] tap(\"resid.0\")"},
		},
		{
			// add(x, x): one last serves both operands.
			name:   "the same operand twice",
			before: sinkBefore,
			beforeEdits: []string{
				"%7 = last %6 : f32[R,4]", "%6b = add %6, %6 : f32[T,4] loc(\"t\":7:2)\n%7 = last %6b : f32[R,4]"},
			after: sinkAfter,
			afterEdits: []string{
				"%9 = layernorm %8,", "%8b = add %8, %8 : f32[R,4] loc(\"t\":7:2)\n%9 = layernorm %8b,"},
		},
		{
			name:        "attention stops it",
			before:      sinkBefore,
			beforeEdits: []string{"%3 = matmul_add %2, %1, @o : f32[T,4] loc(\"t\":4:1)\n%4 = layernorm %3, @g, @b {eps=1e-05} : f32[T,4] loc(\"t\":5:1)\n%5 = matmul_sqrelu %4, @up : f32[T,6] loc(\"t\":6:1)\n%6 = matmul_add %5, %3, @down : f32[T,4] loc(\"t\":7:1)\n%7 = last %6", "%7 = last %2"},
		},
	})
}
