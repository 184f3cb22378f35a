//go:build !unix

package weights

import "os"

// mapping is a read-only view of a whole file. Without mmap the file is read into memory.
type mapping struct {
	path string
	data []byte
}

// mapFile reads path into memory (platforms without mmap).
func mapFile(path string) (*mapping, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return &mapping{path: path, data: data}, nil
}

// close releases the file's bytes.
func (m *mapping) close() error {
	m.data = nil
	return nil
}
