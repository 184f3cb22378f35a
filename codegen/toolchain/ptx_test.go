package toolchain

import (
	"context"
	"strings"
	"testing"
)

func TestCompilePTX(t *testing.T) {
	t.Parallel()
	tc := testToolchain(t)
	ll := readTestdata(t, "scale.ll")
	tests := []struct {
		name string
		o    PTXOptions
		want []string // lines the PTX must contain
	}{
		{"default", PTXOptions{}, []string{".version 7.0", ".target sm_80"}},
		{"sm_86 raises the version to its minimum", PTXOptions{Arch: "sm_86", PTXVersion: 70}, []string{".version 7.1", ".target sm_86"}},
		{"explicit version", PTXOptions{Arch: "sm_80", PTXVersion: 75}, []string{".version 7.5", ".target sm_80"}},
		{"volta at O0", PTXOptions{Arch: "sm_70", OptLevel: O0}, []string{".version 6.0", ".target sm_70"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ptx, err := tc.CompilePTX(context.Background(), ll, tt.o)
			if err != nil {
				t.Fatal(err)
			}
			lines := map[string]bool{}
			for _, l := range strings.Split(ptx, "\n") {
				lines[strings.TrimSpace(l)] = true
			}
			for _, w := range append(tt.want, ".address_size 64", ".visible .entry mtc_g_scale(") {
				if !lines[w] {
					t.Errorf("PTX lacks the line %q:\n%s", w, ptx)
				}
			}
			if !strings.Contains(ptx, "sqrt.rn.f32") {
				t.Errorf("PTX does not compute sqrt.rn.f32:\n%s", ptx)
			}
		})
	}
}

func TestCompilePTXErrors(t *testing.T) {
	t.Parallel()
	tc := testToolchain(t)
	scale := readTestdata(t, "scale.ll")
	tests := []struct {
		name string
		ll   []byte
		o    PTXOptions
		want []string
	}{
		{"hopper", scale, PTXOptions{Arch: "sm_90"}, []string{
			"GPU architecture sm_90 is newer than LLVM 14 knows (its newest is sm_86): compile for sm_80 or sm_86 instead",
			"the CUDA driver compiles that PTX for sm_90 when it loads it",
		}},
		{"typo", scale, PTXOptions{Arch: "sm80"}, []string{`unknown GPU architecture "sm80" (did you mean sm_80?): LLVM 14 knows sm_20, `}},
		{"ptx version", scale, PTXOptions{PTXVersion: 78}, []string{"PTX version 78 is not one LLVM 14 can write; it knows 32, ", ", 75 (version times ten)"}},
		{"libm call", readTestdata(t, "gpu_exp.ll"), PTXOptions{}, []string{
			`LLVM ERROR: Undefined external symbol "expf"`,
			"hint: GPU code has no C library, so expf cannot be called",
		}},
		{"syntax", readTestdata(t, "bad_syntax.ll"), PTXOptions{SourceName: "gpu.ll"}, []string{"gpu.ll:2:8: expected instruction opcode\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ptx, err := tc.CompilePTX(context.Background(), tt.ll, tt.o)
			if err == nil {
				t.Fatalf("succeeded:\n%s", ptx)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q:\n%v", w, err)
				}
			}
			if strings.Contains(err.Error(), "Stack dump") || strings.Contains(err.Error(), "PLEASE submit") {
				t.Errorf("error keeps LLVM's crash report:\n%v", err)
			}
		})
	}
}
