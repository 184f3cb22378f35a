package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/mtc-dev/mtc/internal/refcase"
	"github.com/mtc-dev/mtc/weights"
)

var mtcBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "mtc-cli-test-")
	if err != nil {
		panic(err)
	}
	mtcBin = filepath.Join(dir, "mtc")
	out, err := exec.Command("go", "build", "-o", mtcBin, ".").CombinedOutput()
	if err != nil {
		os.Stderr.Write(out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// mtc runs the binary and returns stdout, stderr and the exit code.
func mtc(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(mtcBin, args...)
	cmd.Dir = filepath.Join("..", "..")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return stdout.String(), stderr.String(), code
}

func TestInspectJSON(t *testing.T) {
	tests := []struct {
		model  string
		params int64
	}{
		{"models/minitron-8b.yaml", 8271699968},
		{"models/minitron-4b.yaml", 4190509056},
		{"models/nemotron-4-15b.yaml", 15628775424},
		{"testdata/nemotron/kjv-small", 4133376},
	}
	for _, tt := range tests {
		out, errOut, code := mtc(t, "inspect", "--json", tt.model)
		if code != 0 {
			t.Fatalf("inspect %s: exit %d: %s", tt.model, code, errOut)
		}
		var got map[string]any
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("inspect %s: %v\n%s", tt.model, err, out)
		}
		for _, key := range []string{"params_total", "params_non_embedding", "flops_per_token", "kv_bytes_per_token"} {
			if _, ok := got[key]; !ok {
				t.Errorf("inspect %s: no %q in JSON", tt.model, key)
			}
		}
		if p := int64(got["params_total"].(float64)); p != tt.params {
			t.Errorf("inspect %s: params_total %d, want %d", tt.model, p, tt.params)
		}
	}
}

func TestRunTokensContract(t *testing.T) {
	c, err := refcase.Load(filepath.Join(refcase.Root(), "tiny-decoupled-f32"))
	if err != nil {
		t.Fatal(err)
	}
	art := filepath.Join(t.TempDir(), "art")
	dir := "testdata/nemotron/tiny-decoupled-f32"
	if _, errOut, code := mtc(t, "compile", dir, "-o", art); code != 0 {
		t.Fatalf("compile: exit %d: %s", code, errOut)
	}
	var ids []string
	for _, id := range c.Tokens {
		ids = append(ids, itoa(int(id)))
	}
	logits := filepath.Join(t.TempDir(), "logits.safetensors")
	for _, backend := range []string{"cpu", "interp"} {
		out, errOut, code := mtc(t, "run", art, "--backend", backend, "--weights", dir, "--tokens", strings.Join(ids, ","), "-n", "16", "--temperature", "0", "--logits-out", logits)
		if code != 0 {
			t.Fatalf("run (%s): exit %d: %s", backend, code, errOut)
		}
		var want []string
		for _, id := range c.Greedy {
			want = append(want, itoa(int(id)))
		}
		if out != strings.Join(want, " ")+"\n" {
			t.Errorf("run (%s) stdout = %q, want the greedy ids %q and nothing else", backend, out, strings.Join(want, " "))
		}
		ck, err := weights.Open(logits)
		if err != nil {
			t.Fatal(err)
		}
		lt, _ := ck.Tensor("logits")
		tt, _ := ck.Tensor("tokens")
		if lt == nil || tt == nil || lt.DType != weights.F32 || tt.DType != weights.I32 {
			t.Fatalf("--logits-out file lacks F32 logits / I32 tokens")
		}
		got, _ := lt.Float32s()
		if d, tol, err := c.Compare(got, 0, len(c.Tokens), 1e-4); err != nil || d > tol {
			t.Errorf("--logits-out (%s): max|diff| %.3g > %.3g (%v)", backend, d, tol, err)
		}
		ck.Close()
	}
}

func TestRunPromptStreamsText(t *testing.T) {
	out, errOut, code := mtc(t, "run", "testdata/nemotron/kjv-small", "--weights", "testdata/nemotron/kjv-small", "--prompt", "And God said", "-n", "8")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.HasPrefix(out, "And God said") || len(out) <= len("And God said\n") {
		t.Errorf("stdout %q: want the prompt followed by generated text", out)
	}
}

func TestCLIErrors(t *testing.T) {
	bad := t.TempDir()
	os.WriteFile(filepath.Join(bad, "bad.yaml"), []byte("name: x\nvocab_size: 10\nbogus_key: 1\n"), 0o644)
	os.WriteFile(filepath.Join(bad, "manifest.json"), []byte("{\"format_version\": 1,\n  \"target\": 7}"), 0o644)
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"inspect", filepath.Join(bad, "bad.yaml")}, 1, "bad.yaml:3:1: unknown key"},
		{[]string{"compile", "models/minitron-8b.yaml", "-o", filepath.Join(bad, "o"), "--print-after", "nope"}, 2, `unknown pass "nope"`},
		{[]string{"run", bad, "--weights", "testdata/nemotron/tiny-f32", "--tokens", "2"}, 1, "manifest.json:2:"},
		{[]string{"run", "testdata/nemotron/tiny-f32", "--weights", "testdata/nemotron/kjv-small", "--tokens", "2"}, 1, "model.embed_tokens.weight"},
		{[]string{"run", "testdata/nemotron/tiny-f32", "--weights", "testdata/nemotron/tiny-f32", "--tokens", "2,x"}, 2, `item 2 ("x")`},
		{[]string{"run", "testdata/nemotron/tiny-f32", "--weights", "testdata/nemotron/tiny-f32", "--tokens", "2,99999"}, 2, "token id 99999 (item 2) is outside the vocabulary [0,512)"},
		{[]string{"inspect"}, 2, "want one MODEL"},
		{[]string{"run", "x", "--frobnicate"}, 2, "unknown flag"},
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

func itoa(n int) string { return strconv.Itoa(n) }

// TestCUDATargetWithoutGPU compiles for CUDA (PTX needs only LLVM) and checks that running the
// artifact on a machine without the NVIDIA driver is a clear error, not a crash.
func TestCUDATargetWithoutGPU(t *testing.T) {
	art := filepath.Join(t.TempDir(), "cuda")
	if _, errOut, code := mtc(t, "compile", "testdata/nemotron/tiny-f32", "--target", "cuda", "-o", art); code != 0 {
		t.Fatalf("compile --target cuda: exit %d: %s", code, errOut)
	}
	ptx, err := os.ReadFile(filepath.Join(art, "kernels.ptx"))
	if err != nil || !strings.Contains(string(ptx), ".entry") {
		t.Fatalf("no PTX entries in the CUDA artifact (%v)", err)
	}
	if _, err := os.Stat("/usr/lib/x86_64-linux-gnu/libcuda.so.1"); err == nil {
		t.Skip("skipped: this machine has an NVIDIA driver; the GPU checks are scripts/gpu-check.sh")
	}
	_, errOut, code := mtc(t, "run", art, "--weights", "testdata/nemotron/tiny-f32", "--tokens", "2,3")
	if code != 1 || !strings.Contains(errOut, "no NVIDIA driver") {
		t.Errorf("run on a machine without GPU: exit %d, stderr %q; want exit 1 saying there is no NVIDIA driver", code, errOut)
	}
}
