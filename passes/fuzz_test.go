package passes

import "testing"

// FuzzPipelinePreservesMeaning draws a model shape from the fuzzer's numbers (hidden size,
// heads, KV heads, head_dim, FFN and rotary width independent; two layers of different shapes),
// runs the whole pipeline and compares the interpreter's output before and after.
//
// Hidden sizes start at 8: a LayerNorm over a couple of channels is nearly a sign function, so it
// amplifies the one f32 rounding the IR defines for rope_table (and add1 of an f32 gamma) past
// the 1e-5 tolerance; such differences are the conditioning of the shape, not a wrong rewrite.
func FuzzPipelinePreservesMeaning(f *testing.F) {
	f.Add(uint8(8), uint8(2), uint8(1), uint8(4), uint8(16), uint8(2), uint8(3), uint8(1), uint8(1))
	f.Add(uint8(20), uint8(3), uint8(3), uint8(5), uint8(7), uint8(4), uint8(2), uint8(2), uint8(0))
	f.Add(uint8(5), uint8(8), uint8(1), uint8(2), uint8(1), uint8(1), uint8(4), uint8(4), uint8(3))
	f.Fuzz(func(t *testing.T, hidden, kv, group, halfDim, ffn, halfRot, kv2, group2, ffn2 uint8) {
		h := 8 + int(hidden)%40
		d := 2 * (1 + int(halfDim)%8)
		rot := 2 * (1 + int(halfRot)%(d/2))
		layer := func(kv, group, ffn uint8) layerShape {
			k := 1 + int(kv)%4
			return layerShape{Heads: k * (1 + int(group)%4), KVHeads: k, FFN: 1 + int(ffn)%48}
		}
		s := modelShape{Name: "fuzz", Layers: []layerShape{layer(kv, group, ffn), layer(kv2, group2, ffn2)},
			Hidden: h, HeadDim: d, Vocab: 11, Rot: rot}
		g := buildModel(t, s)
		tensors := newRandTensors(g, uint64(hidden))
		want := steps(t, g, tensors, s.Vocab)
		if err := Run(g, nil); err != nil {
			t.Fatal(err)
		}
		if diff := maxRelDiff(want, steps(t, g, tensors, s.Vocab)); diff > 1e-5 {
			t.Errorf("%+v: max relative diff %.3g > 1e-5", s, diff)
		}
		checkArena(t, g)
	})
}
