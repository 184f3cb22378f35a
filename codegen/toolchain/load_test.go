//go:build linux && (amd64 || arm64)

package toolchain

import (
	"context"
	"math"
	"path/filepath"
	"syscall"
	"testing"
	"unsafe"

	"github.com/ebitengine/purego"
)

// TestSharedObjectRuns loads the compiled kernels the way the runtime does (dlopen through
// purego, no cgo) and calls them on memory outside the Go heap: dlopen must resolve expf and
// memset through the recorded DT_NEEDED entries, and the results must match Go's math.
func TestSharedObjectRuns(t *testing.T) {
	t.Parallel()
	tc := testLinker(t)
	ctx := context.Background()
	host, err := tc.HostCPU(ctx)
	if err != nil {
		t.Fatal(err)
	}
	so := filepath.Join(t.TempDir(), "kernels.so")
	if err := tc.CompileSharedObject(ctx, readTestdata(t, "kernels.ll"), so, CompileOptions{CPU: host}); err != nil {
		t.Fatal(err)
	}
	lib, err := purego.Dlopen(so, purego.RTLD_NOW|purego.RTLD_LOCAL)
	if err != nil {
		t.Fatal(err)
	}
	defer purego.Dlclose(lib)
	kernel := map[string]uintptr{}
	for _, name := range kernelNames {
		if kernel[name], err = purego.Dlsym(lib, name); err != nil {
			t.Fatal(err)
		}
	}

	const n = 45 // not a multiple of 16: the fma kernel's scalar tail runs too
	mem, err := syscall.Mmap(-1, 0, 4096, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Munmap(mem)
	base := unsafe.Pointer(&mem[0])
	bufs := unsafe.Slice((*uintptr)(base), 3)
	ints := unsafe.Add(base, 64)
	x := unsafe.Slice((*float32)(unsafe.Add(base, 128)), n)
	y := unsafe.Slice((*float32)(unsafe.Add(base, 128+4*n)), n)
	out := unsafe.Slice((*float32)(unsafe.Add(base, 128+8*n)), n)
	bufs[0] = uintptr(unsafe.Pointer(&x[0]))
	bufs[1] = uintptr(unsafe.Pointer(&y[0]))
	bufs[2] = uintptr(unsafe.Pointer(&out[0]))
	reset := func() {
		for i := range n {
			x[i] = 0.25*float32(i) - 3
			y[i] = 1.5 - 0.125*float32(i)
			out[i] = float32(i)
		}
	}
	call := func(name string, begin, end int) {
		purego.SyscallN(kernel[name], uintptr(base), uintptr(ints), uintptr(begin), uintptr(end))
	}
	check := func(name string, begin, end int, want func(i int) float64) {
		t.Helper()
		for i := range n {
			w := float64(i) // outside [begin, end) nothing changes
			if i >= begin && i < end {
				w = want(i)
			}
			if got := float64(out[i]); math.Abs(got-w) > 1e-6*math.Max(1, math.Abs(w)) {
				t.Errorf("%s: out[%d] = %g, want %g", name, i, got, w)
			}
		}
	}

	reset()
	call("mtc_k_fma16", 3, n)
	check("mtc_k_fma16", 3, n, func(i int) float64 { return float64(x[i])*float64(y[i]) + float64(i) })

	reset()
	call("mtc_k_exp", 0, n-1)
	check("mtc_k_exp", 0, n-1, func(i int) float64 { return math.Exp(float64(x[i])) })

	reset()
	call("mtc_k_zero", 5, 40)
	check("mtc_k_zero", 5, 40, func(int) float64 { return 0 })
}
