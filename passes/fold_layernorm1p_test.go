package passes

import "testing"

func TestFoldLayerNorm1P(t *testing.T) {
	tests := []struct{ name, before, after string }{
		{
			name: "shared gamma is folded once",
			before: `mir 1
graph "t"
weight @E : f32[8,4] loc("t":1:1)
weight @g : bf16[4] loc("t":2:1)
weight @b : bf16[4] loc("t":3:1)
%0 = tokens : i32[T] loc("t":4:1)
%1 = embed %0, @E : f32[T,4] loc("t":4:2)
%2 = layernorm1p %1, @g, @b {eps=1e-05} : f32[T,4] loc("t":5:1)
%3 = layernorm1p %2, @g, @b {eps=0.001} : f32[T,4] loc("t":6:1)
return %3
`,
			after: `mir 1
graph "t"
weight @E : f32[8,4] loc("t":1:1)
weight @g : bf16[4] loc("t":2:1)
weight @g+1 = add1 @g : f32[4] loc("t":2:1)
weight @b : bf16[4] loc("t":3:1)
%0 = tokens : i32[T] loc("t":4:1)
%1 = embed %0, @E : f32[T,4] loc("t":4:2)
%2 = layernorm %1, @g+1, @b {eps=1e-05} : f32[T,4] loc("t":5:1)
%3 = layernorm %2, @g+1, @b {eps=0.001} : f32[T,4] loc("t":6:1)
return %3
`,
		},
		{
			name: "existing add1 is reused and a taken name is avoided",
			before: `mir 1
graph "t"
weight @E : f32[8,4] loc("t":1:1)
weight @g : f32[4] loc("t":2:1)
weight @h : f32[4] loc("t":2:2)
weight @h+1 : f32[4] loc("t":2:3)
weight @one = add1 @g : f32[4] loc("t":2:4)
%0 = tokens : i32[T] loc("t":4:1)
%1 = embed %0, @E : f32[T,4] loc("t":4:2)
%2 = layernorm1p %1, @g, @h+1 {eps=1e-05} : f32[T,4] loc("t":5:1)
%3 = layernorm1p %2, @h, @g {eps=1e-05} : f32[T,4] loc("t":6:1)
%4 = layernorm %3, @one, @g {eps=1e-05} : f32[T,4] loc("t":7:1)
return %4
`,
			after: `mir 1
graph "t"
weight @E : f32[8,4] loc("t":1:1)
weight @g : f32[4] loc("t":2:1)
weight @h : f32[4] loc("t":2:2)
weight @h+1.2 = add1 @h : f32[4] loc("t":2:2)
weight @h+1 : f32[4] loc("t":2:3)
weight @one = add1 @g : f32[4] loc("t":2:4)
%0 = tokens : i32[T] loc("t":4:1)
%1 = embed %0, @E : f32[T,4] loc("t":4:2)
%2 = layernorm %1, @one, @h+1 {eps=1e-05} : f32[T,4] loc("t":5:1)
%3 = layernorm %2, @h+1.2, @g {eps=1e-05} : f32[T,4] loc("t":6:1)
%4 = layernorm %3, @one, @g {eps=1e-05} : f32[T,4] loc("t":7:1)
return %4
`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkPass(t, "fold-layernorm1p", tt.before, tt.after) })
	}
}
