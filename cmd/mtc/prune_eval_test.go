package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPruneEvalCompare runs the three commands end to end on a tiny checkpoint.
func TestPruneEvalCompare(t *testing.T) {
	tmp := t.TempDir()
	text := filepath.Join(tmp, "text.txt")
	os.WriteFile(text, []byte(strings.Repeat("In the beginning God created the heaven and the earth. ", 12)), 0o644)
	out := filepath.Join(tmp, "pruned")
	stdout, stderr, code := mtc(t, "prune", "--weights", "testdata/nemotron/tiny-decoupled-f32", "--calib", text,
		"--calib-tokens", "40", "--seq", "16", "--ffn", "160", "--heads", "4", "-o", out)
	if code != 0 || !strings.Contains(stdout, "480 MLP neurons") || !strings.Contains(stdout, "6 query heads") {
		t.Fatalf("prune: exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
	for _, f := range []string{"config.json", "model.safetensors", "tokenizer.model", "model.yaml", "prune-report.json"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("prune output lacks %s", f)
		}
	}

	stdout, stderr, code = mtc(t, "eval", out, "--weights", out, "--text", text, "--ctx", "16", "--backend", "interp", "--json")
	var r map[string]any
	if code != 0 || json.Unmarshal([]byte(stdout), &r) != nil {
		t.Fatalf("eval: exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
	for _, k := range []string{"ppl", "tokens", "windows", "tokens_per_s"} {
		if _, ok := r[k]; !ok {
			t.Errorf("eval --json lacks %q: %s", k, stdout)
		}
	}
	if w, tk := r["windows"].(float64), r["tokens"].(float64); w < 1 || tk != 16*w {
		t.Errorf("eval: %v tokens in %v windows of 16", tk, w)
	}

	stdout, stderr, code = mtc(t, "compare", out, "testdata/nemotron/tiny-decoupled-f32", "--text", text, "--ctx", "16",
		"--backend", "interp", "--decode-tokens", "2", "--json")
	var rows []map[string]any
	if code != 0 || json.Unmarshal([]byte(stdout), &rows) != nil || len(rows) != 2 {
		t.Fatalf("compare: exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
	if p0, p1 := rows[0]["params"].(float64), rows[1]["params"].(float64); p0 >= p1 {
		t.Errorf("compare: pruned model has %v params, source %v", p0, p1)
	}
	for i, row := range rows {
		m, _ := row["measured"].(map[string]any)
		if m == nil || m["backend"] != "interp" || m["prefill_tokens_per_s"].(float64) <= 0 || row["perplexity"] == nil {
			t.Errorf("compare row %d: %v", i, row)
		}
	}
}

func TestPruneEvalCompareErrors(t *testing.T) {
	tmp := t.TempDir()
	empty := filepath.Join(tmp, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	tiny := "testdata/nemotron/tiny-decoupled-f32"
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"prune", "--weights", tiny, "--calib", empty, "--ffn", "10", "-o", filepath.Join(tmp, "o1")}, 1, "empty.txt: calibration text is empty"},
		{[]string{"prune", "--weights", tiny, "--calib", empty, "--heads", "5", "-o", filepath.Join(tmp, "o2")}, 1, "--heads 5: num_heads = 5 cannot be divided into 2 KV groups"},
		{[]string{"prune", "--weights", tiny, "--method", "random", "--hidden", "128", "-o", filepath.Join(tmp, "o3")}, 1, "hidden_size = 128 is larger than the source's 96"},
		{[]string{"prune", "--weights", tiny, "--to", "models/minitron-4b.yaml", "--ffn", "3", "-o", filepath.Join(tmp, "o4")}, 2, "either --to SPEC or target sizes"},
		{[]string{"prune", "--weights", tiny, "--drop-layers", "1,x", "-o", filepath.Join(tmp, "o5")}, 2, `--drop-layers: item 2 ("x")`},
		{[]string{"prune", "--calib", empty}, 2, "--weights CKPT and -o OUT are required"},
		{[]string{"eval", tiny, "--weights", tiny}, 2, "--text FILE are required"},
		{[]string{"eval", tiny, "--weights", tiny, "--text", empty, "--backend", "interp"}, 1, "fewer than one window"},
		{[]string{"compare"}, 2, "want at least one SPEC_OR_CKPT"},
		{[]string{"compare", "nope.yaml"}, 1, "nope.yaml"},
	}
	for _, tt := range tests {
		_, errOut, code := mtc(t, tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.want) {
			t.Errorf("mtc %s: exit %d, stderr %q; want exit %d and %q", strings.Join(tt.args, " "), code, errOut, tt.code, tt.want)
		}
		if strings.Contains(errOut, "panic") || strings.Contains(errOut, "goroutine") {
			t.Errorf("mtc %s panicked:\n%s", strings.Join(tt.args, " "), errOut)
		}
	}
}
