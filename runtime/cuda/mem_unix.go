//go:build unix

package cuda

import (
	"fmt"
	"unsafe"

	"golang.org/x/sys/unix"
)

// hostRegion is host memory outside the Go heap (an anonymous mapping), for data whose address
// the driver keeps during a call: the kernel parameter block and the JIT log.
type hostRegion struct{ data []byte }

func allocHost(n int) (*hostRegion, error) {
	b, err := unix.Mmap(-1, 0, n, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANON)
	if err != nil {
		return nil, fmt.Errorf("cuda: mapping %d bytes of host memory: %w", n, err)
	}
	return &hostRegion{data: b}, nil
}

func (r *hostRegion) free() {
	if r != nil && r.data != nil {
		unix.Munmap(r.data)
		r.data = nil
	}
}

// words returns the region as uint64s.
func (r *hostRegion) words() []uint64 {
	return unsafe.Slice((*uint64)(unsafe.Pointer(&r.data[0])), len(r.data)/8)
}
