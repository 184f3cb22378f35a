package prune

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// posOf returns "file:line:col" of the value of key in a YAML text written by Spec.Format.
func posOf(t *testing.T, file, text, key string) string {
	t.Helper()
	for i, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, key+": ") {
			return fmt.Sprintf("%s:%d:%d", file, i+1, len(key)+3)
		}
	}
	t.Fatalf("no key %s in\n%s", key, text)
	return ""
}

func TestRunErrors(t *testing.T) {
	dir := caseDir("tiny-decoupled-f32") // hidden 96, 3 layers, 6 heads / 2 KV heads, ffn 320
	src := mustLoad(t, dir)
	calib := writeCalib(t, calibText)
	tmp := t.TempDir()
	empty := filepath.Join(tmp, "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	full := filepath.Join(tmp, "full")
	if err := os.MkdirAll(full, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(full, "x"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	spec := func(name, from, to string) (string, string) {
		text := strings.Replace(string(src.Format()), from, to, 1)
		p := filepath.Join(tmp, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p, text
	}
	vocabPath, vocabText := spec("vocab.yaml", "vocab_size: 512", "vocab_size: 1000")
	widePath, wideText := spec("wide.yaml", "hidden_size: 96", "hidden_size: 128")
	tests := []struct {
		name string
		cfg  Config
		want []string
	}{
		{"empty calibration file", Config{CalibFile: empty}, []string{empty + ": calibration text is empty"}},
		{"no calibration file", Config{}, []string{"importance pruning needs calibration text (--calib FILE)"}},
		{"missing calibration file", Config{CalibFile: filepath.Join(tmp, "nope.txt")}, []string{"nope.txt: no such file"}},
		{"wider hidden", Config{Target: Target{Hidden: 128}}, []string{"--hidden 128: hidden_size = 128 is larger than the source's 96"}},
		{"more heads", Config{Target: Target{Heads: 8}}, []string{"--heads 8: num_heads = 8 is more than source layer 0's 6"}},
		{"more kv heads", Config{Target: Target{KVHeads: 3, Heads: 6}}, []string{"--kv-heads 3: num_kv_heads = 3 is more than source layer 0's 2"}},
		{"wider ffn", Config{Target: Target{FFN: 321}}, []string{"--ffn 321: ffn_size = 321 is more than source layer 0's 320"}},
		{"more layers", Config{Target: Target{Layers: 4}}, []string{"--layers 4: 4 layers is more than the 3 the source runs"}},
		{"heads not divisible", Config{Target: Target{Heads: 5}}, []string{"--heads 5: num_heads = 5 cannot be divided into 2 KV groups"}},
		{"too many heads per group", Config{Target: Target{Heads: 6, KVHeads: 1}},
			[]string{"--heads 6: 6 query heads per KV group (6 heads / 1 KV heads) is more than source layer 0's 3"}},
		{"unknown layer", Config{Target: Target{DropLayers: []int{1, 7}}}, []string{"--drop-layers: layer 7 is not a running layer of the source (it runs [0 1 2])"}},
		{"layer twice", Config{Target: Target{DropLayers: []int{1, 1}}}, []string{"--drop-layers: layer 1 is listed twice"}},
		{"all layers", Config{Target: Target{DropLayers: []int{0, 1, 2}}}, []string{"no layer would be left"}},
		{"spec and sizes", Config{Target: Target{Spec: src, FFN: 3}}, []string{"a target spec and target sizes cannot be combined"}},
		{"spec vocab", Config{Target: Target{Spec: mustLoad(t, vocabPath)}},
			[]string{posOf(t, vocabPath, vocabText, "vocab_size") + ": vocab_size = 1000 differs from the source's 512; pruning cannot change it"}},
		{"spec hidden", Config{Target: Target{Spec: mustLoad(t, widePath)}},
			[]string{posOf(t, widePath, wideText, "hidden_size") + ": hidden_size = 128 is larger than the source's 96"}},
		{"unknown method", Config{Method: "magnitude"}, []string{`unknown pruning method "magnitude" (want importance or random)`}},
		{"output not empty", Config{Out: full}, []string{"output folder " + full + " already exists and is not empty"}},
		{"unknown neuron metric", Config{Calib: CalibOptions{NeuronMetric: "gate"}}, []string{`unknown neuron metric "gate"`}},
		{"short window", Config{Calib: CalibOptions{Seq: 1}}, []string{"calibration window of 1 tokens is too short"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.cfg
			c.Weights = dir
			if c.CalibFile == "" && tt.name != "no calibration file" {
				c.CalibFile = calib
			}
			if c.CalibTokens == 0 {
				c.CalibTokens = 20
			}
			if c.Calib.Seq == 0 {
				c.Calib.Seq = 16
			}
			if c.Out == "" {
				c.Out = filepath.Join(t.TempDir(), "out")
			}
			_, err := Run(context.Background(), &c)
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error:\n%v\nwant it to contain %q", err, w)
				}
			}
			if _, serr := os.Stat(c.Out); serr == nil && c.Out != full {
				t.Errorf("output folder written despite the error")
			}
		})
	}
}

func TestCalibrateErrors(t *testing.T) {
	dir := caseDir("tiny-f32")
	src := mustLoad(t, dir)
	ckpt := mustOpen(t, dir)
	for _, tc := range []struct {
		name   string
		tokens []int32
		want   string
	}{
		{"no tokens", nil, "no calibration tokens"},
		{"token outside vocab", []int32{1, 512}, "calibration token 512 at index 1 is outside the vocabulary [0,512)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Calibrate(context.Background(), src, ckpt, tc.tokens, CalibOptions{})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v, want one containing %q", err, tc.want)
			}
		})
	}
	// Importance for another shape does not fit.
	other := mustLoad(t, caseDir("tiny-decoupled-f32"))
	if _, err := MakePlan(other, &Target{}, RandomImportance(src, 1)); err == nil || !strings.Contains(err.Error(), "do not fit model tiny-decoupled-f32") {
		t.Errorf("MakePlan with foreign importance: %v", err)
	}
}
