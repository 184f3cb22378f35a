//go:build !((darwin || freebsd || linux || netbsd) && !android)

package cuda

import "fmt"

// loadAPI reports that this platform cannot load the driver without cgo.
func loadAPI() (*api, uintptr, error) {
	return nil, 0, fmt.Errorf("cuda: %s not found: loading the NVIDIA driver is supported on Linux only", libraryName)
}
