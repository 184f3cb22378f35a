//go:build unix

package weights

import (
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// mapping is a read-only view of a whole file.
type mapping struct {
	path   string
	data   []byte
	mapped bool // data came from mmap and must be unmapped
}

// mapFile maps path read-only and shared: pages come from the page cache on first touch and
// nothing is copied into Go memory. An empty file gives an empty mapping.
func mapFile(path string) (*mapping, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fileErrorf(path, "not a regular file (mode %v)", st.Mode())
	}
	size := st.Size()
	if size == 0 {
		return &mapping{path: path}, nil
	}
	if size != int64(int(size)) {
		return nil, fileErrorf(path, "file of %d bytes is too large to map on this platform", size)
	}
	data, err := unix.Mmap(int(f.Fd()), 0, int(size), unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		return nil, fileErrorf(path, "mmap of %d bytes: %v", size, err)
	}
	return &mapping{path: path, data: data, mapped: true}, nil
}

// close unmaps the file. Slices of data must not be used afterwards.
func (m *mapping) close() error {
	if !m.mapped {
		m.data = nil
		return nil
	}
	err := unix.Munmap(m.data)
	m.data, m.mapped = nil, false
	if err != nil {
		return fmt.Errorf("%s: munmap: %w", m.path, err)
	}
	return nil
}
