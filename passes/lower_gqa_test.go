package passes

import "testing"

func TestLowerGQA(t *testing.T) {
	after := `mir 1
graph "t"
weight @E : f32[8,4] loc("t":1:1)
weight @l.q_proj.w : bf16[4,4] loc("t":2:1)
weight @l.k_proj.w : bf16[2,4] loc("t":3:1)
weight @l.v_proj.w : bf16[2,4] loc("t":4:1)
weight @l.qkv_proj.w = concat @l.q_proj.w, @l.k_proj.w, @l.v_proj.w : bf16[8,4] loc("t":2:1)
weight @rope_table.rot2.theta10000.scale1 = rope_table {rot=2, theta=10000, scale=1} : f32[C,2] loc("t":9:1)
%0 = tokens : i32[T] loc("t":5:1)
%1 = embed %0, @E : f32[T,4] loc("t":5:2)
%2 = matmul %1, @l.qkv_proj.w : f32[T,8] loc("t":6:1)
%3 = rope_cached %2, @rope_table.rot2.theta10000.scale1 {heads=3, head_dim=2, rot=2} : f32[T,8] loc("t":9:1)
%4 = gqa_attention %3 {layer=0, heads=2, kv_heads=1, head_dim=2} : f32[T,4] loc("t":10:1)
return %4
`
	checkPass(t, "lower-gqa", ropePacked, after)
	// Without rope the packed matmul itself feeds gqa_attention.
	checkPass(t, "lower-gqa", edit(t, qkvAfter,
		"attention %6, %7, %5", "attention %3, %4, %5",
		"%6 = rope %3 {heads=2, head_dim=2, rot=2, theta=10000, scale=1} : f32[T,4] loc(\"t\":9:1)\n", "",
		"%7 = rope %4 {heads=1, head_dim=2, rot=2, theta=10000, scale=1} : f32[T,2] loc(\"t\":9:2)\n", ""),
		edit(t, qkvAfter,
			"%3 = slice %2 {begin=0, end=4} : f32[T,4] loc(\"t\":6:1)\n", "",
			"%4 = slice %2 {begin=4, end=6} : f32[T,2] loc(\"t\":7:1)\n", "",
			"%5 = slice %2 {begin=6, end=8} : f32[T,2] loc(\"t\":8:1)\n", "",
			"%6 = rope %3 {heads=2, head_dim=2, rot=2, theta=10000, scale=1} : f32[T,4] loc(\"t\":9:1)\n", "",
			"%7 = rope %4 {heads=1, head_dim=2, rot=2, theta=10000, scale=1} : f32[T,2] loc(\"t\":9:2)\n", "",
			"%8 = attention %6, %7, %5 {layer=0", "%8 = gqa_attention %2 {layer=0"))
}

func TestLowerGQAUnchanged(t *testing.T) {
	tests := []struct {
		name  string
		edits []string
	}{
		{"k and v swapped", []string{"%5 = slice %3 {begin=4, end=6}", "%5 = slice %3 {begin=6, end=8}", "%6 = slice %3 {begin=6, end=8}", "%6 = slice %3 {begin=4, end=6}"}},
		{"q not rope'd from the packed matrix", []string{"attention %4,", "attention %4b,", "%5 = slice", "%4b = sqrelu %4 : f32[T,4] loc(\"t\":9:3)\n%5 = slice"}},
		{"matrix wider than q, k and v", []string{
			"@l.v_proj.w : bf16[2,4]", "@l.v_proj.w : bf16[4,4]", "bf16[8,4]", "bf16[10,4]",
			"f32[T,8] loc(\"t\":6:1)", "f32[T,10] loc(\"t\":6:1)", "f32[T,8] loc(\"t\":9:1)", "f32[T,10] loc(\"t\":9:1)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := edit(t, ropePacked, tt.edits...)
			checkPass(t, "lower-gqa", src, src)
		})
	}
}
