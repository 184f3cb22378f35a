package passes

import (
	"testing"

	"github.com/mtc-dev/mtc/ir"
)

func TestPlanMemory(t *testing.T) {
	tests := []struct{ name, before, after string }{
		{
			// %1 dies at %2, so %3 reuses its bytes; %2 and its operand %1 never share.
			name: "chain reuses dead buffers",
			before: `mir 1
graph "t"
weight @E : f32[8,16] loc("t":1:1)
weight @W : f32[32,16] loc("t":1:2)
weight @D : f32[16,32] loc("t":1:3)
%0 = tokens : i32[T] loc("t":2:1)
%1 = embed %0, @E : f32[T,16] loc("t":2:2)
%2 = matmul %1, @W : f32[T,32] loc("t":3:1)
%3 = matmul %2, @D : f32[T,16] loc("t":4:1)
%4 = sqrelu %3 : f32[T,16] loc("t":5:1)
return %4
`,
			after: `mir 1
graph "t"
weight @E : f32[8,16] loc("t":1:1)
weight @W : f32[32,16] loc("t":1:2)
weight @D : f32[16,32] loc("t":1:3)
%0 = tokens : i32[T] loc("t":2:1)
%1 = embed %0, @E : f32[T,16] buf(128) loc("t":2:2)
%2 = matmul %1, @W : f32[T,32] buf(0) loc("t":3:1)
%3 = matmul %2, @D : f32[T,16] buf(128) loc("t":4:1)
%4 = sqrelu %3 : f32[T,16] buf(0) loc("t":5:1)
return %4
`,
		},
		{
			// %1 stays live until %4 (the residual), so it keeps its own space throughout;
			// an old plan is discarded, not trusted.
			name: "long-lived residual and replanning",
			before: `mir 1
graph "t"
weight @E : f32[8,16] loc("t":1:1)
weight @W : f32[16,16] loc("t":1:2)
%0 = tokens : i32[T] loc("t":2:1)
%1 = embed %0, @E : f32[T,16] buf(4096) loc("t":2:2)
%2 = matmul %1, @W : f32[T,16] buf(8192) loc("t":3:1)
%3 = sqrelu %2 : f32[T,16] loc("t":4:1)
%4 = add %1, %3 : f32[T,16] loc("t":5:1)
return %4
`,
			after: `mir 1
graph "t"
weight @E : f32[8,16] loc("t":1:1)
weight @W : f32[16,16] loc("t":1:2)
%0 = tokens : i32[T] loc("t":2:1)
%1 = embed %0, @E : f32[T,16] buf(0) loc("t":2:2)
%2 = matmul %1, @W : f32[T,16] buf(64) loc("t":3:1)
%3 = sqrelu %2 : f32[T,16] buf(128) loc("t":4:1)
%4 = add %1, %3 : f32[T,16] buf(64) loc("t":5:1)
return %4
`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkPass(t, "plan-memory", tt.before, tt.after) })
	}
}

func TestBestFitPicksSmallestGap(t *testing.T) {
	placed := func(buf, cols int64) *ir.Value { return &ir.Value{Type: ir.Mat(ir.DimT, ir.Dim(cols)), Buf: buf} }
	conflicts := []*ir.Value{
		placed(0, 16),    // [0,64)
		placed(512, 16),  // gap [64,512): 448 bytes
		placed(640, 16),  // gap [576,640): 64 bytes
		placed(768, 64),  // gap [704,768): 64 bytes, later
		placed(800, 100), // overlaps the previous buffer
	}
	tests := []struct {
		size, want int64
	}{
		{64, 576},   // smallest gap that fits, first of equals
		{65, 64},    // only the big gap fits
		{448, 64},   // exactly the big gap
		{449, 1216}, // nothing fits: after the highest end (800+400 aligned)
		{1, 576},    // best fit, not first fit
	}
	for _, tt := range tests {
		if got := bestFit(conflicts, tt.size); got != tt.want {
			t.Errorf("bestFit(size %d) = %d, want %d", tt.size, got, tt.want)
		}
	}
}

// minitron8B is the shape of Minitron-8B (hidden 4096, 48 heads of 128, 8 KV heads, FFN 16384,
// vocabulary 256000, half-rotary) with n layers.
func minitron8B(n int) modelShape {
	return modelShape{Name: "minitron-8b", Layers: uniform(n, layerShape{48, 8, 16384}), Hidden: 4096, HeadDim: 128, Vocab: 256000, Rot: 64}
}

// TestArenaMinitron8B plans the 32-layer Minitron-8B graph and compares the arenas with the sum
// of all buffers (no reuse). Neither may grow with depth: the activation arena is a few
// activations however many layers there are, and the row arena the logits plus what the last
// layer runs on its R rows. The logits (1 MB per row) must be in the row arena, or a 4096-token
// prompt would reserve 4 GB for the one row of logits generation needs.
func TestArenaMinitron8B(t *testing.T) {
	type sizes struct{ perToken, perRow int64 }
	arena := map[int]sizes{}
	for _, n := range []int{2, 32} {
		g := buildModel(t, minitron8B(n))
		if err := Run(g, nil); err != nil {
			t.Fatal(err)
		}
		var sum, logits, widest int64
		for _, v := range g.Values {
			b := ir.BytesPerToken(v)
			sum += b
			if v == g.Result {
				logits = b
			} else {
				widest = max(widest, b)
			}
		}
		if !ir.InRowArena(g.Result) {
			t.Fatalf("%d layers: the logits %s are not in the row arena", n, ir.PrintValue(g.Result))
		}
		perToken, perRow := ArenaBytes(g)
		arena[n] = sizes{perToken, perRow}
		t.Logf("%d layers: arena %d bytes/token, row arena %d bytes/row (logits %d + %d), no reuse %d bytes/row (%.1fx); widest activation %d",
			n, perToken, perRow, logits, perRow-logits, sum, float64(sum)/float64(perToken+perRow), widest)
		if n == 32 {
			if (perToken+perRow)*5 > sum {
				t.Errorf("arenas %d + %d are not far smaller than the no-reuse sum %d", perToken, perRow, sum)
			}
			if perToken > 4*widest {
				t.Errorf("activation arena %d bytes/token, more than 4 of the widest activation (%d)", perToken, widest)
			}
			if extra := perRow - logits; extra > 4*widest {
				t.Errorf("row arena beyond the logits is %d bytes/row, more than 4 of the widest activation (%d)", extra, widest)
			}
		}
	}
	if arena[32] != arena[2] {
		t.Errorf("arenas depend on depth: %+v for 2 layers, %+v for 32", arena[2], arena[32])
	}
}
