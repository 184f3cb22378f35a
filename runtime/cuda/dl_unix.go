//go:build (darwin || freebsd || linux || netbsd) && !android

package cuda

import (
	"fmt"

	"github.com/ebitengine/purego"
)

// loadAPI opens the driver library and binds every entry point. A machine without the NVIDIA
// driver has no libcuda.so.1: that is reported as such, not as a loader error.
func loadAPI() (*api, uintptr, error) {
	h, err := purego.Dlopen(libraryName, purego.RTLD_NOW|purego.RTLD_GLOBAL)
	if err != nil {
		return nil, 0, fmt.Errorf("cuda: %s not found: this machine has no NVIDIA driver (%v)", libraryName, err)
	}
	a := &api{}
	var missing []string
	for _, s := range a.symbols() {
		p, err := purego.Dlsym(h, s.name)
		if err != nil || p == 0 {
			missing = append(missing, s.name)
			continue
		}
		purego.RegisterFunc(s.fn, p)
	}
	if len(missing) > 0 {
		purego.Dlclose(h)
		return nil, 0, fmt.Errorf("cuda: %s lacks %v: the NVIDIA driver is too old (CUDA 11.0 or newer is needed)", libraryName, missing)
	}
	return a, h, nil
}
