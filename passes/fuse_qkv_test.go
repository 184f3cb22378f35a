package passes

import (
	"testing"
)

// qkvBefore is one attention block with separate projections: hidden 4, 2 query heads and 1
// KV head of 2.
const qkvBefore = `mir 1
graph "t"
weight @E : f32[8,4] loc("t":1:1)
weight @l.q_proj.w : bf16[4,4] loc("t":2:1)
weight @l.k_proj.w : bf16[2,4] loc("t":3:1)
weight @l.v_proj.w : bf16[2,4] loc("t":4:1)
%0 = tokens : i32[T] loc("t":5:1)
%1 = embed %0, @E : f32[T,4] loc("t":5:2)
%2 = matmul %1, @l.q_proj.w : f32[T,4] loc("t":6:1)
%3 = matmul %1, @l.k_proj.w : f32[T,2] loc("t":7:1)
%4 = matmul %1, @l.v_proj.w : f32[T,2] loc("t":8:1)
%5 = rope %2 {heads=2, head_dim=2, rot=2, theta=10000, scale=1} : f32[T,4] loc("t":9:1)
%6 = rope %3 {heads=1, head_dim=2, rot=2, theta=10000, scale=1} : f32[T,2] loc("t":9:2)
%7 = attention %5, %6, %4 {layer=0, heads=2, kv_heads=1, head_dim=2} : f32[T,4] loc("t":10:1)
return %7
`

const qkvAfter = `mir 1
graph "t"
weight @E : f32[8,4] loc("t":1:1)
weight @l.q_proj.w : bf16[4,4] loc("t":2:1)
weight @l.k_proj.w : bf16[2,4] loc("t":3:1)
weight @l.v_proj.w : bf16[2,4] loc("t":4:1)
weight @l.qkv_proj.w = concat @l.q_proj.w, @l.k_proj.w, @l.v_proj.w : bf16[8,4] loc("t":2:1)
%0 = tokens : i32[T] loc("t":5:1)
%1 = embed %0, @E : f32[T,4] loc("t":5:2)
%2 = matmul %1, @l.qkv_proj.w : f32[T,8] loc("t":6:1)
%3 = slice %2 {begin=0, end=4} : f32[T,4] loc("t":6:1)
%4 = slice %2 {begin=4, end=6} : f32[T,2] loc("t":7:1)
%5 = slice %2 {begin=6, end=8} : f32[T,2] loc("t":8:1)
%6 = rope %3 {heads=2, head_dim=2, rot=2, theta=10000, scale=1} : f32[T,4] loc("t":9:1)
%7 = rope %4 {heads=1, head_dim=2, rot=2, theta=10000, scale=1} : f32[T,2] loc("t":9:2)
%8 = attention %6, %7, %5 {layer=0, heads=2, kv_heads=1, head_dim=2} : f32[T,4] loc("t":10:1)
return %8
`

func TestFuseQKV(t *testing.T) {
	tests := []struct{ name, before, after string }{
		{"one input, three projections", qkvBefore, qkvAfter},
		{
			name: "without rope, in another order, with another use",
			before: `mir 1
graph "t"
weight @E : f32[8,4] loc("t":1:1)
weight @wq : f32[4,4] loc("t":2:1)
weight @wk : f32[2,4] loc("t":3:1)
weight @wv : f32[2,4] loc("t":4:1)
%0 = tokens : i32[T] loc("t":5:1)
%1 = embed %0, @E : f32[T,4] loc("t":5:2)
%2 = matmul %1, @wv : f32[T,2] loc("t":6:1)
%3 = matmul %1, @wk : f32[T,2] loc("t":7:1)
%4 = matmul %1, @wq : f32[T,4] loc("t":8:1)
%5 = attention %4, %3, %2 {layer=0, heads=2, kv_heads=1, head_dim=2} : f32[T,4] loc("t":10:1)
%6 = add %5, %4 : f32[T,4] loc("t":11:1)
return %6
`,
			after: `mir 1
graph "t"
weight @E : f32[8,4] loc("t":1:1)
weight @wq : f32[4,4] loc("t":2:1)
weight @wk : f32[2,4] loc("t":3:1)
weight @wv : f32[2,4] loc("t":4:1)
weight @wq+wk+wv = concat @wq, @wk, @wv : f32[8,4] loc("t":2:1)
%0 = tokens : i32[T] loc("t":5:1)
%1 = embed %0, @E : f32[T,4] loc("t":5:2)
%2 = matmul %1, @wq+wk+wv : f32[T,8] loc("t":8:1)
%3 = slice %2 {begin=0, end=4} : f32[T,4] loc("t":8:1)
%4 = slice %2 {begin=4, end=6} : f32[T,2] loc("t":7:1)
%5 = slice %2 {begin=6, end=8} : f32[T,2] loc("t":6:1)
%6 = attention %3, %4, %5 {layer=0, heads=2, kv_heads=1, head_dim=2} : f32[T,4] loc("t":10:1)
%7 = add %6, %3 : f32[T,4] loc("t":11:1)
return %7
`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkPass(t, "fuse-qkv", tt.before, tt.after) })
	}
	unchanged := []struct {
		name  string
		edits []string
	}{
		{"different inputs stay separate", []string{
			"%3 = matmul %1,", "%3 = matmul %1b,",
			"%2 = matmul", "%1b = sqrelu %1 : f32[T,4] loc(\"t\":5:3)\n%2 = matmul"}},
		{"different weight dtypes stay separate", []string{"@l.v_proj.w : bf16[2,4]", "@l.v_proj.w : f32[2,4]"}},
		{"an operand that is not a projection", []string{"%6, %4 {layer", "%6, %6 {layer"}},
	}
	for _, tt := range unchanged {
		t.Run(tt.name, func(t *testing.T) {
			src := edit(t, qkvBefore, tt.edits...)
			checkPass(t, "fuse-qkv", src, src)
		})
	}
}

func TestPackedName(t *testing.T) {
	tests := []struct{ q, k, v, want string }{
		{"model.layers.3.self_attn.q_proj.weight", "model.layers.3.self_attn.k_proj.weight", "model.layers.3.self_attn.v_proj.weight", "model.layers.3.self_attn.qkv_proj.weight"},
		{"a.q_proj.weight", "b.k_proj.weight", "a.v_proj.weight", "a.q_proj.weight+b.k_proj.weight+a.v_proj.weight"},
		{"wq", "wk", "wv", "wq+wk+wv"},
	}
	for _, tt := range tests {
		if got := packedName(tt.q, tt.k, tt.v); got != tt.want {
			t.Errorf("packedName(%q, %q, %q) = %q, want %q", tt.q, tt.k, tt.v, got, tt.want)
		}
	}
}
