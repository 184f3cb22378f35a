package launch

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/ir"
)

func TestDimExpr(t *testing.T) {
	tests := []struct {
		d    ir.Dim
		want artifact.Expr
	}{
		{ir.DimT, artifact.Expr{T: 1}},
		{ir.DimR, artifact.Expr{R: 1}},
		{ir.DimC, artifact.Expr{Cap: 1}},
		{3072, artifact.Expr{Const: 3072}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, DimExpr(tt.d)); diff != "" {
			t.Errorf("DimExpr(%v) (-want +got):\n%s", tt.d, diff)
		}
	}
}

func TestFloatName(t *testing.T) {
	tests := []struct {
		x    float64
		bits int
		want string
	}{
		{1e-5, 32, "1em05"},
		{0.5, 64, "0p5"},
		{10000, 64, "10000"},
		{1e21, 64, "1e21"},
	}
	for _, tt := range tests {
		if got := FloatName(tt.x, tt.bits); got != tt.want {
			t.Errorf("FloatName(%g, %d) = %q, want %q", tt.x, tt.bits, got, tt.want)
		}
	}
}

// attnGraph is a graph with one attention per entry of layers (its layer attribute).
func attnGraph(t *testing.T, layers ...string) *ir.Graph {
	t.Helper()
	src := "mir 1\ngraph \"t\"\nweight @E : f32[8,4] loc(\"t\":1:1)\n%0 = tokens : i32[T] loc(\"t\":2:1)\n%1 = embed %0, @E : f32[T,4] loc(\"t\":2:2)\n"
	last := "%1"
	for i, l := range layers {
		id := "%" + string(rune('2'+i))
		src += id + " = attention " + last + ", %1, %1 {layer=" + l + ", heads=2, kv_heads=2, head_dim=2} : f32[T,4] loc(\"t\":3:" + string(rune('1'+i)) + ")\n"
		last = id
	}
	src += "return " + last + "\n"
	g, err := ir.Parse("t.mir", []byte(src))
	if err != nil {
		t.Fatalf("%v\n%s", err, src)
	}
	return g
}

func TestKVSlots(t *testing.T) {
	slots, err := KVSlots(attnGraph(t, "1", "0"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]artifact.Slot{{Width: 4}, {Width: 4}}, slots); diff != "" {
		t.Errorf("slots (-want +got):\n%s", diff)
	}
	gap := attnGraph(t, "0", "2")
	// The verifier rejects two attentions on one layer; a graph built without it is caught here.
	dup := attnGraph(t, "0", "1")
	dup.Values[3].Attrs["layer"] = 0
	for _, tt := range []struct {
		name string
		g    *ir.Graph
		want string
	}{
		{"gap", gap, "layer=2, but the attention layers must be numbered 0..1 without gaps (layer 1 is missing)"},
		{"duplicate", dup, "uses KV-cache layer 0, which %2 already uses"},
	} {
		if _, err := KVSlots(tt.g); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestSpecNames(t *testing.T) {
	tests := []struct{ got, want string }{
		{RoPE{Op: ir.OpRoPECached, N: 5120, Heads: 32, HeadDim: 128, Rot: 64}.Name(), "rope_cached_n5120_h32_d128_r64"},
		{RoPE{Op: ir.OpRoPE, N: 8, Heads: 2, HeadDim: 4, Rot: 2, Theta: 10000, Scale: 0.5}.Name(), "rope_n8_h2_d4_r2_th10000_sc0p5"},
		{Norm{Op: ir.OpLayerNorm, GDT: ir.F32, BDT: ir.BF16, H: 3072, Eps: 1e-5}.Name(), "layernorm_gf32_bbf16_h3072_eps1em05"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("name %q, want %q", tt.got, tt.want)
		}
	}
	if diff := cmp.Diff([]float64{1, 0.01}, RoPE{Theta: 10000, Rot: 4}.InvFreq()); diff != "" {
		t.Errorf("InvFreq (-want +got):\n%s", diff)
	}
}
