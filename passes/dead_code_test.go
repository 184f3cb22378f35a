package passes

import "testing"

func TestDeadCode(t *testing.T) {
	tests := []struct{ name, before, after string }{
		{
			name: "dead values and unused weights go; derived weights keep their arguments",
			before: `mir 1
graph "t"
weight @E : f32[8,4] loc("t":1:1)
weight @g : f32[4] loc("t":1:2)
weight @b : f32[4] loc("t":1:3)
weight @g1 = add1 @g : f32[4] loc("t":1:4)
weight @u : f32[4] loc("t":1:5)
weight @u1 = add1 @u : f32[4] loc("t":1:6)
weight @W : f32[4,4] loc("t":1:7)
%0 = tokens : i32[T] loc("t":2:1)
%1 = embed %0, @E : f32[T,4] loc("t":2:2)
%2 = matmul %1, @W : f32[T,4] loc("t":3:1)
%3 = sqrelu %2 : f32[T,4] loc("t":3:2)
%4 = layernorm %1, @g1, @b {eps=1e-05} : f32[T,4] loc("t":4:1)
%5 = layernorm %4, @u1, @b {eps=1e-05} : f32[T,4] loc("t":4:2)
return %4
`,
			after: `mir 1
graph "t"
weight @E : f32[8,4] loc("t":1:1)
weight @g : f32[4] loc("t":1:2)
weight @b : f32[4] loc("t":1:3)
weight @g1 = add1 @g : f32[4] loc("t":1:4)
%0 = tokens : i32[T] loc("t":2:1)
%1 = embed %0, @E : f32[T,4] loc("t":2:2)
%4 = layernorm %1, @g1, @b {eps=1e-05} : f32[T,4] loc("t":4:1)
return %4
`,
		},
		{
			// The attention's output is unused, but it writes KV-cache slot 0, which later
			// steps read: it and everything it reads stay. The pure value after it goes.
			name: "attention is kept for its KV-cache write",
			before: `mir 1
graph "t"
weight @E : f32[8,4] loc("t":1:1)
weight @wk : f32[2,4] loc("t":1:2)
weight @wo : f32[4,4] loc("t":1:3)
%0 = tokens : i32[T] loc("t":2:1)
%1 = embed %0, @E : f32[T,4] loc("t":2:2)
%2 = matmul %1, @wk : f32[T,2] loc("t":3:1)
%3 = sqrelu %2 : f32[T,2] loc("t":3:2)
%4 = attention %1, %2, %3 {layer=0, heads=2, kv_heads=1, head_dim=2} : f32[T,4] loc("t":4:1)
%5 = matmul %4, @wo : f32[T,4] loc("t":5:1)
return %1
`,
			after: `mir 1
graph "t"
weight @E : f32[8,4] loc("t":1:1)
weight @wk : f32[2,4] loc("t":1:2)
%0 = tokens : i32[T] loc("t":2:1)
%1 = embed %0, @E : f32[T,4] loc("t":2:2)
%2 = matmul %1, @wk : f32[T,2] loc("t":3:1)
%3 = sqrelu %2 : f32[T,2] loc("t":3:2)
%4 = attention %1, %2, %3 {layer=0, heads=2, kv_heads=1, head_dim=2} : f32[T,4] loc("t":4:1)
return %1
`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkPass(t, "dead-code", tt.before, tt.after) })
	}
}
