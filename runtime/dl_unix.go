//go:build (darwin || freebsd || linux || netbsd) && !android

package runtime

import (
	"fmt"

	"github.com/ebitengine/purego"
)

// library is a loaded shared object.
type library struct {
	path   string
	handle uintptr
}

// openLibrary loads the shared object at path (an absolute path, so the dynamic loader does
// not search for it). Every relocation is resolved now (RTLD_NOW), so a broken object fails here
// and not in the middle of a step; its symbols stay private to it (RTLD_LOCAL).
func openLibrary(path string) (*library, error) {
	h, err := purego.Dlopen(path, purego.RTLD_NOW|purego.RTLD_LOCAL)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot load the kernel library: %v", path, err)
	}
	return &library{path: path, handle: h}, nil
}

// lookup returns the address of symbol, or 0 when the library does not define it.
func (l *library) lookup(symbol string) uintptr {
	p, err := purego.Dlsym(l.handle, symbol)
	if err != nil {
		return 0
	}
	return p
}

// close unloads the library; no function of it may be called afterwards.
func (l *library) close() error {
	if l == nil || l.handle == 0 {
		return nil
	}
	err := purego.Dlclose(l.handle)
	l.handle = 0
	return err
}

// callKernel calls fn with the kernel ABI
// void fn(void **bufs, const int64_t *ints, int64_t begin, int64_t end).
// bufs and ints point outside the Go heap.
func callKernel(fn, bufs, ints uintptr, begin, end int64) {
	purego.SyscallN(fn, bufs, ints, uintptr(begin), uintptr(end))
}

// callProgram calls the kernel library's step loop (mtc_run_program, see codegen/llvm) as
// worker of workers over the n launch records at table, with the barrier state at sync.
func callProgram(fn, table uintptr, n int64, worker, workers int, sync uintptr) {
	purego.SyscallN(fn, table, uintptr(n), uintptr(worker), uintptr(workers), sync)
}

// bindFunc makes the C function at addr callable as the Go function *fptr points to.
func bindFunc(fptr any, addr uintptr) { purego.RegisterFunc(fptr, addr) }
