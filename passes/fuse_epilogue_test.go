package passes

import "testing"

// epiBefore has one candidate of each epilogue: an MLP (up → sqrelu → down → residual add) and
// a rope over a projection.
const epiBefore = `mir 1
graph "t"
weight @E : f32[8,4] loc("t":1:1)
weight @up : f32[6,4] loc("t":1:2)
weight @down : f32[4,6] loc("t":1:3)
weight @wq : f32[4,4] loc("t":1:4)
weight @tab = rope_table {rot=2, theta=10000, scale=1} : f32[C,2] loc("t":1:5)
%0 = tokens : i32[T] loc("t":2:1)
%1 = embed %0, @E : f32[T,4] loc("t":2:2)
%2 = matmul %1, @up : f32[T,6] loc("t":3:1)
%3 = sqrelu %2 : f32[T,6] loc("t":4:1)
%4 = matmul %3, @down : f32[T,4] loc("t":5:1)
%5 = add %1, %4 : f32[T,4] loc("t":6:1)
%6 = matmul %5, @wq : f32[T,4] loc("t":7:1)
%7 = rope_cached %6, @tab {heads=2, head_dim=2, rot=2} : f32[T,4] loc("t":8:1)
return %7
`

const epiAfter = `mir 1
graph "t"
weight @E : f32[8,4] loc("t":1:1)
weight @up : f32[6,4] loc("t":1:2)
weight @down : f32[4,6] loc("t":1:3)
weight @wq : f32[4,4] loc("t":1:4)
weight @tab = rope_table {rot=2, theta=10000, scale=1} : f32[C,2] loc("t":1:5)
%0 = tokens : i32[T] loc("t":2:1)
%1 = embed %0, @E : f32[T,4] loc("t":2:2)
%2 = matmul_sqrelu %1, @up : f32[T,6] loc("t":4:1)
%3 = matmul_add %2, %1, @down : f32[T,4] loc("t":6:1)
%4 = matmul_rope %3, @wq, @tab {heads=2, head_dim=2, rot=2} : f32[T,4] loc("t":8:1)
return %4
`

func TestFuseEpilogue(t *testing.T) {
	runPassCases(t, "fuse-epilogue", []passCase{
		{name: "sqrelu, residual add and rope", before: epiBefore, after: epiAfter},
		{
			name:        "residual as the second operand",
			before:      epiBefore,
			beforeEdits: []string{"add %1, %4", "add %4, %1"},
			after:       epiAfter,
		},
		{
			// Both operands are sole-use matmuls: the second is fused, the first stays.
			name:        "add of two matmuls fuses the second",
			before:      epiBefore,
			beforeEdits: []string{"%5 = add %1, %4", "%4b = matmul %1, @wq : f32[T,4] loc(\"t\":5:2)\n%5 = add %4b, %4"},
			after:       epiAfter,
			afterEdits:  []string{"%3 = matmul_add %2, %1, @down", "%2b = matmul %1, @wq : f32[T,4] loc(\"t\":5:2)\n%3 = matmul_add %2, %2b, @down"},
		},
		{
			name:   "a matmul with another use is not fused",
			before: epiOtherUses,
		},
		{
			name:        "a matmul that is the result is not fused",
			before:      epiBefore,
			beforeEdits: []string{"return %7", "return %6"},
			after:       epiAfter,
			afterEdits: []string{
				"%4 = matmul_rope %3, @wq, @tab {heads=2, head_dim=2, rot=2} : f32[T,4] loc(\"t\":8:1)\nreturn %4",
				"%4 = matmul %3, @wq : f32[T,4] loc(\"t\":7:1)\n%5 = rope_cached %4, @tab {heads=2, head_dim=2, rot=2} : f32[T,4] loc(\"t\":8:1)\nreturn %4"},
		},
	})
}

// epiOtherUses is epiBefore with a second use of every matmul: nothing can be fused.
const epiOtherUses = `mir 1
graph "t"
weight @E : f32[8,4] loc("t":1:1)
weight @up : f32[6,4] loc("t":1:2)
weight @down : f32[4,6] loc("t":1:3)
weight @wq : f32[4,4] loc("t":1:4)
weight @tab = rope_table {rot=2, theta=10000, scale=1} : f32[C,2] loc("t":1:5)
%0 = tokens : i32[T] loc("t":2:1)
%1 = embed %0, @E : f32[T,4] loc("t":2:2)
%2 = matmul %1, @up : f32[T,6] loc("t":3:1)
%3 = sqrelu %2 : f32[T,6] loc("t":4:1)
%4 = add %3, %2 : f32[T,6] loc("t":4:2)
%5 = matmul %4, @down : f32[T,4] loc("t":5:1)
%6 = add %5, %5 : f32[T,4] loc("t":6:1)
%7 = matmul %6, @wq : f32[T,4] loc("t":7:1)
%8 = rope_cached %7, @tab {heads=2, head_dim=2, rot=2} : f32[T,4] loc("t":8:1)
%9 = add %8, %7 : f32[T,4] loc("t":9:1)
return %9
`
