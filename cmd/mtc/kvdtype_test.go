package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtc-dev/mtc/internal/refcase"
)

// TestCompileKVDType compiles a reference case with a bf16 KV cache: the manifest says so, and
// the greedy continuation is still the reference's. A dtype that does not exist is a usage
// error.
func TestCompileKVDType(t *testing.T) {
	dir := "testdata/nemotron/tiny-f32"
	c, err := refcase.Load(filepath.Join(refcase.Root(), "tiny-f32"))
	if err != nil {
		t.Fatal(err)
	}
	art := filepath.Join(t.TempDir(), "art")
	if _, errOut, code := mtc(t, "compile", dir, "-o", art, "--kv-dtype", "bf16"); code != 0 {
		t.Fatalf("compile: exit %d: %s", code, errOut)
	}
	data, err := os.ReadFile(filepath.Join(art, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Slots []struct {
			DType string `json:"dtype"`
		} `json:"kv_slots"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Slots) == 0 || m.Slots[0].DType != "bf16" {
		t.Errorf("kv_slots = %+v, want bf16 slots", m.Slots)
	}
	var ids, want []string
	for _, id := range c.Tokens {
		ids = append(ids, itoa(int(id)))
	}
	for _, id := range c.Greedy {
		want = append(want, itoa(int(id)))
	}
	out, errOut, code := mtc(t, "run", art, "--weights", dir, "--tokens", strings.Join(ids, ","), "-n", "16", "--temperature", "0")
	if code != 0 {
		t.Fatalf("run: exit %d: %s", code, errOut)
	}
	if out != strings.Join(want, " ")+"\n" {
		t.Errorf("run with a bf16 KV cache printed %q, want the reference's greedy ids %q", out, strings.Join(want, " "))
	}
	if _, errOut, code := mtc(t, "compile", dir, "-o", filepath.Join(t.TempDir(), "x"), "--kv-dtype", "f8"); code != 2 || !strings.Contains(errOut, `--kv-dtype "f8": want f32, f16 or bf16`) {
		t.Errorf("--kv-dtype f8: exit %d, stderr %q; want exit 2 naming the choices", code, errOut)
	}
}
