package llvm

import (
	"context"
	"debug/elf"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/ebitengine/purego"
	"github.com/mtc-dev/mtc/codegen/toolchain"
)

// The tests compile modules with LLVM 14 through codegen/toolchain, exactly as mtc compile does.

var (
	tcOnce sync.Once
	tc     *toolchain.Toolchain
	tcErr  error
)

// testToolchain returns the LLVM 14 toolchain with a linker. Without one the test is skipped,
// or fails when CI=true (a CI machine must have the toolchain).
func testToolchain(t testing.TB) *toolchain.Toolchain {
	t.Helper()
	tcOnce.Do(func() {
		tc, tcErr = toolchain.Find(context.Background(), toolchain.Options{})
		if tcErr == nil && tc.Linker.Path == "" {
			tcErr = tc.CompileSharedObject(context.Background(), nil, os.DevNull, toolchain.CompileOptions{})
		}
	})
	if tcErr != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("LLVM 14 and a linker are required in CI: %v", tcErr)
		}
		t.Skipf("skipping: LLVM 14 toolchain not available: %v", tcErr)
	}
	return tc
}

// verifyLL runs `opt -verify` on a module.
func verifyLL(t testing.TB, name string, ll []byte) {
	t.Helper()
	if err := testToolchain(t).Verify(context.Background(), name, ll); err != nil {
		t.Fatal(err)
	}
}

// compileSO compiles ll for o into dir/k.so; it may run on any goroutine.
func compileSO(tc *toolchain.Toolchain, dir string, ll []byte, o Options) (string, error) {
	so := filepath.Join(dir, "k.so")
	cpu := toolchain.CPU{Name: o.CPU, Attrs: o.Features}
	return so, tc.CompileSharedObject(context.Background(), ll, so, toolchain.CompileOptions{CPU: cpu})
}

// buildSO compiles ll to a shared object in a temporary folder and returns its path.
func buildSO(t testing.TB, ll []byte, o Options) string {
	t.Helper()
	so, err := compileSO(testToolchain(t), t.TempDir(), ll, o)
	if err != nil {
		t.Fatal(err)
	}
	return so
}

// undefinedSymbols lists the dynamic symbols a shared object imports, less the weak ones the C
// runtime's start files bring in.
func undefinedSymbols(t testing.TB, so string) []string {
	t.Helper()
	f, err := elf.Open(so)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	syms, err := f.DynamicSymbols()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range syms {
		if s.Section == elf.SHN_UNDEF && elf.ST_BIND(s.Info) != elf.STB_WEAK && s.Name != "" {
			names = append(names, s.Name)
		}
	}
	return names
}

// lib is a loaded shared object.
type lib struct {
	handle uintptr
	syms   map[string]uintptr
}

func loadLib(t testing.TB, so string) *lib {
	t.Helper()
	h, err := purego.Dlopen(so, purego.RTLD_NOW|purego.RTLD_LOCAL)
	if err != nil {
		t.Fatalf("dlopen %s: %v", so, err)
	}
	return &lib{handle: h, syms: map[string]uintptr{}}
}

func (l *lib) sym(t testing.TB, name string) uintptr {
	t.Helper()
	if p, ok := l.syms[name]; ok {
		return p
	}
	p, err := purego.Dlsym(l.handle, name)
	if err != nil {
		t.Fatalf("dlsym %s: %v", name, err)
	}
	l.syms[name] = p
	return p
}
