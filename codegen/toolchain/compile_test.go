package toolchain

import (
	"bytes"
	"context"
	"debug/elf"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/mtc-dev/mtc/internal/diag"
)

var kernelNames = []string{"mtc_k_exp", "mtc_k_fma16", "mtc_k_zero"}

// TestCompileSharedObject compiles testdata/kernels.ll for several CPUs and reads the result
// with debug/elf: the kernels must be exported functions, and the libraries LLVM's lowering
// needs (libm for expf, libc for memset) must be recorded as DT_NEEDED.
func TestCompileSharedObject(t *testing.T) {
	t.Parallel()
	tc := testLinker(t)
	ctx := context.Background()
	host, err := tc.HostCPU(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cpus := []struct {
		name string
		cpu  CPU
	}{{"host", host}, {"generic", CPU{}}}
	if runtime.GOARCH == "amd64" {
		v3, err := tc.ParseCPU(ctx, "x86-64-v3", "")
		if err != nil {
			t.Fatal(err)
		}
		cpus = append(cpus, struct {
			name string
			cpu  CPU
		}{"x86-64-v3", v3})
	}
	ll := readTestdata(t, "kernels.ll")
	for _, c := range cpus {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "kernels.so")
			if err := tc.CompileSharedObject(ctx, ll, out, CompileOptions{CPU: c.cpu}); err != nil {
				t.Fatal(err)
			}
			checkSharedObject(t, out)
		})
	}
}

