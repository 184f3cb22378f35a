//go:build !((darwin || freebsd || linux || netbsd) && !android)

package runtime

import (
	"fmt"
	goruntime "runtime"
)

// library is a loaded shared object; this platform cannot load one.
type library struct{ path string }

func openLibrary(path string) (*library, error) {
	return nil, fmt.Errorf("%s: loading compiled kernels is not supported on %s", path, goruntime.GOOS)
}

func (l *library) lookup(string) uintptr { return 0 }

func (l *library) close() error { return nil }

func callKernel(fn, bufs, ints uintptr, begin, end int64) {
	panic("mtc runtime: no kernel library on " + goruntime.GOOS)
}

func callProgram(fn, table uintptr, n int64, worker, workers int, sync uintptr) {
	panic("mtc runtime: no kernel library on " + goruntime.GOOS)
}

func bindFunc(fptr any, addr uintptr) { panic("mtc runtime: no kernel library on " + goruntime.GOOS) }
