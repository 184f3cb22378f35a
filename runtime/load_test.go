package runtime_test

import (
	"context"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"testing"

	"github.com/mtc-dev/mtc/artifact"
	"github.com/mtc-dev/mtc/codegen/toolchain"
	"github.com/mtc-dev/mtc/runtime"
)

// TestLoadErrors checks that every way an artifact can be unusable is refused with an error
// naming the problem, before any kernel runs.
func TestLoadErrors(t *testing.T) {
	so := kernelLibrary(t, false)
	otherTriple := "aarch64-unknown-linux-gnu"
	if goruntime.GOARCH == "arm64" {
		otherTriple = "x86_64-unknown-linux-gnu"
	}
	tests := []struct {
		name     string
		manifest func(m *artifact.Manifest)
		files    func(t *testing.T, dir string)
		cfg      runtime.Config
		want     []string
	}{
		{
			name:     "host lacks a CPU feature",
			manifest: func(m *artifact.Manifest) { m.CPUFeatures = []string{"+avx512fp16-nonexistent", "-avx2"} },
			want:     []string{"this CPU lacks +avx512fp16-nonexistent", "recompile"},
		},
		{
			name:     "other architecture",
			manifest: func(m *artifact.Manifest) { m.Triple = otherTriple },
			want:     []string{"compiled for", otherTriple, "this host is " + goruntime.GOARCH},
		},
		{
			name: "corrupted manifest",
			files: func(t *testing.T, dir string) {
				write(t, filepath.Join(dir, "manifest.json"), "{\n  \"format_version\": 1,\n  \"target\": cpu\n}\n")
			},
			want: []string{"manifest.json:3:", "invalid manifest"},
		},
		{
			name:  "missing kernels.so",
			files: func(t *testing.T, dir string) { os.Remove(filepath.Join(dir, "kernels.so")) },
			want:  []string{"kernels.so", "missing"},
		},
		{
			name: "checksum mismatch",
			files: func(t *testing.T, dir string) {
				p := filepath.Join(dir, "kernels.so")
				b := readFile(t, p)
				b[len(b)/2] ^= 0xff
				os.Chmod(p, 0o644)
				if err := os.WriteFile(p, b, 0o644); err != nil {
					t.Fatal(err)
				}
			},
			want: []string{"kernels.so", "SHA-256 does not match"},
		},
		{
			name:     "missing kernel symbol",
			manifest: func(m *artifact.Manifest) { m.Kernels[1].Symbol = "mtc_k_nonexistent" },
			want:     []string{"does not define mtc_k_nonexistent (kernel mix)"},
		},
		{
			name: "not a CPU artifact",
			files: func(t *testing.T, dir string) {
				m := tinyManifest()
				m.Target = artifact.TargetCUDA
				if err := artifact.Write(dir, m, map[string]artifact.NamedBytes{artifact.FilePTX: {Name: "kernels.ptx", Data: []byte("//")}}); err != nil {
					t.Fatal(err)
				}
			},
			want: []string{`target "cuda"`},
		},
		{
			name: "capacity beyond max positions",
			cfg:  runtime.Config{Capacity: tinyMaxPos + 1},
			want: []string{"capacity 65 exceeds the model's max_position_embeddings 64"},
		},
		{
			name: "odd rope rot",
			manifest: func(m *artifact.Manifest) {
				m.Weights[wRoPE].Attrs["rot"] = 3
				m.Weights[wRoPE].Shape[1] = 3
			},
			want: []string{"weights[6] (rope)", "even positive attribute rot"},
		},
		{
			name: "concat of mismatched rows",
			manifest: func(m *artifact.Manifest) {
				m.Weights[wLM].Shape[0] = tinyVocab + 1
			},
			want: []string{"weights[5] (lm_head.weight)", "concat of 10 rows, the shape says 11"},
		},
		{
			name:     "result outside the arena",
			manifest: func(m *artifact.Manifest) { formatV1(m); m.ArenaBytesPerToken -= 4 },
			want:     []string{"result at activation arena offset 64", "needs 104 bytes per row, the activation arena has 100"},
		},
		{
			name:     "result outside the row arena",
			manifest: func(m *artifact.Manifest) { m.ArenaBytesPerRow -= 4 },
			want:     []string{"result at row arena offset 0", "needs 40 bytes per row, the row arena has 36"},
		},
		{
			name:     "newer format",
			manifest: func(m *artifact.Manifest) { m.FormatVersion = artifact.FormatVersion + 1 },
			want:     []string{"manifest format version 3, this mtc reads versions 1 to 2"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := tinyManifest()
			if tt.manifest != nil {
				tt.manifest(m)
			}
			dir := writeArtifact(t, m, so)
			if tt.files != nil {
				tt.files(t, dir)
			}
			a, err := runtime.Load(dir, tt.cfg)
			if err == nil {
				a.Close()
				t.Fatal("Load succeeded")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestLoadHostCPU compiles the kernels for the host CPU, records the toolchain's feature list in
// the manifest, and loads it: what the compiler says the code needs, the runtime finds here.
func TestLoadHostCPU(t *testing.T) {
	tc := toolchainOrSkip(t)
	ctx := context.Background()
	cpu, err := tc.HostCPU(ctx)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "kernels.so")
	if err := tc.CompileSharedObject(ctx, readFile(t, "testdata/tiny.ll"), out, toolchain.CompileOptions{CPU: cpu}); err != nil {
		t.Fatal(err)
	}
	m := tinyManifest()
	m.CPU, m.CPUFeatures = cpu.Name, cpu.Features
	a, err := runtime.Load(writeArtifact(t, m, readFile(t, out)), runtime.Config{Threads: 2})
	if err != nil {
		t.Fatalf("features %v: %v", cpu.Features, err)
	}
	defer a.Close()
	if got, want := a.Capacity(), tinyMaxPos; got != want {
		t.Errorf("default capacity = %d, want min(max positions, %d) = %d", got, runtime.DefaultCapacity, want)
	}
}
