//go:build unix

package runtime

import (
	"os"
	"unsafe"

	"golang.org/x/sys/unix"
)

// releasePages drops the whole pages inside b, a slice of a read-only file mapping, from this
// process (madvise MADV_DONTNEED): they stop counting in its resident set, and a later access
// maps them again from the page cache or the file. Partial pages at the ends stay.
func releasePages(b []byte) {
	if len(b) == 0 {
		return
	}
	pg := uintptr(os.Getpagesize())
	start := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	lo := (start + pg - 1) &^ (pg - 1)
	hi := (start + uintptr(len(b))) &^ (pg - 1)
	if hi <= lo {
		return
	}
	_ = unix.Madvise(b[lo-start:hi-start], unix.MADV_DONTNEED) // advice: failure changes nothing
}
