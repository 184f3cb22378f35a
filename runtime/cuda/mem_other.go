//go:build !unix

package cuda

import "unsafe"

// hostRegion is host memory for data whose address the driver keeps during a call.
type hostRegion struct{ data []byte }

func allocHost(n int) (*hostRegion, error) {
	w := make([]uint64, (n+7)/8)
	return &hostRegion{data: unsafe.Slice((*byte)(unsafe.Pointer(&w[0])), n)}, nil
}

func (r *hostRegion) free() {}

func (r *hostRegion) words() []uint64 {
	return unsafe.Slice((*uint64)(unsafe.Pointer(&r.data[0])), len(r.data)/8)
}
