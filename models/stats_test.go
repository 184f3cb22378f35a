package models

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestStatsShipped checks the shipped specs against ARCHITECTURE.md §3.
func TestStatsShipped(t *testing.T) {
	type want struct {
		params, nonEmbedding, matmul, layerParams, attnPerPos int64
	}
	tests := map[string]want{
		// non-embedding = 32 * P_layer + 2h (the final norm)
		"minitron-8b":    {8_271_699_968, 6_174_539_776 + 8_192, 7_222_591_488, 192_954_368, 786_432},
		"minitron-4b":    {4_190_509_056, 2_617_638_912 + 6_144, 3_403_677_696, 81_801_216, 393_216},
		"nemotron-4-15b": {15_628_775_424, 12_483_035_136 + 12_288, 14_055_112_704, 390_094_848, 786_432},
	}
	for name, w := range tests {
		s, err := Builtin(name)
		if err != nil {
			t.Fatal(err)
		}
		st := s.Stats(4096)
		got := want{st.Params, st.NonEmbeddingParams, st.MatmulParams, st.Layers[0].Params, st.AttnFLOPsPerPosition}
		if diff := cmp.Diff(w, got, cmp.AllowUnexported(want{})); diff != "" {
			t.Errorf("%s (-want +got):\n%s", name, diff)
		}
		if len(st.Layers) != 32 {
			t.Errorf("%s: %d layer rows, want 32", name, len(st.Layers))
		}
		if st.FLOPsPerTokenT0 != 2*w.matmul || st.FLOPsPerToken != 2*w.matmul+4096*w.attnPerPos {
			t.Errorf("%s: FLOPs/token %d at T=0, %d at T=4096", name, st.FLOPsPerTokenT0, st.FLOPsPerToken)
		}
		// 4 KiB per layer per token in bf16, 128 KiB over 32 layers (§3).
		if st.KVBytesPerToken(2) != 131_072 || st.Layers[5].KVBytesPerToken(2) != 4_096 {
			t.Errorf("%s: KV bytes/token %d, per layer %d", name, st.KVBytesPerToken(2), st.Layers[5].KVBytesPerToken(2))
		}
		if st.WeightBytesBF16 != 2*w.params || st.WeightBytesF32 != 4*w.params {
			t.Errorf("%s: weight bytes %d (bf16), %d (f32)", name, st.WeightBytesBF16, st.WeightBytesF32)
		}
	}
	// §3's decode figure: 8B at T=4096 adds 3.22 GFLOP of attention.
	s, _ := Builtin("minitron-8b")
	if got := s.Stats(4096).FLOPsPerToken; got != 14_445_182_976+3_221_225_472 {
		t.Errorf("8B FLOPs/token at T=4096 = %d", got)
	}
}

// TestStatsSmall checks figures computed by hand for the tiny specs.
func TestStatsSmall(t *testing.T) {
	kjv, err := Load("testdata/kjv-small.yaml")
	if err != nil {
		t.Fatal(err)
	}
	// kjv-small/README.txt: 4,133,376 parameters (embeddings 524,288 + lm_head 524,288).
	if st := kjv.Stats(0); st.Params != 4_133_376 || st.EmbeddingParams != 1_048_576 {
		t.Errorf("kjv-small: params %d, embedding %d", st.Params, st.EmbeddingParams)
	}

	// mqa: V 300, h 48, d 20, 2 layers of 3 heads / 1 kv / ffn 96, tied.
	// P_layer = q 2880 + k,v 1920 + o 2880 + up,down 9216 + LN 192 = 17088.
	mqa, err := Load("testdata/mqa.yaml")
	if err != nil {
		t.Fatal(err)
	}
	st := mqa.Stats(10)
	want := Stats{
		Context: 10, Params: 2*17088 + 14400 + 96, EmbeddingParams: 14400, NonEmbeddingParams: 2*17088 + 96,
		MatmulParams: 2*(17088-192) + 14400, FLOPsPerToken: 2*(2*16896+14400) + 2*240*10,
		FLOPsPerTokenT0: 2 * (2*16896 + 14400), AttnFLOPsPerPosition: 2 * 240, LMHeadFLOPsPerToken: 28800,
		KVElemsPerToken: 2 * 40, WeightBytesBF16: 2 * 48672, WeightBytesF32: 4 * 48672,
		Layers: []LayerStats{
			{Layer{0, 3, 1, 96}, 17088, 16896, 2*16896 + 240*10, 40},
			{Layer{1, 3, 1, 96}, 17088, 16896, 2*16896 + 240*10, 40},
		},
	}
	if diff := cmp.Diff(want, st); diff != "" {
		t.Errorf("mqa stats (-want +got):\n%s", diff)
	}

	// hetero: running layers 0 (6/2/256), 1 (4/2/128), 3 (2/1/256), 5 (6/2/256); h 64, d 16.
	het, err := Load("testdata/hetero.yaml")
	if err != nil {
		t.Fatal(err)
	}
	hs := het.Stats(0)
	var rows [][2]int64
	for _, l := range hs.Layers {
		rows = append(rows, [2]int64{int64(l.Index), l.Params})
	}
	wantRows := [][2]int64{
		{0, 6144 + 4096 + 6144 + 32768 + 256},
		{1, 4096 + 4096 + 4096 + 16384 + 256},
		{3, 2048 + 2048 + 2048 + 32768 + 256},
		{5, 6144 + 4096 + 6144 + 32768 + 256},
	}
	if diff := cmp.Diff(wantRows, rows); diff != "" {
		t.Errorf("hetero layer params (-want +got):\n%s", diff)
	}
	if hs.Params != 166912+128+2*512*64 || hs.KVElemsPerToken != 64+64+32+64 {
		t.Errorf("hetero: params %d, KV elems/token %d", hs.Params, hs.KVElemsPerToken)
	}
}

func TestStatsSaturates(t *testing.T) {
	s, _ := Builtin("nemotron-4-15b")
	if got := s.Stats(math.MaxInt).FLOPsPerToken; got != math.MaxInt64 {
		t.Errorf("FLOPs/token at T = MaxInt: %d, want saturation at MaxInt64", got)
	}
	if got := s.Stats(-5).FLOPsPerToken; got != s.Stats(0).FLOPsPerToken {
		t.Errorf("negative context: %d", got)
	}
}
