package passes

import (
	"testing"

	"github.com/mtc-dev/mtc/ir"
)

// ropePacked is qkvAfter (fuse-qkv's output) after lower-rope: one rope_cached over the packed
// matrix, q, k and v re-sliced from it. The unrotated q and k slices are gone.
const ropePacked = `mir 1
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
%4 = slice %3 {begin=0, end=4} : f32[T,4] loc("t":9:1)
%5 = slice %3 {begin=4, end=6} : f32[T,2] loc("t":9:2)
%6 = slice %3 {begin=6, end=8} : f32[T,2] loc("t":8:1)
%7 = attention %4, %5, %6 {layer=0, heads=2, kv_heads=1, head_dim=2} : f32[T,4] loc("t":10:1)
return %7
`

func TestLowerRoPE(t *testing.T) {
	tests := []struct{ name, before, after string }{
		{"packed q and k become one rope", qkvAfter, ropePacked},
		{
			name:   "separate ropes share one table",
			before: qkvBefore,
			after: `mir 1
graph "t"
weight @E : f32[8,4] loc("t":1:1)
weight @l.q_proj.w : bf16[4,4] loc("t":2:1)
weight @l.k_proj.w : bf16[2,4] loc("t":3:1)
weight @l.v_proj.w : bf16[2,4] loc("t":4:1)
weight @rope_table.rot2.theta10000.scale1 = rope_table {rot=2, theta=10000, scale=1} : f32[C,2] loc("t":9:1)
%0 = tokens : i32[T] loc("t":5:1)
%1 = embed %0, @E : f32[T,4] loc("t":5:2)
%2 = matmul %1, @l.q_proj.w : f32[T,4] loc("t":6:1)
%3 = matmul %1, @l.k_proj.w : f32[T,2] loc("t":7:1)
%4 = matmul %1, @l.v_proj.w : f32[T,2] loc("t":8:1)
%5 = rope_cached %2, @rope_table.rot2.theta10000.scale1 {heads=2, head_dim=2, rot=2} : f32[T,4] loc("t":9:1)
%6 = rope_cached %3, @rope_table.rot2.theta10000.scale1 {heads=1, head_dim=2, rot=2} : f32[T,2] loc("t":9:2)
%7 = attention %5, %6, %4 {layer=0, heads=2, kv_heads=1, head_dim=2} : f32[T,4] loc("t":10:1)
return %7
`,
		},
		{
			// q and k rotate with different bases, so they cannot share one rope_cached.
			name:   "different angles get their own tables and stay separate",
			before: edit(t, qkvAfter, "rope %4 {heads=1, head_dim=2, rot=2, theta=10000, scale=1}", "rope %4 {heads=1, head_dim=2, rot=2, theta=500000, scale=2}"),
			after: `mir 1
graph "t"
weight @E : f32[8,4] loc("t":1:1)
weight @l.q_proj.w : bf16[4,4] loc("t":2:1)
weight @l.k_proj.w : bf16[2,4] loc("t":3:1)
weight @l.v_proj.w : bf16[2,4] loc("t":4:1)
weight @l.qkv_proj.w = concat @l.q_proj.w, @l.k_proj.w, @l.v_proj.w : bf16[8,4] loc("t":2:1)
weight @rope_table.rot2.theta10000.scale1 = rope_table {rot=2, theta=10000, scale=1} : f32[C,2] loc("t":9:1)
weight @rope_table.rot2.theta500000.scale2 = rope_table {rot=2, theta=500000, scale=2} : f32[C,2] loc("t":9:2)
%0 = tokens : i32[T] loc("t":5:1)
%1 = embed %0, @E : f32[T,4] loc("t":5:2)
%2 = matmul %1, @l.qkv_proj.w : f32[T,8] loc("t":6:1)
%3 = slice %2 {begin=0, end=4} : f32[T,4] loc("t":6:1)
%4 = slice %2 {begin=4, end=6} : f32[T,2] loc("t":7:1)
%5 = slice %2 {begin=6, end=8} : f32[T,2] loc("t":8:1)
%6 = rope_cached %3, @rope_table.rot2.theta10000.scale1 {heads=2, head_dim=2, rot=2} : f32[T,4] loc("t":9:1)
%7 = rope_cached %4, @rope_table.rot2.theta500000.scale2 {heads=1, head_dim=2, rot=2} : f32[T,2] loc("t":9:2)
%8 = attention %6, %7, %5 {layer=0, heads=2, kv_heads=1, head_dim=2} : f32[T,4] loc("t":10:1)
return %8
`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkPass(t, "lower-rope", tt.before, tt.after) })
	}
}

// TestLowerRoPENotAdjacent checks that ropes over slices that are not q then k, adjacent and
// from column 0, are lowered one by one (two rope_cached, no packed one).
func TestLowerRoPENotAdjacent(t *testing.T) {
	tests := []struct {
		name  string
		edits []string
	}{
		{"k before q", []string{"%4 = slice %2 {begin=4, end=6}", "%4 = slice %2 {begin=0, end=2}", "%3 = slice %2 {begin=0, end=4}", "%3 = slice %2 {begin=2, end=6}"}},
		{"a gap between q and k", []string{"%4 = slice %2 {begin=4, end=6}", "%4 = slice %2 {begin=6, end=8}"}},
		{"q rotates fewer heads than its slice holds", []string{"rope %3 {heads=2", "rope %3 {heads=1"}},
		{"different slice sources", []string{
			"%4 = slice %2 {begin=4, end=6}", "%4 = slice %1b {begin=4, end=6}",
			"%3 = slice", "%1b = sqrelu %2 : f32[T,8] loc(\"t\":6:2)\n%3 = slice"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := mustParse(t, edit(t, qkvAfter, tt.edits...))
			if err := RunPass(passNamed(t, "lower-rope"), g, nil); err != nil {
				t.Fatal(err)
			}
			if n, c := countOp(g, ir.OpRoPE), countOp(g, ir.OpRoPECached); n != 0 || c != 2 {
				t.Errorf("want 0 rope and 2 rope_cached, got %d and %d:\n%s", n, c, ir.Print(g))
			}
		})
	}
}
