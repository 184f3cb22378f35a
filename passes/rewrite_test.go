package passes

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mtc-dev/mtc/ir"
)

// TestRewriterRemovesOrphans replaces the sqrelu at the end of a chain: the values only it used
// go, recursively, but an attention stays (it writes the KV cache) and so do its operands.
func TestRewriterRemovesOrphans(t *testing.T) {
	g := mustParse(t, `mir 1
graph "t"
weight @E : f32[8,4] loc("t":1:1)
weight @W : f32[4,4] loc("t":1:2)
%0 = tokens : i32[T] loc("t":2:1)
%1 = embed %0, @E : f32[T,4] loc("t":2:2)
%2 = matmul %1, @W : f32[T,4] loc("t":3:1)
%3 = slice %2 {begin=0, end=2} : f32[T,2] loc("t":3:2)
%4 = attention %2, %3, %3 {layer=0, heads=2, kv_heads=1, head_dim=2} : f32[T,4] loc("t":4:1)
%5 = add %2, %4 : f32[T,4] loc("t":5:1)
%6 = sqrelu %5 : f32[T,4] loc("t":6:1)
return %6
`)
	r := newRewriter()
	old := g.Values[6]
	n, err := ir.NewValue(ir.OpSqReLU, []*ir.Value{g.Values[1]}, nil, nil, old.Pos)
	if err != nil {
		t.Fatal(err)
	}
	r.replace(old, n)
	r.apply(g)
	if err := ir.Verify(g); err != nil {
		t.Fatal(err)
	}
	want := mustParse(t, `mir 1
graph "t"
weight @E : f32[8,4] loc("t":1:1)
weight @W : f32[4,4] loc("t":1:2)
%0 = tokens : i32[T] loc("t":2:1)
%1 = embed %0, @E : f32[T,4] loc("t":2:2)
%2 = matmul %1, @W : f32[T,4] loc("t":3:1)
%3 = slice %2 {begin=0, end=2} : f32[T,2] loc("t":3:2)
%4 = attention %2, %3, %3 {layer=0, heads=2, kv_heads=1, head_dim=2} : f32[T,4] loc("t":4:1)
%5 = sqrelu %1 : f32[T,4] loc("t":6:1)
return %5
`)
	if diff := cmp.Diff(ir.Print(want), ir.Print(g)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
