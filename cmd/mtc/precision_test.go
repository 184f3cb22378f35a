package main

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCompilePrecisionFlags compiles kjv-small with int8 weights and fast precision: the
// manifest records both, bench reports them, and mtc run works on the artifact. Unknown values
// are usage errors.
func TestCompilePrecisionFlags(t *testing.T) {
	dir := "testdata/nemotron/kjv-small"
	art := filepath.Join(t.TempDir(), "art")
	if _, errOut, code := mtc(t, "compile", dir, "-o", art, "--weights-dtype", "int8", "--precision", "fast"); code != 0 {
		t.Fatalf("compile: exit %d: %s", code, errOut)
	}
	data, err := os.ReadFile(filepath.Join(art, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Precision    string `json:"precision"`
		WeightsDType string `json:"weights_dtype"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	if m.Precision != "fast" || m.WeightsDType != "int8" {
		t.Errorf("manifest precision %q, weights_dtype %q; want fast, int8", m.Precision, m.WeightsDType)
	}
	out, errOut, code := mtc(t, "bench", art, "--weights", dir, "--prompt-tokens", "8", "--decode-tokens", "2", "--repeats", "1", "--json")
	if code != 0 {
		t.Fatalf("bench: exit %d: %s", code, errOut)
	}
	var b struct {
		DType     string  `json:"dtype"`
		Precision string  `json:"precision"`
		Bytes     int64   `json:"decode_bytes_per_token"`
		TokS      float64 `json:"decode_tok_s"`
		GBs       float64 `json:"decode_gbs"`
		Stream    float64 `json:"stream_read_gbs"`
		Peak      float64 `json:"stream_read_peak_gbs"`
		Fraction  float64 `json:"decode_bw_fraction"`
		Prefill   []struct {
			GFLOPs   float64 `json:"gflops"`
			Executed float64 `json:"executed_gflops"`
		} `json:"prefill"`
	}
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	// kjv-small (hidden 256, q 384 = 8 heads of 48, k and v 96, ffn 1024, vocab 2048): every
	// layer matrix as q8 (a row of k values: k int8 and k/32 f32 scales), the LM head as bf16,
	// and the nine layernorms' f32 gamma+1 and bf16 bias.
	q8 := func(n, k int64) int64 { return n * (k + k/32*4) }
	layer := q8(384, 256) + 2*q8(96, 256) + q8(256, 384) + q8(1024, 256) + q8(256, 1024)
	want := 4*layer + 2048*256*2 + 9*(256*4+256*2)
	if b.DType != "int8" || b.Precision != "fast" || b.TokS <= 0 || b.Bytes != want {
		t.Errorf("bench reports dtype %q, precision %q, %d bytes and %.1f tok/s per decode step; want int8, fast, %d bytes", b.DType, b.Precision, b.Bytes, b.TokS, want)
	}
	// Decode is compared with the plain-read passes run between its steps; the best single
	// pass is reported beside them.
	if !(b.Stream > 0 && b.Peak > 0) || math.Abs(b.Fraction-b.GBs/b.Stream) > 1e-9*b.Fraction {
		t.Errorf("bench reports stream_read_gbs %v, stream_read_peak_gbs %v, decode_bw_fraction %v; want both rates positive and the fraction decode_gbs/stream_read_gbs = %v", b.Stream, b.Peak, b.Fraction, b.GBs/b.Stream)
	}
	// The 8-token prompt's work: the model's forward pass over 8 rows (per layer 2·770,048
	// FLOPs a row: q|k|v 147,456, o 98,304, up and down 262,144 weights), the head for one row
	// (2·2048·256) and causal attention (6,144 FLOPs per position pair: 4 layers of 8 heads of
	// 48, QKᵀ and AV, over 8·9/2 pairs); sink-last runs the last layer's o, up and down on the
	// one row that needs logits.
	attn := 6144.0 * 8 * 9 / 2
	nominal := 2*4*770048*8 + 2*2048*256 + attn
	executed := 2*(3*770048*8+147456*8+(98304+262144+262144)) + 2*2048*256 + attn
	if len(b.Prefill) != 1 || math.Abs(b.Prefill[0].Executed/b.Prefill[0].GFLOPs-executed/nominal) > 1e-9 {
		t.Errorf("bench prefill %+v: want executed/gflops = %.6f", b.Prefill, executed/nominal)
	}
	for _, tt := range []struct{ flag, value, want string }{
		{"--weights-dtype", "int4", `--weights-dtype "int4": want int8`},
		{"--precision", "quick", `--precision "quick": want exact or fast`},
	} {
		_, errOut, code := mtc(t, "compile", dir, "-o", filepath.Join(t.TempDir(), "x"), tt.flag, tt.value)
		if code != 2 || !strings.Contains(errOut, tt.want) {
			t.Errorf("%s %s: exit %d, stderr %q; want exit 2 and %q", tt.flag, tt.value, code, errOut, tt.want)
		}
	}
}