func checkSharedObject(t *testing.T, path string) {
	t.Helper()
	f, err := elf.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	wantMachine := map[string]elf.Machine{"amd64": elf.EM_X86_64, "arm64": elf.EM_AARCH64}[runtime.GOARCH]
	if f.Type != elf.ET_DYN || f.Machine != wantMachine {
		t.Errorf("%s is %v for %v, want ET_DYN for %v", path, f.Type, f.Machine, wantMachine)
	}
	syms, err := f.DynamicSymbols()
	if err != nil {
		t.Fatal(err)
	}
	exported := map[string]bool{}
	imported := map[string]bool{}
	for _, s := range syms {
		switch {
		case s.Section == elf.SHN_UNDEF:
			imported[s.Name] = true
		case elf.ST_TYPE(s.Info) == elf.STT_FUNC && elf.ST_BIND(s.Info) == elf.STB_GLOBAL:
			exported[s.Name] = true
		}
	}
	for _, k := range kernelNames {
		if !exported[k] {
			t.Errorf("%s does not export %s; dynamic symbols: %v", path, k, syms)
		}
	}
	for _, sym := range []string{"expf", "memset"} {
		if !imported[sym] {
			t.Errorf("%s does not import %s: has LLVM stopped lowering to it? imports: %v", path, sym, imported)
		}
	}
	libs, err := f.ImportedLibraries()
	if err != nil {
		t.Fatal(err)
	}
	for _, lib := range []string{"libm.so.6", "libc.so.6"} {
		if !contains(libs, lib) {
			t.Errorf("%s does not record DT_NEEDED %s; has %v", path, lib, libs)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestCompileDeterministic compiles the same IR twice: the bytes must match, and no temporary
// file may be left next to the output.
func TestCompileDeterministic(t *testing.T) {
	t.Parallel()
	tc := testLinker(t)
	ll := readTestdata(t, "kernels.ll")
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.so"), filepath.Join(dir, "b.so")
	for _, out := range []string{a, b, a} { // the third run replaces an existing file
		if err := tc.CompileSharedObject(context.Background(), ll, out, CompileOptions{OptLevel: O2}); err != nil {
			t.Fatal(err)
		}
	}
	da, _ := os.ReadFile(a)
	db, _ := os.ReadFile(b)
	if !bytes.Equal(da, db) {
		t.Errorf("two compilations of the same IR differ (%d and %d bytes)", len(da), len(db))
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if diff := cmp.Diff([]string{"a.so", "b.so"}, names); diff != "" {
		t.Errorf("files next to the output (-want +got):\n%s", diff)
	}
}

// TestCompileMalformed checks that a syntax error comes back located in the caller's file.
func TestCompileMalformed(t *testing.T) {
	t.Parallel()
	tc := testLinker(t)
	out := filepath.Join(t.TempDir(), "kernels.so")
	err := tc.CompileSharedObject(context.Background(), readTestdata(t, "bad_syntax.ll"), out,
		CompileOptions{SourceName: "build/gen/kernels.ll"})
	if err == nil {
		t.Fatal("compiling malformed IR succeeded")
	}
	d, ok := diag.As(err)
	if !ok {
		t.Fatalf("error has no position: %v", err)
	}
	want := diag.Pos{File: "build/gen/kernels.ll", Line: 2, Col: 8}
	if d.Pos != want || d.Msg != "expected instruction opcode" {
		t.Errorf("got %v at %v, want %q at %v", d.Msg, d.Pos, "expected instruction opcode", want)
	}
	if first := strings.SplitN(err.Error(), "\n", 2)[0]; first != "build/gen/kernels.ll:2:8: expected instruction opcode" {
		t.Errorf("first line of the error = %q", first)
	}
	var te *ToolError
	if !errors.As(err, &te) || te.Args[0] != tc.Opt.Path || !strings.Contains(te.Stderr, "frobnicate") {
		t.Errorf("want a *ToolError from %s quoting the bad line, got %#v", tc.Opt.Path, err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a failed compilation left %s (%v)", out, err)
	}
}

// TestCompileHalfWithoutF16C checks the link-time error for half conversions on x86 CPUs
// without F16C, and that the same IR links for a CPU with F16C.
func TestCompileHalfWithoutF16C(t *testing.T) {
	t.Parallel()
	if runtime.GOARCH != "amd64" {
		t.Skip("x86 only")
	}
	tc := testLinker(t)
	ctx := context.Background()
	ll := readTestdata(t, "half.ll")
	out := filepath.Join(t.TempDir(), "half.so")
	err := tc.CompileSharedObject(ctx, ll, out, CompileOptions{CPU: CPU{Name: "x86-64"}})
	if err == nil || !strings.Contains(err.Error(), "__gnu_h2f_ieee") || !strings.Contains(err.Error(), "hint: LLVM 14 turns half<->float conversions") {
		t.Errorf("got %v, want an undefined __gnu_h2f_ieee with a hint", err)
	}
	v3, err := tc.ParseCPU(ctx, "x86-64-v3", "")
	if err != nil {
		t.Fatal(err)
	}
	if err := tc.CompileSharedObject(ctx, ll, out, CompileOptions{CPU: v3}); err != nil {
		t.Errorf("with F16C: %v", err)
	}
}

func TestCompileBadOptions(t *testing.T) {
	t.Parallel()
	tc := testLinker(t)
	ll := readTestdata(t, "kernels.ll")
	tests := []struct {
		name string
		out  string
		o    CompileOptions
		want string
	}{
		{"unknown CPU", "k.so", CompileOptions{CPU: CPU{Name: "pentium9"}}, `unknown CPU "pentium9"`},
		{"unknown feature", "k.so", CompileOptions{CPU: CPU{Attrs: []string{"+avx9"}}}, `unknown CPU feature "avx9"`},
		{"bad attr", "k.so", CompileOptions{CPU: CPU{Attrs: []string{"avx2"}}}, `"avx2" must start with +`},
		{"bad level", "k.so", CompileOptions{OptLevel: 7}, "invalid optimisation level 7"},
		{"missing folder", "no/such/dir/k.so", CompileOptions{}, "installing the compiled kernels: writing "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			err := tc.CompileSharedObject(context.Background(), ll, filepath.Join(dir, tt.out), tt.o)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error containing %q", err, tt.want)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Errorf("left %v behind", entries)
			}
		})
	}
}

func TestCompileCancelled(t *testing.T) {
	t.Parallel()
	tc := testLinker(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := tc.CompileSharedObject(ctx, readTestdata(t, "kernels.ll"), filepath.Join(t.TempDir(), "k.so"), CompileOptions{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
}

func TestOptLevel(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want OptLevel
	}{{"0", O0}, {"O1", O1}, {"2", O2}, {"O3", O3}} {
		got, err := ParseOptLevel(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseOptLevel(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "4", "O", "o2", "Os", "-1"} {
		if _, err := ParseOptLevel(bad); err == nil {
			t.Errorf("ParseOptLevel(%q) succeeded", bad)
		}
	}
	var zero OptLevel
	if zero.optPasses() != "-passes=default<O3>" || zero.llcFlag() != "-O3" || O0.llcFlag() != "-O0" {
		t.Errorf("flags: %s %s %s", zero.optPasses(), zero.llcFlag(), O0.llcFlag())
	}
	if s := OptLevel(9).String(); s != "OptLevel(9)" {
		t.Errorf("OptLevel(9).String() = %q", s)
	}
}

// TestEachLinker links with every kind of linker installed, not only the one Find prefers.
func TestEachLinker(t *testing.T) {
	t.Parallel()
	tc := testToolchain(t)
	ll := readTestdata(t, "kernels.ll")
	for _, name := range []string{"ld.lld-14", "ld.lld", "cc"} {
		t.Run(name, func(t *testing.T) {
			if _, err := exec.LookPath(name); err != nil {
				t.Skipf("%s is not installed", name)
			}
			lt, err := Find(context.Background(), Options{Opt: tc.Opt.Path, LLC: tc.LLC.Path, Linker: name})
			if err != nil {
				t.Fatal(err)
			}
			if want := map[bool]LinkerKind{true: LLD, false: CCDriver}[strings.HasPrefix(name, "ld.lld")]; lt.Linker.Kind != want {
				t.Errorf("%s is driven as %v, want %v", name, lt.Linker.Kind, want)
			}
			out := filepath.Join(t.TempDir(), "kernels.so")
			if err := lt.CompileSharedObject(context.Background(), ll, out, CompileOptions{}); err != nil {
				t.Fatal(err)
			}
			checkSharedObject(t, out)
		})
	}
}
