package toolchain

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// LinkerKind says how a linker is driven.
type LinkerKind int

const (
	// LLD is ld.lld, given the C and math libraries as input files.
	LLD LinkerKind = iota + 1
	// CCDriver is a C compiler driver (cc, gcc, clang) used as "cc -shared ... -lm".
	CCDriver
)

// String returns "ld.lld" or "cc".
func (k LinkerKind) String() string {
	switch k {
	case LLD:
		return "ld.lld"
	case CCDriver:
		return "cc"
	}
	return fmt.Sprintf("LinkerKind(%d)", int(k))
}

// Linker is a located linker for shared objects.
type Linker struct {
	Path string
	Kind LinkerKind
	// Libs are the shared libraries ld.lld links against (libm.so.6, libc.so.6); a C
	// compiler driver finds its own.
	Libs []string
}

// lldLibs are the libraries a kernel object may need: LLVM lowers math intrinsics to libm
// calls (expf, tanhf) and memory idioms to libc calls (memset, memcpy).
var lldLibs = []string{"libm.so.6", "libc.so.6"}

const linkerHint = "install a linker with: apt-get install -y gcc libc6-dev (or lld-14)"

// findLinker finds a linker: explicit if given, else ld.lld, else a C compiler driver.
func findLinker(ctx context.Context, env searchEnv, explicit string) (Linker, error) {
	if explicit != "" {
		path, err := env.lookPath(explicit)
		if err != nil {
			return Linker{}, fmt.Errorf("linker %q: not found; %s", explicit, linkerHint)
		}
		out, err := versionOutput(ctx, path)
		if err != nil {
			return Linker{}, fmt.Errorf("linker %s: %v", path, err)
		}
		if !strings.Contains(out, "LLD") {
			return Linker{Path: path, Kind: CCDriver}, nil
		}
		libs, err := findLibs(env.libDirs)
		if err != nil {
			return Linker{}, fmt.Errorf("linker %s: %v", path, err)
		}
		return Linker{Path: path, Kind: LLD, Libs: libs}, nil
	}
	var tried []string
	lldCandidates := []struct {
		path   string
		onPATH bool
	}{
		{fmt.Sprintf("ld.lld-%d", wantMajor), true},
		{filepath.Join(env.llvmBin, "ld.lld"), false},
		{"ld.lld", true},
	}
	for _, c := range lldCandidates {
		path := c.path
		if c.onPATH {
			p, err := env.lookPath(c.path)
			if err != nil {
				tried = append(tried, c.path)
				continue
			}
			path = p
		} else if _, err := os.Stat(path); err != nil {
			tried = append(tried, path)
			continue
		}
		libs, err := findLibs(env.libDirs)
		if err != nil {
			tried = append(tried, fmt.Sprintf("%s (%v)", path, err))
			break // the other ld.lld candidates lack the same libraries
		}
		return Linker{Path: path, Kind: LLD, Libs: libs}, nil
	}
	for _, name := range []string{"cc", "gcc", "clang"} {
		if path, err := env.lookPath(name); err == nil {
			return Linker{Path: path, Kind: CCDriver}, nil
		}
		tried = append(tried, name)
	}
	return Linker{}, fmt.Errorf("no linker for shared objects found (tried %s); %s", strings.Join(tried, ", "), linkerHint)
}

// findLibs returns the path of each of lldLibs in the first folder of dirs that has it.
func findLibs(dirs []string) ([]string, error) {
	var out []string
	for _, lib := range lldLibs {
		found := ""
		for _, d := range dirs {
			p := filepath.Join(d, lib)
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				found = p
				break
			}
		}
		if found == "" {
			return nil, fmt.Errorf("%s not found in %s", lib, strings.Join(dirs, ", "))
		}
		out = append(out, found)
	}
	return out, nil
}

// linkArgs returns the command line that links obj into the shared object out.
func (l Linker) linkArgs(obj, out string) []string {
	switch l.Kind {
	case LLD:
		args := []string{l.Path, "-shared", "-z", "defs", "-z", "noexecstack", "--as-needed", "-o", out, obj}
		return append(args, l.Libs...)
	default:
		return []string{l.Path, "-shared", "-Wl,-z,defs", "-Wl,-z,noexecstack", "-Wl,--as-needed", "-o", out, obj, "-lm"}
	}
}
