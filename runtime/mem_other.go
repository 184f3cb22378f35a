//go:build !unix

package runtime

import (
	"fmt"
	"unsafe"
)

// region is a 64-byte-aligned block of memory that kernels receive raw pointers into. Without
// mmap it is a Go allocation; Go's collector does not move heap objects, and the region keeps
// the backing array alive.
type region struct {
	data []byte
	buf  []byte // the allocation data is carved from
}

// allocRegion allocates n zeroed bytes, 64-byte aligned.
func allocRegion(n int64) (*region, error) {
	if n < 0 || n != int64(int(n)) {
		return nil, fmt.Errorf("cannot allocate %d bytes", n)
	}
	buf := make([]byte, int(n)+64)
	off := int((64 - uintptr(unsafe.Pointer(&buf[0]))%64) % 64)
	return &region{data: buf[off : off+int(n)], buf: buf}, nil
}

// free drops the region.
func (r *region) free() error {
	if r != nil {
		r.data, r.buf = nil, nil
	}
	return nil
}

// addr returns the address of the region's first byte (0 for a nil region).
func (r *region) addr() uintptr {
	if r == nil || r.data == nil {
		return 0
	}
	return uintptr(unsafe.Pointer(unsafe.SliceData(r.data)))
}
